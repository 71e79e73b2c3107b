import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import type { CtCaseQuery } from '../../gql/graphql';
import { t } from '../../i18n';
import { formatDateTime, formatDue, formatPhone } from '../../lib/format';
import { FieldValue } from '../Redacted';
import { errorMessage } from '../Status';
import { useAgencies } from '../useAgencies';
import { CtReferLabourDocument, CtReferRegulatorDocument, CtRequestSubscriberDocument, CtRequestSuspensionDocument, CtTransitionDocument } from '../../operations/caseTypes';
import { FieldError, aria, type FormErrors } from './form';

type Case = CtCaseQuery['case'];
const X = () => t.caseTypes;

export const stateLabel = (s: string | null | undefined) => (s ? (X().state[s] ?? t.caseState[s] ?? s) : '');
export const taskKindLabel = (k: string | null | undefined) => (k ? (X().taskKind[k] ?? t.taskKind[k] ?? k) : '');
const eventLabel = (e: string | null | undefined) => (e ? (X().event[e] ?? t.caseFollowUp.event[e] ?? t.event[e] ?? e) : '');

type Result = { ok: boolean; text: string } | null;
function Outcome({ r }: { r: Result }) {
  return r ? <p role={r.ok ? 'status' : 'alert'} className={r.ok ? 'ok-box' : 'error-box'}>{r.text}</p> : null;
}

