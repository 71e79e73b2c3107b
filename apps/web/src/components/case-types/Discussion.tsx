import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import type { Audience, CtCaseQuery } from '../../gql/graphql';
import { t } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { endSession, getSession } from '../../lib/session';
import { FieldValue } from '../Redacted';
import { errorMessage } from '../Status';
import { useAgencies } from '../useAgencies';
import { CtAddCommentDocument } from '../../operations/caseTypes';
import { ErrorSummary, FieldError, SelectField, aria, focusFirst, optionsOf, type FormErrors } from './form';

type Case = CtCaseQuery['case'];
const D = () => t.caseTypes;

function audienceLabel(agencies: ReturnType<typeof useAgencies>, audience?: string | null, agencyId?: string | null): string {
  if (!audience) return '';
  const base = D().audience[audience] ?? audience;
  return audience === 'AGENCY' && agencyId ? `${base}（${agencies.name(agencyId)}）` : base;
}

/** Upload one file with the Bearer token (multipart, beside GraphQL). Resolves to an error message or null. */
export async function uploadAttachment(caseId: string, file: File, audience: string, audienceAgencyId: string | null): Promise<string | null> {
  const session = getSession();
  const body = new FormData();
  body.append('caseId', caseId);
  body.append('audience', audience);
  if (audienceAgencyId) body.append('audienceAgencyId', audienceAgencyId);
  body.append('file', file, file.name);
  const res = await fetch('/attachments', { method: 'POST', body, headers: session ? { authorization: `Bearer ${session.accessToken}` } : {} });
  if (res.ok) return null;
  if (res.status === 401) endSession('expired');
  if (res.status === 413) return D().attachments.tooLarge;
  if (res.status === 400) return D().attachments.badType;
  if (res.status === 403) return t.app.forbidden;
  if (res.status === 404) return t.app.notFoundRecord;
  return t.app.error;
}

/** Download with the token (a plain link cannot carry it), then hand the Blob to the browser. */
async function downloadAttachment(id: string, fileName: string): Promise<string | null> {
  const session = getSession();
  const res = await fetch(`/attachments/${id}`, { headers: session ? { authorization: `Bearer ${session.accessToken}` } : {} });
  if (res.status === 401) endSession('expired');
  if (!res.ok) return D().attachments.downloadFailed;
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return null;
}

/**
 * Comments (each with its audience) and attachments of a case, and the form that adds a comment
 * and/or a file for an audience: police only, all parties, or one agency and the police.
 */
