import { useQuery } from '@apollo/client/react';
import { t } from '../i18n';
import { formatDateTime, formatDue } from '../lib/format';
import { FieldRow, FieldValue } from '../components/Redacted';
import { ResidentView } from '../components/ResidentView';
import { ErrorBox, Loading } from '../components/Status';
import { useAgencies } from '../components/useAgencies';
import { CaseDocument } from '../operations';
import { usePath } from '../lib/router';

/** A case with its tasks (per agency) and timeline, as the server projected it. */
export function CaseDetailPage({ id }: { id: string }) {
  const { data, error } = useQuery(CaseDocument, { variables: { id } });
  const agencies = useAgencies();
  const filed = usePath().query.get('filed');
  if (error) return <ErrorBox error={error} />;
  if (!data) return <Loading />;
  const c = data.case;
  const taskAgency = new Map(c.tasks.map((task) => [task.id, task.agencyId]));
  return (
    <>
      <h1>
        {t.caseDetail.title}: <FieldValue obj={c} field="reference">{c.reference}</FieldValue>
      </h1>
      {filed && (
        <p role="status" className="ok-box">
          {t.filing.filed(filed)}
        </p>
      )}
      <section className="card" aria-labelledby="summary-title">
        <h2 id="summary-title">{t.caseDetail.summary}</h2>
        <dl className="fields">
          <FieldRow label={t.cases.type} obj={c} field="type">{t.caseType[c.type ?? ''] ?? c.type}</FieldRow>
          <FieldRow label={t.cases.caseTitle} obj={c} field="title">{c.title}</FieldRow>
          <FieldRow label={t.cases.state} obj={c} field="state">{t.caseState[c.state ?? ''] ?? c.state}</FieldRow>
          <FieldRow label={t.cases.priority} obj={c} field="priority">{t.priority[c.priority ?? ''] ?? c.priority}</FieldRow>
          <FieldRow label={t.cases.filedAt} obj={c} field="filedAt">{formatDateTime(c.filedAt)}</FieldRow>
          <FieldRow label={t.cases.updatedAt} obj={c} field="updatedAt">{formatDateTime(c.updatedAt)}</FieldRow>
        </dl>
        {c.departingResident && <ResidentView resident={c.departingResident} />}
      </section>
      <section className="card" aria-labelledby="tasks-title">
        <h2 id="tasks-title">{t.caseDetail.tasks}</h2>
        {c.tasks.length === 0 ? (
          <p>{t.caseDetail.noTasks}</p>
        ) : (
          <table data-testid="case-tasks">
            <thead>
              <tr>
                <th scope="col">{t.caseDetail.agency}</th>
                <th scope="col">{t.tasks.kind}</th>
                <th scope="col">{t.tasks.state}</th>
                <th scope="col">{t.tasks.due}</th>
                <th scope="col">{t.tasks.answer}</th>
              </tr>
            </thead>
            <tbody>
              {c.tasks.map((task) => (
                <tr key={task.id}>
                  <td><FieldValue obj={task} field="agencyId">{agencies.name(task.agencyId)}</FieldValue></td>
                  <td><FieldValue obj={task} field="kind">{t.taskKind[task.kind ?? ''] ?? task.kind}</FieldValue></td>
                  <td><FieldValue obj={task} field="state">{t.taskState[task.state ?? ''] ?? task.state}</FieldValue></td>
                  <td><FieldValue obj={task} field="dueAt">{formatDue(task.dueAt)}</FieldValue></td>
                  <td><FieldValue obj={task} field="answer">{task.answer}</FieldValue></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="card" aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t.caseDetail.timeline}</h2>
        {c.timeline.length === 0 ? (
          <p>{t.caseDetail.noTimeline}</p>
        ) : (
          <ol className="timeline">
            {c.timeline.map((ev) => (
              <li key={ev.id}>
                <time dateTime={ev.occurredAt ?? undefined}>{formatDateTime(ev.occurredAt)}</time>{' '}
                <FieldValue obj={ev} field="type">{t.event[ev.type ?? ''] ?? ev.type}</FieldValue>
                {ev.taskId && taskAgency.get(ev.taskId) ? `（${agencies.name(taskAgency.get(ev.taskId))}）` : null}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