/** The tasks of the case, one row per agency's task. */
export function TasksTable({ c }: { c: Case }) {
  const agencies = useAgencies();
  if (c.tasks.length === 0) return <p>{t.caseDetail.noTasks}</p>;
  return (
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
            <td><FieldValue obj={task} field="kind">{taskKindLabel(task.kind)}</FieldValue></td>
            <td><FieldValue obj={task} field="state">{t.taskState[task.state ?? ''] ?? task.state}</FieldValue></td>
            <td><FieldValue obj={task} field="dueAt">{formatDue(task.dueAt)}</FieldValue></td>
            <td>
              <FieldValue obj={task} field="answer">{task.answer ?? (task.rejectionReason ? `${X().task.rejectionReason}: ${task.rejectionReason}` : '')}</FieldValue>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The timeline; an answered task shows its agency and answer, so the station reads it in place. */
export function Timeline({ c }: { c: Case }) {
  const agencies = useAgencies();
  const tasks = new Map(c.tasks.map((x) => [x.id, x]));
  if (c.timeline.length === 0) return <p>{t.caseDetail.noTimeline}</p>;
  return (
    <ol className="timeline" data-testid="case-timeline">
      {c.timeline.map((ev) => {
        const task = ev.taskId ? tasks.get(ev.taskId) : undefined;
        return (
          <li key={ev.id} data-event={ev.type ?? undefined}>
            <time dateTime={ev.occurredAt ?? undefined}>{formatDateTime(ev.occurredAt)}</time>{' '}
            <FieldValue obj={ev} field="type">{eventLabel(ev.type)}</FieldValue>
            {task?.agencyId ? `（${agencies.name(task.agencyId)}）` : null}
            {ev.type === 'task.answered' && task?.answer ? `: ${task.answer}` : null}
            {ev.audience && ev.audience !== 'ALL_PARTIES' && <span className="tag">{X().audience[ev.audience] ?? ev.audience}</span>}
          </li>
        );
      })}
    </ol>
  );
}

/** The transitions this user may take now (`availableTransitions`), on the version shown. */
export function Transitions({ c, onChange }: { c: Case; onChange: () => Promise<unknown> }) {
  const [run, { loading }] = useMutation(CtTransitionDocument);
  const [result, setResult] = useState<Result>(null);
  if (c.availableTransitions.length === 0) return null;
  const go = async (transition: string) => {
    setResult(null);
    try {
      await run({ variables: { input: { caseId: c.id, transition, version: c.version ?? 1 } } });
      setResult({ ok: true, text: X().transitioned });
    } catch (error) {
      setResult({ ok: false, text: errorMessage(error as Error) });
    }
    await onChange();
  };
  return (
    <section className="card" aria-labelledby="transitions-title" data-testid="case-transitions">
      <h2 id="transitions-title">{X().transitionsTitle}</h2>
      <div className="button-row" style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
        {c.availableTransitions.map((name) => (
          <button key={name} type="button" disabled={loading} onClick={() => void go(name)}>
            {X().transition[name] ?? name}
          </button>
        ))}
      </div>
      <Outcome r={result} />
    </section>
  );
}

const POLICE_ROLES = ['station.manager', 'station.supervisor', 'station.investigator', 'hq.director', 'hq.coordinator'];

/** The police's requests to other agencies, by case type (the server decides who may). */
export function TypeActions({ c, role, onChange }: { c: Case; role: string; onChange: () => Promise<unknown> }) {
  const [referLabour, a] = useMutation(CtReferLabourDocument);
  const [requestSubscriber, b] = useMutation(CtRequestSubscriberDocument);
  const [requestSuspension, d] = useMutation(CtRequestSuspensionDocument);
  const [referRegulator, e] = useMutation(CtReferRegulatorDocument);
  const [request, setRequest] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<Result>(null);
  const busy = a.loading || b.loading || d.loading || e.loading;
  const R = X().refer;
  if (!POLICE_ROLES.includes(role) || c.state === 'CLOSED') return null;
  if (c.type !== 'RECRUITMENT_POST' && c.type !== 'CALL_FORWARDING_PROVIDER') return null;

  const act = async (fn: () => Promise<string>) => {
    setResult(null);
    try {
      setResult({ ok: true, text: await fn() });
    } catch (error) {
      setResult({ ok: false, text: errorMessage(error as Error) });
    }
    await onChange();
  };
  const f: FormErrors = { prefix: 'rg', errors };
  const submitRegulator = (ev: FormEvent) => {
    ev.preventDefault();
    if (!request.trim()) return setErrors({ request: R.requestRequired });
    setErrors({});
    void act(async () => {
      await referRegulator({ variables: { input: { caseId: c.id, request: request.trim() } } });
      setRequest('');
      return R.regulatorDone;
    });
  };
  const hasLabourTask = c.tasks.some((x) => x.kind === 'LABOUR_REFERRAL');
  const phones = c.recruitmentContacts.filter((x) => x.kind === 'PHONE' && x.carrierAgencyId && x.value);

  return (
    <section className="card" aria-labelledby="actions-title" data-testid="case-actions">
      <h2 id="actions-title">{X().actions}</h2>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', marginBottom: '0.75rem' }}>
        {c.type === 'RECRUITMENT_POST' && !hasLabourTask && (
          <button type="button" disabled={busy} onClick={() => void act(async () => (await referLabour({ variables: { input: { caseId: c.id } } }), R.labourDone))}>
            {R.labour}
          </button>
        )}
        {c.type === 'RECRUITMENT_POST' &&
          phones.map((p) => (
            <button key={p.id} type="button" disabled={busy} onClick={() => void act(async () => (await requestSubscriber({ variables: { input: { caseId: c.id, contactId: p.id } } }), R.subscriberDone))}>
              {R.subscriber(formatPhone(p.value))}
            </button>
          ))}
        {c.type === 'CALL_FORWARDING_PROVIDER' && c.forwardingProvider?.numbers.some((n) => !n.requestedAt && !n.result) && (
          <button type="button" disabled={busy} onClick={() => void act(async () => R.suspensionDone((await requestSuspension({ variables: { caseId: c.id } })).data?.requestSuspension.taskIds.length ?? 0))}>
            {R.suspension}
          </button>
        )}
      </div>
      {c.type === 'CALL_FORWARDING_PROVIDER' && (
        <form onSubmit={submitRegulator} noValidate>
          <label htmlFor="rg-request">{R.regulatorRequest}</label>
          <textarea {...aria(f, 'request')} rows={2} maxLength={2000} value={request} onChange={(ev) => setRequest(ev.target.value)} />
          <FieldError f={f} k="request" />
          <button type="submit" disabled={busy}>{R.regulator}</button>
        </form>
      )}
      <Outcome r={result} />
    </section>
  );
}
