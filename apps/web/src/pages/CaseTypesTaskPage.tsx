import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { CtCaseQuery, CtTaskQuery, SuspensionResult } from '../gql/graphql';
import { t } from '../i18n';
import { formatCalendarDate, formatDateTime, formatDue, formatPhone, todayInTokyo } from '../lib/format';
import { FieldRow } from '../components/Redacted';
import { ErrorBox, Loading, errorMessage } from '../components/Status';
import { TypeFields, ForwardingView } from '../components/case-types/TypeViews';
import { Timeline, stateLabel, taskKindLabel } from '../components/case-types/CaseActivity';
import { Discussion } from '../components/case-types/Discussion';
import { LabourReferralStatusForm } from '../components/case-types/FollowUp';
import { FieldError, SelectField, TextField, aria, optionsOf, type FormErrors } from '../components/case-types/form';
import {
  CtAcknowledgeTaskDocument,
  CtAnswerSuspensionDocument,
  CtAnswerTaskDocument,
  CtCaseDocument,
  CtRejectTaskDocument,
  CtReportSupervisoryActionDocument,
  CtTaskDocument,
} from '../operations/caseTypes';
import { TaskDetailPage } from './TaskDetailPage';

type Task = CtTaskQuery['task'];
type Case = CtCaseQuery['case'];
type Result = { ok: boolean; text: string } | null;
const T = () => t.caseTypes.task;
const OPEN = ['OPEN', 'ACKNOWLEDGED', 'OVERDUE'];

function Outcome({ r }: { r: Result }) {
  return r ? <p role={r.ok ? 'status' : 'alert'} className={r.ok ? 'ok-box' : 'error-box'}>{r.text}</p> : null;
}

/**
 * A liaison's task in a case of the other types: the request, exactly what the agency may see of
 * the case, and the answer (per number for a suspension request, the supervisory action for the
 * regulator, a written answer otherwise). Departure tasks keep their own page.
 */
export function CaseTypesTaskPage({ id }: { id: string }) {
  const task = useQuery(CtTaskDocument, { variables: { id } });
  const tk = task.data?.task;
  const departure = !!tk?.kind?.startsWith('DEPARTURE_');
  const kase = useQuery(CtCaseDocument, { variables: { id: tk?.caseId ?? '' }, skip: !tk || departure });
  if (departure) return <TaskDetailPage id={id} />;
  if (task.error && !tk) return <ErrorBox error={task.error} />;
  if (!tk) return <Loading />;
  const c = kase.data?.case;
  const refetch = () => Promise.all([task.refetch(), kase.refetch()]);
  const open = OPEN.includes(tk.state ?? '');
  const inScope = (row: { id: string; suspensionTaskId?: string | null }) => (tk.scopeRefs ?? []).includes(row.id) || row.suspensionTaskId === tk.id;

  return (
    <>
      <h1>{t.tasks.detailTitle}</h1>
      <section aria-labelledby="task-title" className="card" data-testid="task-detail">
        <h2 id="task-title">{taskKindLabel(tk.kind)}</h2>
        <dl className="fields">
          <FieldRow label={t.tasks.state} obj={tk} field="state">{t.taskState[tk.state ?? ''] ?? tk.state}</FieldRow>
          <FieldRow label={t.tasks.due} obj={tk} field="dueAt">{formatDue(tk.dueAt)}</FieldRow>
          <FieldRow label={t.tasks.request} obj={tk} field="request"><span style={{ whiteSpace: 'pre-wrap' }}>{tk.request}</span></FieldRow>
          <FieldRow label={t.tasks.legalBasis} obj={tk} field="legalBasis">{tk.legalBasis}</FieldRow>
          {tk.answer && <FieldRow label={t.tasks.answer} obj={tk} field="answer">{tk.answer}</FieldRow>}
          {tk.rejectionReason && <FieldRow label={T().rejectionReason} obj={tk} field="rejectionReason">{tk.rejectionReason}</FieldRow>}
          {tk.answeredAt && <FieldRow label={t.tasks.answeredAt} obj={tk} field="answeredAt">{formatDateTime(tk.answeredAt)}</FieldRow>}
        </dl>
      </section>

      {kase.error && !c && <ErrorBox error={kase.error} />}
      {c && (
        <section aria-labelledby="case-fields-title" className="card" data-testid="task-case">
          <h2 id="case-fields-title">{t.tasks.caseFields}</h2>
          <dl className="fields">
            <FieldRow label={t.cases.reference} obj={c} field="reference">{c.reference}</FieldRow>
            <FieldRow label={t.cases.type} obj={c} field="type">{t.caseType[c.type ?? ''] ?? c.type}</FieldRow>
            <FieldRow label={t.cases.state} obj={c} field="state">{stateLabel(c.state)}</FieldRow>
            <FieldRow label={t.cases.caseTitle} obj={c} field="title">{c.title}</FieldRow>
          </dl>
          {tk.kind === 'SUSPENSION_REQUEST' && c.forwardingProvider ? <ForwardingView p={c.forwardingProvider} onlyNumbers={inScope} /> : <TypeFields c={c} />}
        </section>
      )}

      <section aria-labelledby="answer-title" className="card" data-testid="task-answer">
        <h2 id="answer-title">{T().answerTitle}</h2>
        {!open ? (
          <p>{T().closed}</p>
        ) : tk.kind === 'SUSPENSION_REQUEST' ? (
          c?.forwardingProvider && <SuspensionAnswers numbers={c.forwardingProvider.numbers.filter(inScope)} onDone={refetch} />
        ) : tk.kind === 'REGULATOR_REFERRAL' ? (
          c && <SupervisoryAnswer c={c} tk={tk} onDone={refetch} />
        ) : (
          <GenericAnswer tk={tk} onDone={refetch} />
        )}
        {open && <RejectTask tk={tk} onDone={refetch} />}
      </section>

      {/* The 63条 status outlives the task: the bureau keeps it current after answering. */}
      {tk.kind === 'LABOUR_REFERRAL' && c && (
        <section aria-labelledby="labour-status-title" className="card">
          <h2 id="labour-status-title">{t.caseFollowUp.labourTitle}</h2>
          <LabourReferralStatusForm c={c} onDone={refetch} />
        </section>
      )}

      {c && (
        <>
          <section className="card" aria-labelledby="task-timeline-title">
            <h2 id="task-timeline-title">{t.caseTypes.timeline}</h2>
            <Timeline c={c} />
          </section>
          <Discussion c={c} onChange={refetch} />
        </>
      )}
    </>
  );
}

