import { useQuery } from '@apollo/client/react';
import { t } from '../i18n';
import { FieldValue } from '../components/Redacted';
import { ErrorBox, Loading } from '../components/Status';
import { AdminAgenciesDocument } from '../operations/admin';

const M = t.admin.agencies;

/** 組織 (admin): every agency with its kind and parent. */
export function AdminAgenciesPage() {
  const { data, error } = useQuery(AdminAgenciesDocument, { fetchPolicy: 'network-only' });
  if (error) return <ErrorBox error={error} />;
  if (!data) return <Loading />;
  const names = new Map(data.agencies.map((a) => [a.id, a.name ?? a.id]));
  return (
    <>
      <h1>{M.title}</h1>
      <table data-testid="agency-list">
        <thead>
          <tr>
            <th scope="col">{M.colCode}</th>
            <th scope="col">{M.colName}</th>
            <th scope="col">{M.colKind}</th>
            <th scope="col">{M.colParent}</th>
            <th scope="col">{M.colActive}</th>
          </tr>
        </thead>
        <tbody>
          {data.agencies.map((a) => (
            <tr key={a.id}>
              <td><FieldValue obj={a} field="code">{a.code}</FieldValue></td>
              <td><FieldValue obj={a} field="name">{a.name}</FieldValue></td>
              <td><FieldValue obj={a} field="kind">{a.kind ? t.admin.agencyKind[a.kind] : null}</FieldValue></td>
              <td><FieldValue obj={a} field="parentAgencyId">{a.parentAgencyId ? names.get(a.parentAgencyId) : null}</FieldValue></td>
              <td><FieldValue obj={a} field="active">{a.active === null || a.active === undefined ? null : a.active ? t.admin.users.active : t.admin.users.inactive}</FieldValue></td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
