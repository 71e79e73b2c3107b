import { useRef, useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { t } from '../i18n';
import { endSession, getSession } from '../lib/session';
import { Link } from '../lib/router';
import { ErrorBox, Loading } from '../components/Status';
import { MeDocument } from '../operations';
import { DwAgenciesDocument } from '../operations/departureWork';
import { prefectureChoices } from './departure-validation';

const I = () => t.departureWork.import;

/** The answer of `POST /departure-imports` (per row: filed cases and bad lines, reasons as codes). */
interface ImportResult {
  created: number;
  cases: { line: number; id: string; reference: string }[];
  failed: { line: number; reason: string }[];
  failedCount: number;
}

/** Upload the CSV with the Bearer token (multipart, beside GraphQL): the result, or a message. */
async function uploadDepartures(file: File, prefectureId: string | null): Promise<ImportResult | string> {
  const session = getSession();
  const body = new FormData();
  if (prefectureId) body.append('prefectureId', prefectureId);
  body.append('file', file, file.name);
  const res = await fetch('/departure-imports', { method: 'POST', body, headers: session ? { authorization: `Bearer ${session.accessToken}` } : {} });
  if (res.ok) return (await res.json()) as ImportResult;
  if (res.status === 401) endSession('expired');
  if (res.status === 413) return I().fileTooLarge;
  if (res.status === 400) {
    // The server names why the request as a whole was refused (DEPARTURE.NO_PREFECTURE, …).
    const reason = ((await res.json().catch(() => ({}))) as { reason?: string }).reason;
    return (reason && I().requestReason[reason]) || I().badRequest;
  }
  if (res.status === 403) return t.app.forbidden;
  if (res.status === 409) return t.app.conflict;
  return t.app.error;
}

/**
 * 帰国予定者の CSV 一括登録 (`/cases/import/departure`): the format, the file (and, for immigration,
 * the prefecture whose police HQ will own the cases), the upload, and the result per row: the cases
 * filed (links) and the lines refused with a Japanese reason (never a value). The police may use
 * the page too (no prefecture: their own agency owns the cases); the server decides who may.
 */
export function DepartureImportPage() {
  const { data } = useQuery(MeDocument, { fetchPolicy: 'cache-first' });
  const me = data?.me;
  if (!me) return <Loading />;
  return <ImportForm immigration={me.role === 'liaison' && me.agency.kind === 'IMMIGRATION'} />;
}

function ImportForm({ immigration }: { immigration: boolean }) {
  const directory = useQuery(DwAgenciesDocument, { skip: !immigration });
  const prefectures = prefectureChoices(directory.data?.agencies ?? []);
  const [prefectureId, setPrefectureId] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (immigration && !prefectureId) errs.prefectureId = t.departureWork.prefectureRequired;
    if (!file) errs.file = I().fileRequired;
    setErrors(errs);
    setFailure(null);
    if (Object.keys(errs).length || !file) {
      document.getElementById(`di-${Object.keys(errs)[0]}`)?.focus();
      return;
    }
    setBusy(true);
    setResult(null);
    try {
      const answer = await uploadDepartures(file, immigration ? prefectureId : null);
      if (typeof answer === 'string') setFailure(answer);
      else {
        setResult(answer);
        if (fileInput.current) fileInput.current.value = '';
        setFile(null);
        // Move the focus to the result so keyboard and screen-reader users hear it.
        setTimeout(() => resultHeading.current?.focus(), 0);
      }
    } catch {
      setFailure(t.app.error);
    } finally {
      setBusy(false);
    }
  };

  const described = (key: string, hint?: string) => ({
    id: `di-${key}`,
    'aria-invalid': !!errors[key],
    'aria-describedby': [errors[key] ? `di-${key}-err` : null, hint ?? null].filter(Boolean).join(' ') || undefined,
  });
  const err = (key: string) =>
    errors[key] ? (
      <p id={`di-${key}-err`} className="field-error">
        {errors[key]}
      </p>
    ) : null;

  return (
    <>
      <h1>{I().title}</h1>
      <p>{I().intro}</p>

      <section className="card" aria-labelledby="di-format-title" data-testid="import-format">
        <h2 id="di-format-title">{I().formatTitle}</h2>
        <p>{I().formatIntro}</p>
        <table>
          <thead>
            <tr>
              <th scope="col">{I().column}</th>
              <th scope="col">{I().meaning}</th>
              <th scope="col">{I().requiredCol}</th>
            </tr>
          </thead>
          <tbody>
            {I().columns.map((c) => (
              <tr key={c.name}>
                <td><code>{c.name}</code></td>
                <td>{c.label}</td>
                <td>{c.required ? I().required : I().optional}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted">{I().columnNote}</p>
        <h3>{I().example}</h3>
        <pre style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          <code>{I().exampleText}</code>
        </pre>
      </section>

      <form onSubmit={(e) => void submit(e)} noValidate className="card" data-testid="import-form">
        {Object.keys(errors).length > 0 && (
          <p role="alert" className="error-box">
            {t.filing.errorsSummary(Object.keys(errors).length)}
          </p>
        )}
        {failure && (
          <p role="alert" className="error-box" data-testid="import-failure">
            {failure}
          </p>
        )}
        {immigration && (
          <div>
            <label htmlFor="di-prefectureId">
              {t.departureWork.prefecture}
              <span aria-hidden="true"> *</span>
            </label>
            <select {...described('prefectureId', 'di-prefectureId-hint')} required value={prefectureId} onChange={(e) => setPrefectureId(e.target.value)}>
              <option value="">{t.filing.choose}</option>
              {prefectures.map((p) => (
                <option key={p.value} value={p.value}>
                  {p.label}
                </option>
              ))}
            </select>
            <p id="di-prefectureId-hint" className="muted">{t.departureWork.prefectureHint}</p>
            {directory.error ? <ErrorBox error={directory.error} /> : null}
            {directory.data && prefectures.length === 0 && <p role="alert" className="error-box">{t.departureWork.prefecturesMissing}</p>}
            {err('prefectureId')}
          </div>
        )}
        <div>
          <label htmlFor="di-file">
            {I().file}
            <span aria-hidden="true"> *</span>
          </label>
          <input {...described('file')} ref={fileInput} type="file" accept=".csv,text/csv" required onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          {err('file')}
        </div>
        <button type="submit" disabled={busy}>
          {busy ? I().submitting : I().submit}
        </button>
      </form>

      {result && (
        <section className="card" aria-labelledby="di-result-title" data-testid="import-result">
          <h2 id="di-result-title" ref={resultHeading} tabIndex={-1}>
            {I().resultTitle}
          </h2>
          <p role="status" className={result.failedCount ? 'error-box' : 'ok-box'}>
            {I().summary(result.created, result.failedCount)}
          </p>
          <h3>{I().filedTitle}</h3>
          {result.cases.length === 0 ? (
            <p>{I().noneFiled}</p>
          ) : (
            <table data-testid="import-filed">
              <thead>
                <tr>
                  <th scope="col">{I().line}</th>
                  <th scope="col">{I().caseRef}</th>
                </tr>
              </thead>
              <tbody>
                {result.cases.map((c) => (
                  <tr key={c.id} data-line={c.line}>
                    <td>{I().lineN(c.line)}</td>
                    <td>
                      <Link to={`/cases/${c.id}`}>{c.reference}</Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h3>{I().failedTitle}</h3>
          {result.failed.length === 0 ? (
            <p>{I().noneFailed}</p>
          ) : (
            <>
              {result.failedCount > result.failed.length && <p>{I().moreFailed(result.failed.length, result.failedCount)}</p>}
              <table data-testid="import-failed">
                <thead>
                  <tr>
                    <th scope="col">{I().line}</th>
                    <th scope="col">{I().reason}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.failed.map((f) => (
                    <tr key={`${f.line}-${f.reason}`} data-line={f.line} data-reason={f.reason}>
                      <td>{I().lineN(f.line)}</td>
                      <td>{t.departureWork.reason(f.reason)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="muted">{I().noValues}</p>
            </>
          )}
        </section>
      )}
    </>
  );
}