/** Acknowledge, then a written answer (the labour referral, the subscriber request, …). */
function GenericAnswer({ tk, onDone }: { tk: Task; onDone: () => Promise<unknown> }) {
  const [answer, setAnswer] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<Result>(null);
  const [ack, a] = useMutation(CtAcknowledgeTaskDocument);
  const [send, s] = useMutation(CtAnswerTaskDocument);
  const f: FormErrors = { prefix: 'ta', errors };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!answer.trim()) errs.answer = T().answerRequired;
    else if (answer.trim().length > 4000) errs.answer = t.caseTypes.filing.tooLong(T().answerText, 4000);
    setErrors(errs);
    if (Object.keys(errs).length) return document.getElementById('ta-answer')?.focus();
    try {
      await send({ variables: { input: { taskId: tk.id, version: tk.version ?? 1, answer: answer.trim() } } });
      setResult({ ok: true, text: T().answered });
      setAnswer('');
    } catch (error) {
      setResult({ ok: false, text: errorMessage(error as Error) });
    }
    await onDone();
  };
  const acknowledge = async () => {
    try {
      await ack({ variables: { input: { taskId: tk.id, version: tk.version ?? 1 } } });
      setResult({ ok: true, text: T().acknowledged });
    } catch (error) {
      setResult({ ok: false, text: errorMessage(error as Error) });
    }
    await onDone();
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="generic-answer">
      {tk.state === 'OPEN' && (
        <p>
          <button type="button" className="button-secondary" disabled={a.loading} onClick={() => void acknowledge()}>{T().acknowledge}</button>
        </p>
      )}
      <label htmlFor="ta-answer">{T().answerText}</label>
      <textarea {...aria(f, 'answer')} rows={4} maxLength={4000} value={answer} onChange={(e) => setAnswer(e.target.value)} />
      <FieldError f={f} k="answer" />
      <button type="submit" disabled={s.loading}>{T().answerSubmit}</button>
      <Outcome r={result} />
    </form>
  );
}

function RejectTask({ tk, onDone }: { tk: Task; onDone: () => Promise<unknown> }) {
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<Result>(null);
  const [reject, { loading }] = useMutation(CtRejectTaskDocument);
  const f: FormErrors = { prefix: 'tr', errors };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) {
      setErrors({ reason: T().rejectRequired });
      return document.getElementById('tr-reason')?.focus();
    }
    setErrors({});
    try {
      await reject({ variables: { input: { taskId: tk.id, version: tk.version ?? 1, reason: reason.trim() } } });
      setResult({ ok: true, text: T().rejected });
    } catch (error) {
      setResult({ ok: false, text: errorMessage(error as Error) });
    }
    await onDone();
  };
  return (
    <details style={{ marginTop: '1rem' }}>
      <summary>{T().reject}</summary>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <TextField f={f} k="reason" label={T().rejectReason} value={reason} onChange={setReason} multiline maxLength={2000} required />
        <button type="submit" className="button-secondary" disabled={loading}>{T().reject}</button>
        <Outcome r={result} />
      </form>
    </details>
  );
}

type ForwardingNumber = NonNullable<Case['forwardingProvider']>['numbers'][number];

/** One form per number of this carrier: suspended (with the date), refused (with the reason), or not ours. */
function SuspensionAnswers({ numbers, onDone }: { numbers: ForwardingNumber[]; onDone: () => Promise<unknown> }) {
  return (
    <>
      <p>{T().perNumber}</p>
      {numbers.map((n) => (
        <SuspensionRow key={n.id} n={n} onDone={onDone} />
      ))}
    </>
  );
}

