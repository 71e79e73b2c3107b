import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { CtCaseQuery, CwCaseQuery } from '../../gql/graphql';
import { t } from '../../i18n';
import { formatDue, todayInTokyo, tokyoMidnight } from '../../lib/format';
import { FieldValue, Redacted } from '../Redacted';
import { useAgencies } from '../useAgencies';
import { CwAssignCaseDocument, CwCaseDocument, CwCreateTaskDocument, CwUsersDocument, CwWithdrawTaskDocument } from '../../operations/caseWork';
import { taskKindLabel } from './CaseActivity';
import { FieldError, aria, focusFirst, type FormErrors } from './form';

type Case = CtCaseQuery['case'];
type WorkCase = CwCaseQuery['case'];
type WorkTask = WorkCase['tasks'][number];
type Result = { ok: boolean; text: string } | null;
const S = t.caseWork;

/** Who may do what (VISIBILITY.md; the grants in libs/agencies/src/police-*): the server decides in the end. */
const POLICE_ROLES = ['station.manager', 'station.supervisor', 'station.investigator', 'hq.director', 'hq.coordinator'];
/** CaseAction.ASSIGN: the station's manager (its cases), 推進室 (its prefecture's). */
const ASSIGN_ROLES = ['station.manager', 'hq.coordinator'];
/** Task CREATE and WITHDRAW: the manager, an investigator on cases assigned to them, 推進室. */
const TASK_ROLES = ['station.manager', 'station.investigator', 'hq.coordinator'];
const OPEN_TASK_STATES = ['OPEN', 'ACKNOWLEDGED', 'OVERDUE'];
/** Outside agencies a request can go to (police and the tip line work the case themselves). */
const OUTSIDE_KINDS = Object.keys(S.agencyKind);
/**
 * Ad-hoc kinds per case type. The kinds of the dedicated flows (63条通報, 契約者照会, 利用停止等要請,
 * 総務省への通報, the departure checks) are created by their own buttons, which also record what
 * the answer pages need; they are not offered here.
 */
const KINDS_BY_TYPE: Record<string, string[]> = {
  RECRUITMENT_POST: ['INQUIRY', 'INFORMATION_REQUEST', 'PRESERVATION_REQUEST', 'COOPERATION_REQUEST'],
  CALL_FORWARDING_PROVIDER: ['INQUIRY', 'INFORMATION_REQUEST', 'PRESERVATION_REQUEST', 'COOPERATION_REQUEST'],
  DEPARTING_RESIDENT: ['INQUIRY', 'INFORMATION_REQUEST', 'COOPERATION_REQUEST'],
  FOREIGN_EVIDENCE_REQUEST: ['INQUIRY', 'INFORMATION_REQUEST'],
};
const DEFAULT_KINDS = ['INQUIRY', 'INFORMATION_REQUEST', 'COOPERATION_REQUEST'];
/** The default deadline, as the departure checks use: 5 business days. */
const DEFAULT_DUE_BUSINESS_DAYS = 5;
const REQUEST_MAX = 4000;
const LEGAL_BASIS_MAX = 500;

const kindLabel = taskKindLabel;

// ---- business days (行政機関の休日), on calendar dates 'YYYY-MM-DD' in Tokyo ----

