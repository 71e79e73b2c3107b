import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import type { CtCaseQuery, LabourReferralStatus } from '../../gql/graphql';
import { t } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { FieldRow } from '../Redacted';
import { errorMessage } from '../Status';
import { CtRecordEvidenceReceivedDocument, CtSetLabourReferralStatusDocument } from '../../operations/caseTypes';
import { SelectField, TextField, focusFirst, optionsOf, type FormErrors } from './form';

type Case = CtCaseQuery['case'];
type Result = { ok: boolean; text: string } | null;
const F = () => t.caseFollowUp;

function Outcome({ r }: { r: Result }) {
  return r ? <p role={r.ok ? 'status' : 'alert'} className={r.ok ? 'ok-box' : 'error-box'}>{r.text}</p> : null;
}

// Evidence can only come back once the request went abroad; a closed request is history.
const RECEIVING_STATES = ['SENT_ABROAD', 'ACKNOWLEDGED', 'PARTIALLY_ANSWERED', 'ANSWERED'];

/** 'YYYY-MM-DDTHH:mm' typed in Tokyo time → ISO instant (the office PC's zone does not matter). */
export const tokyoLocalToIso = (v: string): string | null => (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v) ? new Date(`${v}:00+09:00`).toISOString() : null);

/**
 * The evidence received from abroad (S): shown to whoever may read it; 警察庁, the channel to the
 * foreign side, records it while the request is abroad (the server checks the write and version).
 */
export function EvidenceReceived({ c, role, onChange }: { c: Case; role: string; onChange: () => Promise<unknown> }) {
  const e = c.evidenceRequest;
  const [evidence, setEvidence] = useState('');
  const [at, setAt] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<Result>(null);
  const [record, { loading }] = useMutation(CtRecordEvidenceReceivedDocument);
  if (c.type !== 'FOREIGN_EVIDENCE_REQUEST' || !e) return null;
  const readable = !e.redactedFields.includes('receivedEvidence');
  const canRecord = readable && role === 'npa.tipdesk' && RECEIVING_STATES.includes(c.state ?? '');
  if (!readable && !e.redactedFields.includes('receivedAt') && !e.receivedAt) return null;
  const f: FormErrors = { prefix: 'ev', errors };
  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    const errs: Record<string, string> = {};
    if (!evidence.trim()) errs.evidence = F().receivedRequired;
    else if (evidence.trim().length > 20000) errs.evidence = t.caseTypes.filing.tooLong(F().receivedEvidence, 20000);
    if (at && !tokyoLocalToIso(at)) errs.at = t.caseTypes.filing.invalidDateTime(F().receivedAt);
    setErrors(errs);
    if (Object.keys(errs).length) return focusFirst(f, errs);
    setResult(null);
    try {
      await record({ variables: { input: { caseId: c.id, version: e.version ?? 1, receivedEvidence: evidence.trim(), receivedAt: at ? tokyoLocalToIso(at) : undefined } } });
      setResult({ ok: true, text: F().receivedDone });
      setEvidence('');
      setAt('');
    } catch (error) {
      setResult({ ok: false, text: errorMessage(error as Error) });
    }
    await onChange();
  };
  return (
    <section className="card" aria-labelledby="received-title" data-testid="evidence-received">
      <h2 id="received-title">{F().receivedTitle}</h2>
      <dl className="fields">
        <FieldRow label={F().receivedEvidence} obj={e} field="receivedEvidence"><span style={{ whiteSpace: 'pre-wrap' }}>{e.receivedEvidence}</span></FieldRow>
        <FieldRow label={F().receivedAt} obj={e} field="receivedAt">{formatDateTime(e.receivedAt)}</FieldRow>
      </dl>
      {canRecord && (
        <form onSubmit={(ev) => void submit(ev)} noValidate>
          <div className="form-grid">
            <TextField f={f} k="evidence" label={F().receivedEvidence} value={evidence} onChange={setEvidence} multiline required maxLength={20000} />
            <TextField f={f} k="at" label={F().receivedAt} value={at} onChange={setAt} type="datetime-local" />
          </div>
          <p className="hint">{F().receivedAtHint}</p>
          <button type="submit" disabled={loading}>{F().receivedSubmit}</button>
        </form>
      )}
      <Outcome r={result} />
    </section>
  );
}

/** 労働局 sets the 職安法63条 status of the post its referral task is about, on the version shown. */
export function LabourReferralStatusForm({ c, onDone }: { c: Case; onDone: () => Promise<unknown> }) {
  const post = c.recruitmentPost;
  const [status, setStatus] = useState<LabourReferralStatus | ''>('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<Result>(null);
  const [save, { loading }] = useMutation(CtSetLabourReferralStatusDocument);
  if (!post || post.redactedFields.includes('labourReferralStatus')) return null;
  const f: FormErrors = { prefix: 'lr', errors };
  const labels = t.caseTypes.labourStatus;
  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    const errs: Record<string, string> = {};
    if (!status) errs.status = F().labourChoose;
    else if (status === post.labourReferralStatus) errs.status = F().labourSame;
    setErrors(errs);
    if (Object.keys(errs).length || !status) return focusFirst(f, errs);
    setResult(null);
    try {
      await save({ variables: { input: { caseId: c.id, version: post.version ?? 1, status } } });
      setResult({ ok: true, text: F().labourDone });
      setStatus('');
    } catch (error) {
      setResult({ ok: false, text: errorMessage(error as Error) });
    }
    await onDone();
  };
  return (
    <form onSubmit={(ev) => void submit(ev)} noValidate data-testid="labour-status">
      <dl className="fields">
        <FieldRow label={F().labourCurrent} obj={post} field="labourReferralStatus">{labels[post.labourReferralStatus ?? ''] ?? post.labourReferralStatus}</FieldRow>
      </dl>
      <SelectField f={f} k="status" label={F().labourStatus} value={status} required onChange={(v) => setStatus(v as LabourReferralStatus | '')} options={optionsOf(labels)} />
      <button type="submit" disabled={loading}>{F().labourSubmit}</button>
      <Outcome r={result} />
    </form>
  );
}
