import { useQuery } from '@apollo/client/react';
import { AgenciesDocument } from '../operations';

/** Agency names by id (the directory the user may see), for showing ids as names. */
export function useAgencies() {
  const { data } = useQuery(AgenciesDocument, { fetchPolicy: 'cache-first' });
  const list = data?.agencies ?? [];
  const byId = new Map(list.map((a) => [a.id, a]));
  return { list, name: (id: string | null | undefined) => (id ? (byId.get(id)?.name ?? id) : '') };
}
