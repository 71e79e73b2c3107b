import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { endSession, getSession } from './session';

/**
 * The token is added per request, and an UNAUTHENTICATED answer (expired or revoked session)
 * ends the session, which sends the user back to the login page.
 */
const authFetch: typeof fetch = async (input, init) => {
  const session = getSession();
  const headers = new Headers(init?.headers);
  if (session) headers.set('authorization', `Bearer ${session.accessToken}`);
  const res = await fetch(input, { ...init, headers });
  if (session) {
    const body = (await res.clone().json().catch(() => null)) as { errors?: { extensions?: { code?: string } }[] } | null;
    if (res.status === 401 || body?.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) endSession('expired');
  }
  return res;
};

export const apolloClient = new ApolloClient({
  link: new HttpLink({ uri: '/graphql', fetch: authFetch }),
  cache: new InMemoryCache(),
  defaultOptions: {
    // Access rules change what a user sees: always ask the server, the cache only smooths renders.
    watchQuery: { fetchPolicy: 'cache-and-network' },
  },
});