function SuspensionRow({ n, onDone }: { n: ForwardingNumber; onDone: () => Promise<unknown> }) {
  const [res, setRes] = useState<SuspensionResult | ''>(n.result ?? '');
  const [on, setOn] = useState(n.suspendedOn ?? todayInTokyo());
  const [reason, setReason] = useState(n.resultReason ?? '');
  const [holder, setHolder] = useState(n.contractHolder ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<Result>(null);
  const [answer, { loading }] = useMutation(CtAnswerSuspensionDocument);
  const f: FormErrors = { prefix: `sn-${n.id}`, errors };
  const P = t.caseTypes.provider;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!res) errs.result = T().chooseResult;
    if (res === 'SUSPENDED' && !/^\d{4}-\d{2}-\d{2}$/.test(on)) errs.on = T().suspendedOnRequired;
    if (res === 'REFUSED' && !reason.trim()) errs.reason = T().reasonRequired;
    if (reason.trim().length > 1000) errs.reason = t.caseTypes.filing.tooLong(P.resultReason, 1000);
    if (holder.trim().length > 300) errs.holder = t.caseTypes.filing.tooLong(P.contractHolder, 300);
    setErrors(errs);
    if (Object.keys(errs).length || !res) return;
    try {
      await answer({
        variables: {
          input: {
            numberId: n.id, version: n.version ?? 1, result: res,
            suspendedOn: res === 'SUSPENDED' ? on : undefined,
            reason: res === 'REFUSED' ? reason.trim() : undefined,
            contractHolder: holder.trim() || undefined,
          },
        },
      });
      setResult({ ok: true, text: T().numberAnswered });
    } catch (error) {
      setResult({ ok: false, text: errorMessage(error as Error) });
    }
    await onDone();
  };
  return (
    <form className="answer-row" onSubmit={(e) => void submit(e)} noValidate data-number-id={n.id}>
      <fieldset>
        <legend>
          {n.number ? formatPhone(n.number) : t.redacted.label}
          <span className={n.result ? 'tag tag-ok' : 'tag'}>
            {n.result ? `${t.answer.answered}: ${t.caseTypes.suspensionResult[n.result]}${n.suspendedOn ? `（${formatCalendarDate(n.suspendedOn)}）` : ''}` : t.answer.unanswered}
          </span>
        </legend>
        <div className="form-grid">
          <SelectField f={f} k="result" label={P.result} value={res} required onChange={(v) => setRes(v as SuspensionResult | '')} options={optionsOf(t.caseTypes.suspensionResult)} />
          {res === 'SUSPENDED' && <TextField f={f} k="on" label={P.suspendedOn} value={on} onChange={setOn} type="date" required />}
          {res === 'REFUSED' && <TextField f={f} k="reason" label={P.resultReason} value={reason} onChange={setReason} required maxLength={1000} />}
          <TextField f={f} k="holder" label={P.contractHolder} value={holder} onChange={setHolder} maxLength={300} />
        </div>
        <button type="submit" disabled={loading}>{T().numberSubmit}</button>
        <Outcome r={result} />
      </fieldset>
    </form>
  );
}

/** The regulator reports its supervisory action on the referral of this task. */
function SupervisoryAnswer({ c, tk, onDone }: { c: Case; tk: Task; onDone: () => Promise<unknown> }) {
  const referral = c.forwardingProvider?.referrals.find((r) => r.taskId === tk.id);
  const [action, setAction] = useState(referral?.supervisoryAction ?? '');
  const [on, setOn] = useState(referral?.actionTakenOn ?? todayInTokyo());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<Result>(null);
  const [report, { loading }] = useMutation(CtReportSupervisoryActionDocument);
  const f: FormErrors = { prefix: 'sv', errors };
  const P = t.caseTypes.provider;
  if (!referral) return <GenericAnswer tk={tk} onDone={onDone} />;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!action.trim()) errs.action = T().supervisoryRequired;
    else if (action.trim().length > 2000) errs.action = t.caseTypes.filing.tooLong(P.supervisoryAction, 2000);
    if (on && !/^\d{4}-\d{2}-\d{2}$/.test(on)) errs.on = t.caseTypes.filing.invalidDateTime(P.actionTakenOn);
    setErrors(errs);
    if (Object.keys(errs).length) return;
    try {
      await report({ variables: { input: { referralId: referral.id, version: referral.version ?? 1, supervisoryAction: action.trim(), actionTakenOn: on || undefined } } });
      setResult({ ok: true, text: T().supervisoryDone });
    } catch (error) {
      setResult({ ok: false, text: errorMessage(error as Error) });
    }
    await onDone();
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="supervisory-answer">
      <h3>{T().supervisoryTitle}</h3>
      <div className="form-grid">
        <TextField f={f} k="action" label={P.supervisoryAction} value={action} onChange={setAction} multiline required maxLength={2000} />
        <TextField f={f} k="on" label={P.actionTakenOn} value={on} onChange={setOn} type="date" />
      </div>
      <button type="submit" disabled={loading}>{T().supervisorySubmit}</button>
      <Outcome r={result} />
    </form>
  );
}
