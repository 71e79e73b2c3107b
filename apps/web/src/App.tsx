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
import { CaseListPage } from './pages/CaseListPage';
import { FileDeparturePage } from './pages/FileDeparturePage';
import { DashboardPage } from './pages/DashboardPage';
import { NotificationsPage } from './pages/NotificationsPage';
import { ReportsListPage } from './pages/ReportsListPage';
import { ReportsFormPage } from './pages/ReportsFormPage';
import { ReportsDetailPage } from './pages/ReportsDetailPage';
import { ReportsTotalsPage } from './pages/ReportsTotalsPage';
import { ReportsExportsPage } from './pages/ReportsExportsPage';
import { ReportsAgencyTasksPage } from './pages/ReportsAgencyTasksPage';
import { PublicTipLayout } from './components/tips/PublicTipLayout';
import { TipFormPage } from './pages/TipFormPage';
import { TipStatusPage } from './pages/TipStatusPage';
import { TipNoticesPage } from './pages/TipNoticesPage';
import { TipsListPage } from './pages/TipsListPage';
import { TipDetailPage } from './pages/TipDetailPage';
import { TipPhonePage } from './pages/TipPhonePage';
import { TipLedgerPage } from './pages/TipLedgerPage';
import { TipReportsPage } from './pages/TipReportsPage';
import { CaseTypesNewPage } from './pages/CaseTypesNewPage';
import { CaseTypesFileRecruitmentPage } from './pages/CaseTypesFileRecruitmentPage';
import { CaseTypesFileForwardingPage } from './pages/CaseTypesFileForwardingPage';
import { CaseTypesFileEvidencePage } from './pages/CaseTypesFileEvidencePage';
import { CaseTypesDetailPage } from './pages/CaseTypesDetailPage';
import { CaseTypesTaskPage } from './pages/CaseTypesTaskPage';
import { AdminAuditLogPage } from './pages/AdminAuditLogPage';
import { AdminUsersPage } from './pages/AdminUsersPage';
import { AdminAgenciesPage } from './pages/AdminAgenciesPage';
import { AdminWebhooksPage } from './pages/AdminWebhooksPage';

export function App() {
  const client = useApolloClient();
  const { navigate } = useRouter();
  const [signedIn, setSignedIn] = useState(() => getSession() !== null);
  const [notice, setNotice] = useState<string | null>(null);
  const { pathname } = usePath();

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

  // The public tip site (/tip, /tip/status, /tip/notices) needs no session, signed in or not.
  if (pathname === '/tip' || pathname.startsWith('/tip/')) return <PublicTipLayout><PublicTipRoute pathname={pathname} /></PublicTipLayout>;
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
  if ((m = pathname.match(/^\/tasks\/([0-9a-f-]{36})$/))) return <CaseTypesTaskPage id={m[1]} />;
  if (pathname === '/cases') return <CaseListPage role={role} />;
  if (pathname === '/cases/new') return <CaseTypesNewPage />;
  if (pathname === '/cases/new/recruitment') return <CaseTypesFileRecruitmentPage />;
  if (pathname === '/cases/new/call-forwarding') return <CaseTypesFileForwardingPage />;
  if (pathname === '/cases/new/evidence-request') return <CaseTypesFileEvidencePage />;
  if (pathname === '/cases/new/departure') return <FileDeparturePage />;
  if ((m = pathname.match(/^\/cases\/([0-9a-f-]{36})$/))) return <CaseTypesDetailPage id={m[1]} role={role} />;
  if (pathname === '/dashboard') return <DashboardPage />;
  if (pathname === '/notifications') return <NotificationsPage />;
  // Activity reports, totals and exports (/my-exports: /exports is the server's download path).
  if (pathname === '/reports') return <ReportsListPage role={role} />;
  if (pathname === '/reports/new') return <ReportsFormPage />;
  if (pathname === '/reports/totals') return <ReportsTotalsPage />;
  if ((m = pathname.match(/^\/reports\/([0-9a-f-]{36})\/edit$/))) return <ReportsFormPage id={m[1]} />;
  if ((m = pathname.match(/^\/reports\/([0-9a-f-]{36})$/))) return <ReportsDetailPage id={m[1]} role={role} />;
  if (pathname === '/my-exports') return <ReportsExportsPage />;
  if (pathname === '/dashboard/tasks') return <AgencyTasksRoute />;
  // Tips: the desks' screens (/tips…); the public pages are /tip… (PublicTipRoute).
  if (pathname === '/tips') return <TipsListPage role={role} />;
  if (pathname === '/tips/phone') return <TipPhonePage />;
  if (pathname === '/tips/ledger') return <TipLedgerPage />;
  if (pathname === '/tips/reports') return <TipReportsPage role={role} />;
  if ((m = pathname.match(/^\/tips\/([0-9a-f-]{36})$/))) return <TipDetailPage id={m[1]} role={role} />;
  // The auditor's audit log; the administrator's directory and webhook endpoints.
  if (pathname === '/audit') return <AdminAuditLogPage />;
  if (pathname === '/admin/users') return <AdminUsersPage />;
  if (pathname === '/admin/agencies') return <AdminAgenciesPage />;
  if (pathname === '/admin/webhooks') return <AdminWebhooksPage />;
  if (pathname === '/' || pathname === '/login') return <Loading />;
  return <p>{t.app.notFound}</p>;
}

function PublicTipRoute({ pathname }: { pathname: string }) {
  if (pathname === '/tip') return <TipFormPage />;
  if (pathname === '/tip/status') return <TipStatusPage />;
  if (pathname === '/tip/notices') return <TipNoticesPage />;
  return <p>{t.app.notFound}</p>;
}

/** The dashboard's agency drill-down (query: agency, overdue=1). */
function AgencyTasksRoute() {
  const { query } = usePath();
  const agency = query.get('agency') ?? '';
  if (!/^[0-9a-f-]{36}$/.test(agency)) return <p>{t.app.notFound}</p>;
  return <ReportsAgencyTasksPage agencyId={agency} overdueOnly={query.get('overdue') === '1'} />;
}
