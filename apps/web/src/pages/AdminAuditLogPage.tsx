import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { t } from '../i18n';
import { formatDateTime, tokyoMidnight } from '../lib/format';
import { ErrorBox, Loading } from '../components/Status';
import { AdminAuditLogDocument } from '../operations/admin';
import type { AuditFilterInput } from '../gql/graphql';

const M = t.admin.audit;
const OUTCOMES = ['success', 'denied', 'failure', 'error'];

interface Form {
  action: string;
  actorUserId: string;
  subjectType: string;
  subjectId: string;
  from: string;
  to: string;
  outcome: string;
}
const EMPTY: Form = { action: '', actorUserId: '', subjectType: '', subjectId: '', from: '', to: '', outcome: '' };

function apiFilter(f: Form): AuditFilterInput {
  const out: AuditFilterInput = {};
  if (f.action.trim()) out.action = f.action.trim();
  if (f.actorUserId.trim()) out.actorUserId = f.actorUserId.trim();
  if (f.subjectType.trim()) out.subjectType = f.subjectType.trim();
  if (f.subjectId.trim()) out.subjectId = f.subjectId.trim();
  return out;
}

/** 監査ログ (auditor): the API's filters, paging; period and outcome narrow the loaded entries. */
export function AdminAuditLogPage() {
  const [form, setForm] = useState<Form>(EMPTY);
  const [applied, setApplied] = useState<Form>(EMPTY);
  const { data, error, fetchMore } = useQuery(AdminAuditLogDocument, { variables: { filter: apiFilter(applied), first: 50 }, fetchPolicy: 'network-only' });

  function submit(e: FormEvent) {
    e.preventDefault();
    setApplied(form);
  }
  const set = (k: keyof Form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });

  // The API has no period or outcome filter: these narrow what is loaded (Tokyo calendar days).
  const fromIso = applied.from ? tokyoMidnight(applied.from) : null;
  const toIso = applied.to ? new Date(new Date(tokyoMidnight(applied.to)).getTime() + 86_400_000).toISOString() : null;
  const entries = (data?.auditLog.nodes ?? []).filter((n) => {
    if (applied.outcome && n.outcome !== applied.outcome) return false;
    if (fromIso && (!n.occurredAt || n.occurredAt < fromIso)) return false;
    if (toIso && (!n.occurredAt || n.occurredAt >= toIso)) return false;
    return true;
  });

  return (
    <>
      <h1>{M.title}</h1>
      <p className="muted">{M.lead}</p>
      <form className="filters card" onSubmit={submit} data-testid="audit-filters">
        <label>
          {M.action}
          <input value={form.action} onChange={set('action')} />
        </label>
        <label>
          {M.actor}
          <input value={form.actorUserId} onChange={set('actorUserId')} />
        </label>
        <label>
          {M.subjectType}
          <input value={form.subjectType} onChange={set('subjectType')} />
        </label>
        <label>
          {M.subjectId}
          <input value={form.subjectId} onChange={set('subjectId')} />
        </label>
        <label>
          {M.from}
          <input type="date" value={form.from} onChange={set('from')} />
        </label>
        <label>
          {M.to}
          <input type="date" value={form.to} onChange={set('to')} />
        </label>
        <label>
          {M.outcome}
          <select value={form.outcome} onChange={set('outcome')}>
            <option value="">{M.outcomeAll}</option>
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t.admin.outcome[o]}
              </option>
            ))}
          </select>
        </label>
        <p className="muted">{M.periodNote}</p>
        <button type="submit">{M.search}</button>{' '}
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            setForm(EMPTY);
            setApplied(EMPTY);
          }}
        >
          {M.clear}
        </button>
      </form>
      {error ? <ErrorBox error={error} /> : !data ? <Loading /> : entries.length === 0 ? <p>{M.empty}</p> : (
        <>
          <p className="muted">{M.count(entries.length)}</p>
          <table data-testid="audit-log">
            <thead>
              <tr>
                <th scope="col">{M.colTime}</th>
                <th scope="col">{M.colActor}</th>
                <th scope="col">{M.colAction}</th>
                <th scope="col">{M.colOutcome}</th>
                <th scope="col">{M.colSubject}</th>
                <th scope="col">{M.colFields}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((n) => (
                <tr key={n.id} data-action={n.action ?? ''}>
                  <td>{formatDateTime(n.occurredAt)}</td>
                  <td>{n.actorUsername ?? n.actorUserId ?? '—'}</td>
                  <td>
                    <code>{n.action}</code>
                  </td>
                  <td>{n.outcome ? (t.admin.outcome[n.outcome] ?? n.outcome) : '—'}</td>
                  <td>
                    {n.subjectType ?? '—'}
                    {n.subjectId ? <div className="muted"><code>{n.subjectId}</code></div> : null}
                  </td>
                  <td>{n.fields?.length ? n.fields.join('、') : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {data?.auditLog.pageInfo.hasNextPage ? (
        <button
          type="button"
          className="button-secondary"
          onClick={() =>
            void fetchMore({
              variables: { after: data.auditLog.pageInfo.endCursor },
              updateQuery: (prev, { fetchMoreResult }) => ({ auditLog: { ...fetchMoreResult.auditLog, nodes: [...prev.auditLog.nodes, ...fetchMoreResult.auditLog.nodes] } }),
            })
          }
        >
          {M.more}
        </button>
      ) : null}
    </>
  );
}
