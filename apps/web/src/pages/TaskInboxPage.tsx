import { useMutation, useQuery } from '@apollo/client/react';
import { t } from '../i18n';
import { formatDue, isOverdue } from '../lib/format';
import { Link } from '../lib/router';
import { FieldValue, Redacted } from '../components/Redacted';
import { ErrorBox, Loading } from '../components/Status';
import { MyTasksDocument } from '../operations';
import { ExportButtons } from '../components/reports/ExportButtons';
import { RequestTaskExportDocument } from '../operations/reports';

const OPEN = ['OPEN', 'ACKNOWLEDGED', 'OVERDUE'];

/** The liaison's inbox: open tasks first, overdue ones on top, then by due date. */
export function TaskInboxPage() {
  const { data, error, loading } = useQuery(MyTasksDocument, { pollInterval: 60_000 });
  const [requestExport] = useMutation(RequestTaskExportDocument);
  if (error) return <ErrorBox error={error} />;
  if (loading && !data) return <Loading />;
  const now = new Date();
  const rank = (x: { state?: string | null; dueAt?: string | null }) =>
    !OPEN.includes(x.state ?? '') ? 2 : x.state === 'OVERDUE' || isOverdue(x.dueAt, now) ? 0 : 1;
  const tasks = [...(data?.open.nodes ?? []), ...(data?.closed.nodes ?? [])].sort(
    (a, b) => rank(a) - rank(b) || (a.dueAt ?? '').localeCompare(b.dueAt ?? ''),
  );
  return (
    <>
      <h1>{t.tasks.title}</h1>
      <ExportButtons testId="task-export" request={(format) => requestExport({ variables: { format, scope: 'MINE' } })} />
      {tasks.length === 0 ? (
        <p>{t.tasks.empty}</p>
      ) : (
        <table data-testid="task-inbox">
          <thead>
            <tr>
              <th scope="col">{t.tasks.due}</th>
              <th scope="col">{t.tasks.kind}</th>
              <th scope="col">{t.tasks.state}</th>
              <th scope="col">{t.tasks.caseReference}</th>
              <th scope="col">{t.tasks.request}</th>
            </tr>
          </thead>
          <tbody>
            {tasks.map((task) => {
              const overdue = rank(task) === 0;
              return (
                <tr key={task.id} className={overdue ? 'row-overdue' : undefined}>
                  <td>
                    <FieldValue obj={task} field="dueAt">{formatDue(task.dueAt)}</FieldValue>
                    {overdue && <span className="tag tag-warn">{t.tasks.overdue}</span>}
                  </td>
                  <td>
                    <Link to={`/tasks/${task.id}`}>{t.taskKind[task.kind ?? ''] ?? task.kind}</Link>
                  </td>
                  <td>{t.taskState[task.state ?? ''] ?? task.state}</td>
                  <td>{task.case ? <FieldValue obj={task.case} field="reference">{task.case.reference}</FieldValue> : <Redacted />}</td>
                  <td className="clip">
                    <FieldValue obj={task} field="request">{task.request}</FieldValue>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
