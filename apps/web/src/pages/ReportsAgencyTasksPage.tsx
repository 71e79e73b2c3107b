import { useQuery } from '@apollo/client/react';
import { t } from '../i18n';
import { formatDue, isOverdue } from '../lib/format';
import { Link } from '../lib/router';
import { FieldValue, Redacted } from '../components/Redacted';
import { ErrorBox, Loading } from '../components/Status';
import { useAgencies } from '../components/useAgencies';
import { AgencyTasksDocument } from '../operations/reports';
import type { TaskState } from '../gql/graphql';

const OPEN: TaskState[] = ['OPEN', 'ACKNOWLEDGED', 'OVERDUE'];

/**
 * The task list behind a 機関別 figure of the dashboard: the open (or overdue) tasks of one agency
 * that HQ may read, from `tasks` (the server filters by addressee and overdue with the dashboard's
 * rule, earliest due first), 100 per page with さらに表示.
 */
export function ReportsAgencyTasksPage({ agencyId, overdueOnly }: { agencyId: string; overdueOnly: boolean }) {
  const filter = overdueOnly ? { agencyId, overdue: true } : { agencyId, states: OPEN };
  const { data, error, fetchMore, loading } = useQuery(AgencyTasksDocument, { variables: { filter }, fetchPolicy: 'network-only', notifyOnNetworkStatusChange: true });
  const agencies = useAgencies();
  const name = agencies.name(agencyId);
  const now = new Date();
  // The dashboard's rule: overdue = marked OVERDUE, or still open after the deadline.
  const overdue = (x: { state?: string | null; dueAt?: string | null }) => x.state === 'OVERDUE' || (OPEN.includes(x.state as TaskState) && isOverdue(x.dueAt, now));
  const rows = (data?.tasks.nodes ?? []).map((task) => ({ task, c: task.case }));
  const page = data?.tasks.pageInfo;
  const more = () =>
    void fetchMore({
      variables: { filter, after: page?.endCursor },
      updateQuery: (prev, { fetchMoreResult }) => ({ tasks: { ...fetchMoreResult.tasks, nodes: [...prev.tasks.nodes, ...fetchMoreResult.tasks.nodes] } }),
    });
  const base = `/dashboard/tasks?agency=${encodeURIComponent(agencyId)}`;

  return (
    <>
      <h1>{overdueOnly ? t.reports.agencyOverdueTitle(name) : t.reports.agencyTasksTitle(name)}</h1>
      <p>
        <Link to="/dashboard">{t.reports.backToDashboard}</Link>
        {' ｜ '}
        {overdueOnly ? <Link to={base}>{t.reports.showAllOpen}</Link> : <Link to={`${base}&overdue=1`}>{t.reports.showOverdueOnly}</Link>}
      </p>
      <p className="muted">{t.reports.agencyTasksNote}</p>
      {error && <ErrorBox error={error} />}
      {!data && !error && <Loading />}
      {data && rows.length === 0 && <p>{t.reports.agencyTasksEmpty}</p>}
      {rows.length > 0 && (
        <table data-testid="agency-tasks">
          <thead>
            <tr>
              <th scope="col">{t.tasks.due}</th>
              <th scope="col">{t.tasks.kind}</th>
              <th scope="col">{t.tasks.state}</th>
              <th scope="col">{t.reports.taskCase}</th>
              <th scope="col">{t.tasks.request}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ task, c }) => (
              <tr key={task.id} className={overdue(task) ? 'row-overdue' : undefined} data-task-id={task.id}>
                <td>
                  <FieldValue obj={task} field="dueAt">{formatDue(task.dueAt)}</FieldValue>
                  {overdue(task) && <span className="tag tag-warn">{t.tasks.overdue}</span>}
                </td>
                <td>{t.taskKind[task.kind ?? ''] ?? t.caseTypes.taskKind[task.kind ?? ''] ?? task.kind}</td>
                <td>{t.taskState[task.state ?? ''] ?? task.state}</td>
                <td>
                  {c ? (
                    <>
                      <Link to={`/cases/${c.id}`}><FieldValue obj={c} field="reference">{c.reference}</FieldValue></Link>{' '}
                      <FieldValue obj={c} field="title">{c.title}</FieldValue>
                    </>
                  ) : (
                    <Redacted />
                  )}
                </td>
                <td className="clip"><FieldValue obj={task} field="request">{task.request}</FieldValue></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {page?.hasNextPage && (
        <button type="button" className="button-secondary" disabled={loading} onClick={more}>
          {t.reports.moreTasks}
        </button>
      )}
    </>
  );
}
