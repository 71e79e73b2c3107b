import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { t } from './i18n';
import { getSession, onSessionChange, type EndReason } from './lib/session';
import { usePath, useRouter } from './lib/router';
import { homeFor } from './lib/roles';
import { MeDocument } from './operations';
import { Layout } from './components/Layout';
import { ErrorBox, Loading } from './components/Status';
import { LoginPage } from './pages/LoginPage';
import { PublicTipLayout } from './components/tips/PublicTipLayout';

/**
 * Each screen is its own chunk, loaded when first opened: the login page and the shell come
 * first, and a liaison never downloads the tip desk's or the administrator's screens.
 */
function screen<K extends string, T extends ComponentType<any>>(load: () => Promise<{ [k in K]: T }>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}
const TaskInboxPage = screen(() => import('./pages/TaskInboxPage'), 'TaskInboxPage');
const CaseListPage = screen(() => import('./pages/CaseListPage'), 'CaseListPage');
const FileDeparturePage = screen(() => import('./pages/FileDeparturePage'), 'FileDeparturePage');
const DashboardPage = screen(() => import('./pages/DashboardPage'), 'DashboardPage');
const NotificationsPage = screen(() => import('./pages/NotificationsPage'), 'NotificationsPage');
const ReportsListPage = screen(() => import('./pages/ReportsListPage'), 'ReportsListPage');
const ReportsFormPage = screen(() => import('./pages/ReportsFormPage'), 'ReportsFormPage');
const ReportsDetailPage = screen(() => import('./pages/ReportsDetailPage'), 'ReportsDetailPage');
const ReportsTotalsPage = screen(() => import('./pages/ReportsTotalsPage'), 'ReportsTotalsPage');
const ReportsExportsPage = screen(() => import('./pages/ReportsExportsPage'), 'ReportsExportsPage');
const ReportsAgencyTasksPage = screen(() => import('./pages/ReportsAgencyTasksPage'), 'ReportsAgencyTasksPage');
const TipFormPage = screen(() => import('./pages/TipFormPage'), 'TipFormPage');
const TipStatusPage = screen(() => import('./pages/TipStatusPage'), 'TipStatusPage');
const TipNoticesPage = screen(() => import('./pages/TipNoticesPage'), 'TipNoticesPage');
const TipsListPage = screen(() => import('./pages/TipsListPage'), 'TipsListPage');
const TipDetailPage = screen(() => import('./pages/TipDetailPage'), 'TipDetailPage');
const TipPhonePage = screen(() => import('./pages/TipPhonePage'), 'TipPhonePage');
const TipLedgerPage = screen(() => import('./pages/TipLedgerPage'), 'TipLedgerPage');
const TipReportsPage = screen(() => import('./pages/TipReportsPage'), 'TipReportsPage');
const CaseTypesNewPage = screen(() => import('./pages/CaseTypesNewPage'), 'CaseTypesNewPage');
const CaseTypesFileRecruitmentPage = screen(() => import('./pages/CaseTypesFileRecruitmentPage'), 'CaseTypesFileRecruitmentPage');
const CaseTypesFileForwardingPage = screen(() => import('./pages/CaseTypesFileForwardingPage'), 'CaseTypesFileForwardingPage');
const CaseTypesFileEvidencePage = screen(() => import('./pages/CaseTypesFileEvidencePage'), 'CaseTypesFileEvidencePage');
const CaseTypesDetailPage = screen(() => import('./pages/CaseTypesDetailPage'), 'CaseTypesDetailPage');
const CaseTypesTaskPage = screen(() => import('./pages/CaseTypesTaskPage'), 'CaseTypesTaskPage');
const AdminAuditLogPage = screen(() => import('./pages/AdminAuditLogPage'), 'AdminAuditLogPage');
const AdminUsersPage = screen(() => import('./pages/AdminUsersPage'), 'AdminUsersPage');
const AdminAgenciesPage = screen(() => import('./pages/AdminAgenciesPage'), 'AdminAgenciesPage');
const AdminWebhooksPage = screen(() => import('./pages/AdminWebhooksPage'), 'AdminWebhooksPage');
const DepartureImportPage = screen(() => import('./pages/DepartureImportPage'), 'DepartureImportPage');
const ForwardingHoldersPage = screen(() => import('./pages/ForwardingHoldersPage'), 'ForwardingHoldersPage');

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
  if (pathname === '/tip' || pathname.startsWith('/tip/')) {
    return (
      <PublicTipLayout>
        <Suspense fallback={<Loading />}>
          <PublicTipRoute pathname={pathname} />
        </Suspense>
      </PublicTipLayout>
    );
  }
  if (!signedIn) return <LoginPage notice={notice} />;
  return <SignedIn />;
}

function SignedIn() {
  const { data, error } = useQuery(MeDocument, { fetchPolicy: 'network-only' });
  const { pathname } = usePath();
  const { navigate } = useRouter();
  const me = data?.me;

  useEffect(() => {
    if (me && (pathname === '/' || pathname === '/login')) navigate(homeFor(me.role, me.agency?.kind), true);
  }, [me, pathname, navigate]);

  if (error) return <ErrorBox error={error} />;
  if (!me) return <Loading />;
  return (
    <Layout me={me}>
      <Suspense fallback={<Loading />}>
        <Route pathname={pathname} role={me.role} />
      </Suspense>
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
  if (pathname === '/cases/import/departure') return <DepartureImportPage />;
  if (pathname === '/forwarding/holders') return <ForwardingHoldersPage />;
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
