import { useEffect, useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { t } from './i18n';
import { getSession, onSessionChange, type EndReason } from './lib/session';
import { usePath, useRouter } from './lib/router';
import { homeFor } from './lib/roles';
import { MeDocument } from './operations';
import { Layout } from './components/Layout';
import { ErrorBox, Loading } from './components/Status';
import { LoginPage } from './pages/LoginPage';
import { TaskInboxPage } from './pages/TaskInboxPage';
import { TaskDetailPage } from './pages/TaskDetailPage';
import { CaseListPage } from './pages/CaseListPage';
import { CaseDetailPage } from './pages/CaseDetailPage';
import { FileDeparturePage } from './pages/FileDeparturePage';
import { DashboardPage } from './pages/DashboardPage';
import { NotificationsPage } from './pages/NotificationsPage';

export function App() {
  const client = useApolloClient();
  const { navigate } = useRouter();
  const [signedIn, setSignedIn] = useState(() => getSession() !== null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(
    () =>
      onSessionChange((session, reason?: EndReason) => {
        setSignedIn(session !== null);
        if (!session) {
          // Nothing of the previous user stays in the cache for the next one.
          void client.clearStore();
          setNotice(reason === 'expired' ? t.login.expired : t.login.loggedOut);
          navigate('/login', true);
        }
      }),
    [client, navigate],
  );

  if (!signedIn) return <LoginPage notice={notice} />;
  return <SignedIn />;
}

function SignedIn() {
  const { data, error } = useQuery(MeDocument, { fetchPolicy: 'network-only' });
  const { pathname } = usePath();
  const { navigate } = useRouter();
  const me = data?.me;

  useEffect(() => {
    if (me && (pathname === '/' || pathname === '/login')) navigate(homeFor(me.role), true);
  }, [me, pathname, navigate]);

  if (error) return <ErrorBox error={error} />;
  if (!me) return <Loading />;
  return (
    <Layout me={me}>
      <Route pathname={pathname} role={me.role} />
    </Layout>
  );
}

function Route({ pathname, role }: { pathname: string; role: string }) {
  let m: RegExpMatchArray | null;
  if (pathname === '/tasks') return <TaskInboxPage />;
  if ((m = pathname.match(/^\/tasks\/([0-9a-f-]{36})$/))) return <TaskDetailPage id={m[1]} />;
  if (pathname === '/cases') return <CaseListPage role={role} />;
  if (pathname === '/cases/new/departure') return <FileDeparturePage />;
  if ((m = pathname.match(/^\/cases\/([0-9a-f-]{36})$/))) return <CaseDetailPage id={m[1]} />;
  if (pathname === '/dashboard') return <DashboardPage />;
  if (pathname === '/notifications') return <NotificationsPage />;
  if (pathname === '/' || pathname === '/login') return <Loading />;
  return <p>{t.app.notFound}</p>;
}
