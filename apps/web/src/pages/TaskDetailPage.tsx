import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { t } from '../i18n';
import { formatCalendarDate, formatDateTime, formatDue, formatPhone, todayInTokyo } from '../lib/format';
import { FieldRow } from '../components/Redacted';
import { ResidentView } from '../components/ResidentView';
import { ErrorBox, Loading, errorMessage } from '../components/Status';
import { useAgencies } from '../components/useAgencies';
import { AnswerAccountDocument, AnswerContractDocument, CaseForTaskDocument, TaskDocument } from '../operations';

const STATUSES = ['NOT_HELD', 'NORMAL', 'WITHDRAWALS_RESTRICTED', 'FROZEN', 'CLOSED'] as const;
type RowStatus = (typeof STATUSES)[number];

/** A task, the case as this agency may see it, and the per-row answer form of departure tasks. */
export function TaskDetailPage({ id }: { id: string }) {
  const task = useQuery(TaskDocument, { variables: { id } });
  const caseId = task.data?.task.caseId;
  const kase = useQuery(CaseForTaskDocument, { variables: { id: caseId ?? '' }, skip: !caseId });
  const agencies = useAgencies();

  if (task.error) return <ErrorBox error={task.error} />;
  if (!task.data) return <Loading />;
  const tk = task.data.task;
  const c = kase.data?.case;
  const resident = c?.departingResident;
  const inScope = (row: { id: string; taskId?: string | null }) => (tk.scopeRefs ?? []).includes(row.id) || row.taskId === tk.id;
  const refetch = () => Promise.all([task.refetch(), kase.refetch()]);

  return (
    <>
      <h1>{t.tasks.detailTitle}</h1>
      <section aria-labelledby="task-title" className="card">
        <h2 id="task-title">{t.taskKind[tk.kind ?? ''] ?? tk.kind}</h2>
        <dl className="fields">
          <FieldRow label={t.tasks.state} obj={tk} field="state">{t.taskState[tk.state ?? ''] ?? tk.state}</FieldRow>
          <FieldRow label={t.tasks.due} obj={tk} field="dueAt">{formatDue(tk.dueAt)}</FieldRow>
          <FieldRow label={t.tasks.request} obj={tk} field="request">{tk.request}</FieldRow>
          <FieldRow label={t.tasks.legalBasis} obj={tk} field="legalBasis">{tk.legalBasis}</FieldRow>
          {tk.answer && <FieldRow label={t.tasks.answer} obj={tk} field="answer">{tk.answer}</FieldRow>}
          {tk.answeredAt && <FieldRow label={t.tasks.answeredAt} obj={tk} field="answeredAt">{formatDateTime(tk.answeredAt)}</FieldRow>}
        </dl>
      </section>

      {kase.error && <ErrorBox error={kase.error} />}
      {c && (
        <section aria-labelledby="case-fields-title" className="card" data-testid="task-case">
          <h2 id="case-fields-title">{t.tasks.caseFields}</h2>
          <dl className="fields">
            <FieldRow label={t.cases.reference} obj={c} field="reference">{c.reference}</FieldRow>
            <FieldRow label={t.cases.type} obj={c} field="type">{t.caseType[c.type ?? ''] ?? c.type}</FieldRow>
            <FieldRow label={t.cases.state} obj={c} field="state">{t.caseState[c.state ?? ''] ?? c.state}</FieldRow>
            <FieldRow label={t.cases.caseTitle} obj={c} field="title">{c.title}</FieldRow>
          </dl>
          {resident && <ResidentView resident={resident} />}
        </section>
      )}

      {resident && (
        <section aria-labelledby="answer-title" className="card">
          <h2 id="answer-title">{t.answer.title}</h2>
          <p>{t.answer.perRow}</p>
          {resident.accounts.filter(inScope).map((a) => (
            <AnswerRow
              key={a.id}
              kind="account"
              row={a}
              legend={`${agencies.name(a.bankAgencyId)} ${a.branchName ?? ''} ${a.accountType ? t.accountType[a.accountType] : ''} ${a.accountNumber ?? t.redacted.label}`}
              onDone={refetch}
            />
          ))}
          {resident.contracts.filter(inScope).map((c) => (
            <AnswerRow key={c.id} kind="contract" row={c} legend={`${agencies.name(c.carrierAgencyId)} ${c.number ? formatPhone(c.number) : t.redacted.label}`} onDone={refetch} />
          ))}
        </section>
      )}
    </>
  );
}