const DAY_MS = 86_400_000;
const dayAfter = (ymd: string, n = 1) => new Date(Date.parse(`${ymd}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/** Saturdays, Sundays, 12/29–1/3 and national holidays (holiday_jp's table, once loaded). */
export function isAdministrativeHoliday(ymd: string, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(`${ymd}T00:00:00Z`).getUTCDay();
  const md = ymd.slice(5);
  return weekday === 0 || weekday === 6 || md >= '12-29' || md <= '01-03' || holidays.has(ymd);
}

/** The n-th business day after `ymd` (n ≥ 1). */
export function addBusinessDays(ymd: string, n: number, holidays: ReadonlySet<string>): string {
  let day = ymd;
  for (let left = n; left > 0; ) {
    day = dayAfter(day);
    if (!isAdministrativeHoliday(day, holidays)) left -= 1;
  }
  return day;
}

/** The national holidays, loaded on demand (a separate chunk: only this form needs them). */
function useHolidays(): ReadonlySet<string> | null {
  const [set, setSet] = useState<ReadonlySet<string> | null>(null);
  useEffect(() => {
    let alive = true;
    import('@holiday-jp/holiday_jp/lib/holidays')
      .then((m) => {
        const table = ((m as unknown as { default?: Record<string, unknown> }).default ?? m) as Record<string, unknown>;
        if (alive) setSet(new Set(Object.keys(table)));
      })
      .catch(() => alive && setSet(new Set()));
    return () => {
      alive = false;
    };
  }, []);
  return set;
}

/** A due date as the deadline instant: the end (24:00 Tokyo) of that day. */
const dueInstant = (ymd: string) => tokyoMidnight(dayAfter(ymd));

/** The date checks of the due date; Japanese messages. */
export function dueDateError(ymd: string, today: string, holidays: ReadonlySet<string>): string | null {
  if (!ymd) return S.dueRequired;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(ymd) || Number.isNaN(Date.parse(`${ymd}T00:00:00Z`)) || new Date(`${ymd}T00:00:00Z`).toISOString().slice(0, 10) !== ymd) {
    return S.dueInvalid;
  }
  if (ymd < today) return S.duePast;
  if (ymd > dayAfter(today, 366)) return S.dueTooFar;
  if (isAdministrativeHoliday(ymd, holidays)) return S.dueHoliday(formatDue(dueInstant(ymd)).replace(/まで$/, ''));
  return null;
}

// ---- server errors: stable codes and reasons, never the server's text ----

interface GqlErrorLike {
  errors?: { extensions?: { code?: string; reason?: string } }[];
}

function failure(error: unknown, conflict: string): string {
  const ext = ((error as GqlErrorLike)?.errors ?? []).map((e) => e.extensions ?? {});
  const has = (code: string) => ext.some((x) => x.code === code);
  const reason = (r: string) => ext.some((x) => x.reason === r);
  if (reason('CASES.TASK_STATE_DOES_NOT_ALLOW')) return S.withdrawState;
  if (reason('CASES.ASSIGNEE_NOT_A_MEMBER')) return S.assignNotMember;
  if (reason('CASES.UNKNOWN_AGENCY')) return S.unknownAgency;
  if (has('CONFLICT')) return conflict;
  if (has('FORBIDDEN')) return S.forbidden;
  if (has('NOT_FOUND')) return S.notFound;
  if (has('BAD_USER_INPUT')) return S.invalid;
  return S.failed;
}

function Outcome({ r, testId }: { r: Result; testId: string }) {
  return r ? (
    <p role={r.ok ? 'status' : 'alert'} className={r.ok ? 'ok-box' : 'error-box'} data-testid={testId}>
      {r.text}
    </p>
  ) : null;
}

/**
 * The police's case management on the case page: the assignees (and, for the manager and 推進室,
 * the form to set them), a request to an outside agency with a due date in business days, and the
 * withdrawal of open tasks after a confirmation. Only what the role may do is rendered; a liaison
 * sees none of it. The server decides in the end and its refusals are shown in Japanese.
 */
export function CaseWork({ c, role, onChange }: { c: Case; role: string; onChange: () => Promise<unknown> }) {
  const police = POLICE_ROLES.includes(role);
  const work = useQuery(CwCaseDocument, { variables: { id: c.id }, skip: !police, fetchPolicy: 'cache-and-network' });
  if (!police) return null;
  const w = work.data?.case;
  if (!w) return null;
  const reload = async () => {
    await Promise.all([work.refetch(), onChange()]);
  };
  const closed = w.state === 'CLOSED';
  const mayTask = TASK_ROLES.includes(role) && !closed;
  return (
    <>
      <Assignees w={w} mayAssign={ASSIGN_ROLES.includes(role)} onChange={reload} />
      {mayTask && <CreateTask w={w} onChange={reload} />}
      {mayTask && <WithdrawTasks w={w} onChange={reload} />}
    </>
  );
}

// ---- 担当者 ----

function Assignees({ w, mayAssign, onChange }: { w: WorkCase; mayAssign: boolean; onChange: () => Promise<unknown> }) {
  const owning = w.owningAgencyId ?? '';
  const users = useQuery(CwUsersDocument, { variables: { agencyId: owning }, skip: !owning || w.redactedFields.includes('owningAgencyId'), fetchPolicy: 'cache-and-network' });
  const members = (users.data?.users.nodes ?? []).filter((u) => u.agencyId === owning);
  const byId = new Map(members.map((u) => [u.id, u]));
  const hidden = w.redactedFields.includes('assigneeIds');
  const ids = w.assigneeIds ?? [];
  // Kept here, outside the form, which is rebuilt after each change.
  const [result, setResult] = useState<Result>(null);
  const label = (id: string) => {
    const u = byId.get(id);
    if (!u || u.redactedFields.includes('displayName')) return S.assigneeUnknown(id);
    return S.userLabel(u.displayName ?? u.username ?? id, t.admin.role[u.role ?? ''] ?? u.role ?? '');
  };
  return (
    <section className="card" aria-labelledby="cw-assignees-title" data-testid="cw-assignees">
      <h2 id="cw-assignees-title">{S.assigneesTitle}</h2>
      {hidden ? (
        <p><Redacted /></p>
      ) : ids.length === 0 ? (
        <p data-testid="cw-assignee-list">{S.assigneesNone}</p>
      ) : (
        <ul data-testid="cw-assignee-list">
          {ids.map((id) => (
            <li key={id} data-user-id={id}>{label(id)}</li>
          ))}
        </ul>
      )}
      {mayAssign && !hidden && (
        // Keyed by the version: a fresh form (the server's assignees) after every change.
        <AssignForm
          key={`${w.id}:${w.version ?? 0}`}
          w={w}
          members={members}
          label={label}
          usersError={!!users.error && !users.data}
          setResult={setResult}
          onChange={onChange}
        />
      )}
      <Outcome r={result} testId="cw-assign-result" />
    </section>
  );
}

type Member = { id: string; label: string };

function AssignForm({
  w,
  members,
  label,
  usersError,
  setResult,
  onChange,
}: {
  w: WorkCase;
  members: { id: string }[];
  label: (id: string) => string;
  usersError: boolean;
  setResult: (r: Result) => void;
  onChange: () => Promise<unknown>;
}) {
  const current = w.assigneeIds ?? [];
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(current));
  const [assign, { loading }] = useMutation(CwAssignCaseDocument);
  // Current assignees the directory did not return stay listed, so saving never drops them silently.
  const options: Member[] = [...members.map((m) => m.id), ...current.filter((id) => !members.some((m) => m.id === id))].map((id) => ({ id, label: label(id) }));
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };
  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    const userIds = options.map((o) => o.id).filter((id) => chosen.has(id));
    if (userIds.length === current.length && userIds.every((id) => current.includes(id))) {
      setResult({ ok: false, text: S.assignUnchanged });
      return;
    }
    setResult(null);
    try {
      await assign({ variables: { input: { caseId: w.id, version: w.version ?? 1, userIds } } });
      setResult({ ok: true, text: S.assignSaved(userIds.length) });
    } catch (error) {
      setResult({ ok: false, text: failure(error, S.assignConflict) });
    }
    await onChange();
  };
  if (usersError && options.length === 0) return <p className="muted">{S.assignUsersUnavailable}</p>;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="cw-assign-form">
      <fieldset>
        <legend>{S.assignLegend}</legend>
        <p className="muted" id="cw-assign-hint">{S.assignHint}</p>
        {options.length === 0 ? (
          <p>{S.assignNoUsers}</p>
        ) : (
          <ul style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-describedby="cw-assign-hint">
            {options.map((o) => (
              <li key={o.id} style={{ display: 'flex', gap: '0.4rem', alignItems: 'center' }}>
                <input type="checkbox" id={`cw-user-${o.id}`} checked={chosen.has(o.id)} onChange={(e) => toggle(o.id, e.target.checked)} />
                <label htmlFor={`cw-user-${o.id}`} style={{ margin: 0, fontWeight: 'normal' }}>{o.label}</label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <button type="submit" disabled={loading}>{loading ? S.assignSaving : S.assignSubmit}</button>
    </form>
  );
}

// ---- 依頼の追加 ----

interface Draft {
  agencyId: string;
  kind: string;
  request: string;
  legalBasis: string;
  due: string;
}

function CreateTask({ w, onChange }: { w: WorkCase; onChange: () => Promise<unknown> }) {
  const agencies = useAgencies();
  const holidays = useHolidays();
  const today = todayInTokyo();
  const [d, setD] = useState<Draft>({ agencyId: '', kind: '', request: '', legalBasis: '', due: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<Result>(null);
  const [create, { loading }] = useMutation(CwCreateTaskDocument);
  const f: FormErrors = { prefix: 'cw', errors };
  const kinds = KINDS_BY_TYPE[w.type ?? ''] ?? DEFAULT_KINDS;
  const defaultDue = holidays ? addBusinessDays(today, DEFAULT_DUE_BUSINESS_DAYS, holidays) : '';
  // The default due date appears once the holiday table is in (5 business days from today).
  useEffect(() => {
    if (defaultDue) setD((x) => (x.due ? x : { ...x, due: defaultDue }));
  }, [defaultDue]);
  const outside = agencies.list.filter((a) => OUTSIDE_KINDS.includes(a.kind ?? ''));
  const set = (k: keyof Draft) => (v: string) => setD({ ...d, [k]: v });

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    const e: Record<string, string> = {};
    if (!d.agencyId) e.agencyId = S.agencyRequired;
    if (!d.kind) e.kind = S.kindRequired;
    if (!d.request.trim()) e.request = S.requestRequired;
    else if (d.request.trim().length > REQUEST_MAX) e.request = S.requestTooLong;
    if (d.legalBasis.trim().length > LEGAL_BASIS_MAX) e.legalBasis = S.legalBasisTooLong;
    const dueError = dueDateError(d.due, today, holidays ?? new Set());
    if (dueError) e.due = dueError;
    setErrors(e);
    setResult(null);
    if (Object.keys(e).length) {
      focusFirst(f, e);
      return;
    }
    try {
      await create({
        variables: {
          input: {
            caseId: w.id,
            agencyId: d.agencyId,
            kind: d.kind,
            request: d.request.trim(),
            legalBasis: d.legalBasis.trim() || null,
            dueAt: dueInstant(d.due),
          },
        },
      });
      setResult({ ok: true, text: S.created(agencies.name(d.agencyId)) });
      setD({ agencyId: '', kind: '', request: '', legalBasis: '', due: defaultDue });
    } catch (error) {
      setResult({ ok: false, text: failure(error, S.failed) });
    }
    await onChange();
  };

  const count = Object.keys(errors).length;
  return (
    <section className="card" aria-labelledby="cw-create-title" data-testid="cw-create">
      <h2 id="cw-create-title">{S.createTitle}</h2>
      <p className="muted">{S.createIntro}</p>
      {count > 0 && (
        <p role="alert" className="error-box" data-testid="cw-create-errors">
          {S.errorsSummary(count)}
        </p>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate className="filing" data-testid="cw-create-form">
        <div className="form-grid">
          <div>
            <label htmlFor="cw-agencyId">
              {S.agency}
              <span aria-hidden="true"> *</span>
            </label>
            <select {...aria(f, 'agencyId')} required value={d.agencyId} onChange={(e) => set('agencyId')(e.target.value)}>
              <option value="">{S.choose}</option>
              {OUTSIDE_KINDS.map((kind) => {
                const group = outside.filter((a) => a.kind === kind);
                return group.length ? (
                  <optgroup key={kind} label={S.agencyKind[kind]}>
                    {group.map((a) => (
                      <option key={a.id} value={a.id}>{a.name ?? a.id}</option>
                    ))}
                  </optgroup>
                ) : null;
              })}
            </select>
            <FieldError f={f} k="agencyId" />
          </div>
          <div>
            <label htmlFor="cw-kind">
              {S.kind}
              <span aria-hidden="true"> *</span>
            </label>
            <select {...aria(f, 'kind')} required value={d.kind} onChange={(e) => set('kind')(e.target.value)}>
              <option value="">{S.choose}</option>
              {kinds.map((k) => (
                <option key={k} value={k}>{kindLabel(k)}</option>
              ))}
            </select>
            <FieldError f={f} k="kind" />
          </div>
          <div>
            <label htmlFor="cw-due">
              {S.due}
              <span aria-hidden="true"> *</span>
            </label>
            <input
              {...aria(f, 'due')}
              aria-describedby={[errors.due ? 'cw-due-err' : '', 'cw-due-hint'].filter(Boolean).join(' ')}
              type="date"
              required
              min={today}
              value={d.due}
              onChange={(e) => set('due')(e.target.value)}
            />
            <FieldError f={f} k="due" />
          </div>
        </div>
        <p className="muted" id="cw-due-hint">
          {S.dueHint(DEFAULT_DUE_BUSINESS_DAYS)}
          {d.due && !dueDateError(d.due, today, holidays ?? new Set()) ? ` ${S.dueReads(formatDue(dueInstant(d.due)))}` : ''}
        </p>
        <div>
          <label htmlFor="cw-request">
            {S.request}
            <span aria-hidden="true"> *</span>
          </label>
          <textarea
            {...aria(f, 'request')}
            aria-describedby={[errors.request ? 'cw-request-err' : '', 'cw-request-hint'].filter(Boolean).join(' ')}
            rows={4}
            required
            maxLength={REQUEST_MAX}
            value={d.request}
            onChange={(e) => set('request')(e.target.value)}
          />
          <p className="muted" id="cw-request-hint">{S.requestHint}</p>
          <FieldError f={f} k="request" />
        </div>
        <div>
          <label htmlFor="cw-legalBasis">{S.legalBasis}</label>
          <input {...aria(f, 'legalBasis')} type="text" maxLength={LEGAL_BASIS_MAX} placeholder={S.legalBasisPlaceholder} value={d.legalBasis} onChange={(e) => set('legalBasis')(e.target.value)} />
          <FieldError f={f} k="legalBasis" />
        </div>
        <button type="submit" disabled={loading}>{loading ? S.creating : S.createSubmit}</button>
      </form>
      <Outcome r={result} testId="cw-create-result" />
    </section>
  );
}

// ---- 取下げ ----

function WithdrawTasks({ w, onChange }: { w: WorkCase; onChange: () => Promise<unknown> }) {
  const agencies = useAgencies();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [result, setResult] = useState<Result>(null);
  const [withdraw, { loading }] = useMutation(CwWithdrawTaskDocument);
  const yes = useRef<HTMLButtonElement>(null);
  const open = w.tasks.filter((x) => OPEN_TASK_STATES.includes(x.state ?? '') && !x.redactedFields.includes('state'));
  // The confirmation takes the focus, so a keyboard user answers it at once.
  useEffect(() => {
    if (confirming) yes.current?.focus();
  }, [confirming]);

  const go = async (task: WorkTask) => {
    setResult(null);
    try {
      await withdraw({ variables: { input: { taskId: task.id, version: task.version ?? 1 } } });
      setResult({ ok: true, text: S.withdrawn(agencies.name(task.agencyId)) });
    } catch (error) {
      setResult({ ok: false, text: failure(error, S.withdrawConflict) });
    }
    setConfirming(null);
    await onChange();
  };
  const cancel = (id: string) => {
    setConfirming(null);
    // Back to the row's button.
    setTimeout(() => document.getElementById(`cw-withdraw-${id}`)?.focus(), 0);
  };

  return (
    <section className="card" aria-labelledby="cw-withdraw-title" data-testid="cw-withdraw">
      <h2 id="cw-withdraw-title">{S.withdrawTitle}</h2>
      {open.length === 0 ? (
        <p>{S.withdrawNone}</p>
      ) : (
        <>
          <p className="muted">{S.withdrawIntro}</p>
          <table data-testid="cw-open-tasks">
            <thead>
              <tr>
                <th scope="col">{S.colAgency}</th>
                <th scope="col">{S.colKind}</th>
                <th scope="col">{S.colState}</th>
                <th scope="col">{S.colDue}</th>
                <th scope="col">{S.colRequest}</th>
                <th scope="col">{S.colAction}</th>
              </tr>
            </thead>
            <tbody>
              {open.map((task) => {
                const agency = agencies.name(task.agencyId);
                const kind = kindLabel(task.kind);
                return [
                  <tr key={task.id} data-task-id={task.id}>
                    <td><FieldValue obj={task} field="agencyId">{agency}</FieldValue></td>
                    <td><FieldValue obj={task} field="kind">{kind}</FieldValue></td>
                    <td>{t.taskState[task.state ?? ''] ?? task.state}</td>
                    <td><FieldValue obj={task} field="dueAt">{formatDue(task.dueAt)}</FieldValue></td>
                    <td className="clip"><FieldValue obj={task} field="request">{task.request}</FieldValue></td>
                    <td style={{ whiteSpace: 'nowrap' }}>
                      <button
                        type="button"
                        id={`cw-withdraw-${task.id}`}
                        className="button-secondary"
                        aria-label={S.withdrawAria(agency, kind)}
                        aria-expanded={confirming === task.id}
                        aria-controls={`cw-confirm-${task.id}`}
                        disabled={loading}
                        onClick={() => {
                          setResult(null);
                          setConfirming(task.id);
                        }}
                      >
                        {S.withdraw}
                      </button>
                    </td>
                  </tr>,
                  confirming === task.id ? (
                    <tr key={`${task.id}-confirm`}>
                      <td colSpan={6}>
                        <div
                          id={`cw-confirm-${task.id}`}
                          role="group"
                          aria-labelledby={`cw-confirm-text-${task.id}`}
                          data-testid="cw-withdraw-confirm"
                          onKeyDown={(e) => e.key === 'Escape' && cancel(task.id)}
                        >
                          <p id={`cw-confirm-text-${task.id}`} className="error-box">{S.withdrawConfirm(agency, kind)}</p>
                          <div style={{ display: 'flex', gap: '0.5rem', marginTop: '0.5rem' }}>
                            <button type="button" ref={yes} disabled={loading} onClick={() => void go(task)}>
                              {loading ? S.withdrawing : S.withdrawYes}
                            </button>
                            <button type="button" className="button-secondary" disabled={loading} onClick={() => cancel(task.id)}>
                              {S.withdrawNo}
                            </button>
                          </div>
                        </div>
                      </td>
                    </tr>
                  ) : null,
                ];
              })}
            </tbody>
          </table>
        </>
      )}
      <Outcome r={result} testId="cw-withdraw-result" />
    </section>
  );
}