export function Discussion({ c, onChange }: { c: Case; onChange: () => Promise<unknown> }) {
  const agencies = useAgencies();
  const A = D().attachments;
  const M = D().comments;
  const [audience, setAudience] = useState<Audience | ''>(''); // an explicit choice every time: no accidental sharing
  const [agencyId, setAgencyId] = useState('');
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [addComment] = useMutation(CtAddCommentDocument);
  const f: FormErrors = { prefix: 'cm', errors };
  // "One agency and the police": the agencies that hold a task in this case (others cannot open it).
  const tasked = [...new Set(c.tasks.map((x) => x.agencyId).filter((x): x is string => !!x))];
  const agencyOptions = (tasked.length ? tasked.map((id) => ({ id, name: agencies.name(id) })) : agencies.list.filter((a) => a.kind !== 'POLICE_STATION' && a.kind !== 'POLICE_HQ'))
    .map((a) => ({ value: a.id, label: a.name ?? a.id }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const file = fileInput.current?.files?.[0] ?? null;
    const errs: Record<string, string> = {};
    if (!audience) errs.audience = t.caseTypes.filing.chooseRequired(M.audience);
    if (audience === 'AGENCY' && !agencyId) errs.agency = M.agencyRequired;
    if (!body.trim() && !file) errs.body = M.bodyRequired;
    if (body.trim().length > 4000) errs.body = t.caseTypes.filing.tooLong(M.body, 4000);
    if (file && file.size > 10 * 1024 * 1024) errs.file = A.tooLarge;
    setErrors(errs);
    setResult(null);
    if (Object.keys(errs).length || !audience) return focusFirst(f, errs);
    setBusy(true);
    const audienceAgencyId = audience === 'AGENCY' ? agencyId : null;
    const done: string[] = [];
    try {
      if (body.trim()) {
        await addComment({ variables: { input: { caseId: c.id, audience, audienceAgencyId, body: body.trim() } } });
        done.push(M.added);
        setBody('');
      }
      if (file) {
        const failed = await uploadAttachment(c.id, file, audience, audienceAgencyId);
        if (failed) throw new Error(failed);
        done.push(A.uploaded(file.name));
        if (fileInput.current) fileInput.current.value = '';
      }
      setResult({ ok: true, text: done.join(' ') });
    } catch (error) {
      const msg = (error as { errors?: unknown }).errors ? errorMessage(error as Error) : (error as Error).message;
      setResult({ ok: false, text: [...done, msg].join(' ') });
    } finally {
      setBusy(false);
      await onChange();
    }
  };

  return (
    <>
      <section className="card" aria-labelledby="comments-title">
        <h2 id="comments-title">{M.title}</h2>
        {c.comments.length === 0 ? (
          <p>{M.none}</p>
        ) : (
          <ol className="timeline" data-testid="case-comments">
            {c.comments.map((x) => (
              <li key={x.id}>
                <time dateTime={x.createdAt ?? undefined}>{formatDateTime(x.createdAt)}</time>{' '}
                <span className="tag">{audienceLabel(agencies, x.audience, x.audienceAgencyId)}</span>{' '}
                {x.authorAgencyId && <span className="muted">{M.by(agencies.name(x.authorAgencyId))}</span>}
                <p style={{ whiteSpace: 'pre-wrap', margin: '0.25rem 0 0' }}><FieldValue obj={x} field="body">{x.body}</FieldValue></p>
              </li>
            ))}
          </ol>
        )}
        <form onSubmit={(e) => void submit(e)} noValidate data-testid="comment-form">
          <ErrorSummary count={Object.keys(errors).length} testId="comment-errors" />
          <div className="form-grid">
            <SelectField f={f} k="audience" label={M.audience} value={audience} required onChange={(v) => setAudience(v as Audience | '')} options={optionsOf(D().audience)} />
            {audience === 'AGENCY' && <SelectField f={f} k="agency" label={M.agency} value={agencyId} required onChange={setAgencyId} options={agencyOptions} />}
            <div style={{ gridColumn: '1 / -1' }}>
              <label htmlFor="cm-body">{M.body}</label>
              <textarea {...aria(f, 'body')} rows={3} maxLength={4000} value={body} onChange={(e) => setBody(e.target.value)} />
              <FieldError f={f} k="body" />
            </div>
            <div>
              <label htmlFor="cm-file">{A.file}</label>
              <input {...aria(f, 'file')} ref={fileInput} type="file" accept=".pdf,.png,.jpg,.jpeg,.xlsx,.docx,.txt,.csv" aria-describedby={errors.file ? 'cm-file-err' : 'cm-file-hint'} />
              <p id="cm-file-hint" className="muted">{A.hint}</p>
              <FieldError f={f} k="file" />
            </div>
          </div>
          <button type="submit" disabled={busy}>{busy ? M.submitting : M.submit}</button>
          {result && <p role={result.ok ? 'status' : 'alert'} className={result.ok ? 'ok-box' : 'error-box'}>{result.text}</p>}
        </form>
      </section>
      <section className="card" aria-labelledby="attachments-title">
        <h2 id="attachments-title">{A.title}</h2>
        {downloadError && <p role="alert" className="error-box">{downloadError}</p>}
        {c.attachments.length === 0 ? (
          <p>{A.none}</p>
        ) : (
          <table data-testid="case-attachments">
            <thead>
              <tr>
                <th scope="col">{A.name}</th>
                <th scope="col">{M.audience}</th>
                <th scope="col">{A.uploader}</th>
                <th scope="col">{A.uploadedAt}</th>
                <th scope="col"><span className="muted">—</span></th>
              </tr>
            </thead>
            <tbody>
              {c.attachments.map((x) => (
                <tr key={x.id}>
                  <td><FieldValue obj={x} field="fileName">{x.fileName}</FieldValue>{x.sizeBytes != null && <span className="muted">（{A.size(Math.max(1, Math.round(x.sizeBytes / 1024)))}）</span>}</td>
                  <td>{audienceLabel(agencies, x.audience, x.audienceAgencyId)}</td>
                  <td><FieldValue obj={x} field="uploadedAgencyId">{agencies.name(x.uploadedAgencyId)}</FieldValue></td>
                  <td>{formatDateTime(x.createdAt)}</td>
                  <td>
                    <button type="button" className="button-secondary" onClick={() => void downloadAttachment(x.id, x.fileName ?? 'attachment').then(setDownloadError)}>
                      {A.download(x.fileName ?? '')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