interface Row {
  id: string;
  version?: number | null;
  status?: string | null;
  legalBasis?: string | null;
  statusOn?: string | null;
  redactedFields: readonly string[];
}

function AnswerRow({ kind, row, legend, onDone }: { kind: 'account' | 'contract'; row: Row; legend: string; onDone: () => Promise<unknown> }) {
  const [status, setStatus] = useState<RowStatus | ''>((row.status as RowStatus) ?? '');
  const [legalBasis, setLegalBasis] = useState(row.legalBasis ?? '');
  const [statusOn, setStatusOn] = useState(row.statusOn ?? todayInTokyo());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [answerAccount, a] = useMutation(AnswerAccountDocument);
  const [answerContract, c] = useMutation(AnswerContractDocument);
  const busy = a.loading || c.loading;
  const p = `row-${row.id}`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!status) errs.status = t.answer.chooseStatus;
    if (!legalBasis.trim()) errs.legalBasis = t.answer.legalBasisRequired;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(statusOn)) errs.statusOn = t.answer.dateRequired;
    setErrors(errs);
    if (Object.keys(errs).length || !status) return;
    const input = { id: row.id, version: row.version ?? 1, status, legalBasis: legalBasis.trim(), statusOn };
    try {
      if (kind === 'account') await answerAccount({ variables: { input } });
      else await answerContract({ variables: { input } });
      setResult({ ok: true, text: t.answer.done });
      await onDone();
    } catch (error) {
      setResult({ ok: false, text: errorMessage(error as Error) });
    }
  };

  return (
    <form className="answer-row" onSubmit={(e) => void submit(e)} noValidate data-row-id={row.id}>
      <fieldset>
        <legend>
          {legend}
          <span className={row.status ? 'tag tag-ok' : 'tag'}>{row.status ? `${t.answer.answered}: ${t.rowStatus[row.status]}（${formatCalendarDate(row.statusOn)}）` : t.answer.unanswered}</span>
        </legend>
        <div className="form-grid">
          <div>
            <label htmlFor={`${p}-status`}>{t.answer.status}</label>
            <select id={`${p}-status`} value={status} onChange={(e) => setStatus(e.target.value as RowStatus)} aria-invalid={!!errors.status} aria-describedby={errors.status ? `${p}-status-err` : undefined}>
              <option value="">{t.filing.choose}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>{t.rowStatus[s]}</option>
              ))}
            </select>
            {errors.status && <p id={`${p}-status-err`} className="field-error">{errors.status}</p>}
          </div>
          <div>
            <label htmlFor={`${p}-basis`}>{t.answer.legalBasis}</label>
            <input id={`${p}-basis`} value={legalBasis} maxLength={500} onChange={(e) => setLegalBasis(e.target.value)} aria-invalid={!!errors.legalBasis} aria-describedby={errors.legalBasis ? `${p}-basis-err` : undefined} />
            {errors.legalBasis && <p id={`${p}-basis-err`} className="field-error">{errors.legalBasis}</p>}
          </div>
          <div>
            <label htmlFor={`${p}-on`}>{t.answer.statusOn}</label>
            <input id={`${p}-on`} type="date" value={statusOn} onChange={(e) => setStatusOn(e.target.value)} aria-invalid={!!errors.statusOn} aria-describedby={errors.statusOn ? `${p}-on-err` : undefined} />
            {errors.statusOn && <p id={`${p}-on-err`} className="field-error">{errors.statusOn}</p>}
          </div>
        </div>
        <button type="submit" disabled={busy}>{busy ? t.answer.submitting : t.answer.submit}</button>
        {result && <p role={result.ok ? 'status' : 'alert'} className={result.ok ? 'ok-box' : 'error-box'}>{result.text}</p>}
      </fieldset>
    </form>
  );
}
