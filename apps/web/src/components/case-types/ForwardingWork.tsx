import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import type { CtCaseQuery, FwImportQuery } from '../../gql/graphql';
import { t } from '../../i18n';
import { formatDateTime, formatPhone } from '../../lib/format';
import { endSession, getSession } from '../../lib/session';
import { FieldValue } from '../Redacted';
import { errorMessage } from '../Status';
import { useAgencies } from '../useAgencies';
import { FwCarriersDocument, FwImportDocument, FwRestrictStockDocument } from '../../operations/forwardingWork';
import { FieldError, aria, type FormErrors } from './form';

type Case = CtCaseQuery['case'];
type Import = FwImportQuery['forwardingImport'];
type Result = { ok: boolean; text: string } | null;

const F = () => t.forwardingWork;

/** The roles that write a call-forwarding case's numbers (VISIBILITY §2, police RW); the server decides in the end. */
const WRITERS = ['station.manager', 'station.investigator', 'hq.coordinator'];
/** How often, and at most how long, the import's progress is asked for. */
const POLL_MS = 500;
const POLL_LIMIT_MS = 10 * 60_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The police's work on a call-forwarding case beyond the requests: the numbers CSV import
 * (all-or-nothing, with the rejected lines) and the stock-number batch restriction. Nothing for
 * other case types, nor for roles that may not write the numbers.
 */
export function ForwardingWork({ c, role, onChange }: { c: Case; role: string; onChange: () => Promise<unknown> }) {
  if (c.type !== 'CALL_FORWARDING_PROVIDER' || !c.forwardingProvider || !WRITERS.includes(role)) return null;
  return (
    <section className="card" aria-labelledby="fw-title" data-testid="forwarding-work">
      <h2 id="fw-title">{F().title}</h2>
      <NumbersImport c={c} onChange={onChange} />
      {c.state !== 'CLOSED' && <StockRestriction c={c} onChange={onChange} />}
    </section>
  );
}

/** POST /forwarding-imports (multipart, Bearer token). Resolves to the import's id, or throws the message to show. */
async function uploadNumbers(caseId: string, file: File): Promise<string> {
  const I = F().import;
  const session = getSession();
  const body = new FormData();
  body.append('caseId', caseId);
  body.append('file', file, file.name);
  const res = await fetch('/forwarding-imports', { method: 'POST', body, headers: session ? { authorization: `Bearer ${session.accessToken}` } : {} });
  if (res.ok) {
    const json = (await res.json()) as { id?: string };
    if (json.id) return json.id;
    throw new Error(t.app.error);
  }
  if (res.status === 401) endSession('expired');
  if (res.status === 413) throw new Error(I.http.tooLarge);
  if (res.status === 400) throw new Error(I.http.badRequest);
  if (res.status === 403) throw new Error(t.app.forbidden);
  if (res.status === 404) throw new Error(t.app.notFoundRecord);
  throw new Error(t.app.error);
}

function NumbersImport({ c, onChange }: { c: Case; onChange: () => Promise<unknown> }) {
  const I = F().import;
  const client = useApolloClient();
  const carriers = useQuery(FwCarriersDocument, { fetchPolicy: 'cache-first' });
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [phase, setPhase] = useState<string | null>(null);
  const [imp, setImp] = useState<Import | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const f: FormErrors = { prefix: 'fw-import', errors };
  const carrierList = (carriers.data?.agencies ?? []).filter((a) => a.kind === 'CARRIER' && a.active !== false && a.code);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) {
      setErrors({ file: I.fileRequired });
      document.getElementById('fw-import-file')?.focus();
      return;
    }
    setErrors({});
    setImp(null);
    setFailure(null);
    setBusy(true);
    setPhase(I.uploading);
    try {
      const id = await uploadNumbers(c.id, file);
      const until = Date.now() + POLL_LIMIT_MS;
      let current: Import | null = null;
      while (alive.current && Date.now() < until) {
        const { data } = await client.query({ query: FwImportDocument, variables: { id }, fetchPolicy: 'network-only' });
        current = data?.forwardingImport ?? null;
        if (!current) throw new Error(t.app.notFoundRecord);
        if (current.state === 'SUCCEEDED' || current.state === 'FAILED') break;
        setPhase(current.state === 'QUEUED' ? I.queued : I.running(current.processedRows, current.totalRows));
        await sleep(POLL_MS);
      }
      if (!alive.current) return;
      if (!current || (current.state !== 'SUCCEEDED' && current.state !== 'FAILED')) {
        setFailure(I.timeout);
        return;
      }
      setImp(current);
      if (current.state === 'SUCCEEDED') {
        setFile(null);
        if (fileInput.current) fileInput.current.value = '';
        await onChange();
      }
    } catch (error) {
      const err = error as Error & { errors?: unknown };
      if (alive.current) setFailure(err.errors ? errorMessage(err) : err.message || t.app.error);
    } finally {
      if (alive.current) {
        setBusy(false);
        setPhase(null);
      }
    }
  };

  return (
    <div data-testid="forwarding-import">
      <h3 id="fw-import-title">{I.title}</h3>
      <p>{I.intro}</p>
      <table data-testid="forwarding-import-columns">
        <caption>{I.columnsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{I.columnName}</th>
            <th scope="col">{I.columnMeaning}</th>
            <th scope="col">{I.columnValues}</th>
            <th scope="col">{I.columnRequired}</th>
          </tr>
        </thead>
        <tbody>
          {I.columns.map((col) => (
            <tr key={col.name}>
              <th scope="row"><code>{col.name}</code></th>
              <td>{col.meaning}</td>
              <td>{col.values}</td>
              <td>{col.required ? I.required : I.optional}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {carrierList.length > 0 && (
        <table data-testid="forwarding-import-carriers">
          <caption>{I.carriersCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{I.carrierName}</th>
              <th scope="col">{I.carrierCode}</th>
            </tr>
          </thead>
          <tbody>
            {carrierList.map((a) => (
              <tr key={a.id}>
                <td>{a.name}</td>
                <td><code>{a.code}</code></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted">{I.example}</p>
      <pre className="clip" style={{ whiteSpace: 'pre-wrap' }}>{I.exampleCsv}</pre>
      <p><strong>{I.allOrNothing}</strong></p>
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="fw-import-title" data-testid="forwarding-import-form">
        <label htmlFor="fw-import-file">
          {I.file}
          <span aria-hidden="true"> *</span>
        </label>
        <input
          {...aria(f, 'file')}
          aria-describedby={errors.file ? 'fw-import-file-hint fw-import-file-err' : 'fw-import-file-hint'}
          ref={fileInput}
          type="file"
          accept=".csv,text/csv"
          required
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        <p className="muted" id="fw-import-file-hint">{I.fileHint}</p>
        <FieldError f={f} k="file" />
        <button type="submit" disabled={busy}>{I.submit}</button>
      </form>
      {phase && (
        <p role="status" className="muted" data-testid="forwarding-import-progress">
          {phase}
        </p>
      )}
      {failure && (
        <p role="alert" className="error-box" data-testid="forwarding-import-result">
          {failure}
        </p>
      )}
      {imp && <ImportOutcome imp={imp} />}
    </div>
  );
}

/** The finished import: how many numbers came in, or why nothing did (every rejected line). */
function ImportOutcome({ imp }: { imp: Import }) {
  const I = F().import;
  if (imp.state === 'SUCCEEDED') {
    return (
      <p role="status" className="ok-box" data-testid="forwarding-import-result">
        {I.succeeded(imp.importedRows, imp.fileName)}
      </p>
    );
  }
  if (imp.errorCount === 0) {
    return (
      <p role="alert" className="error-box" data-testid="forwarding-import-result">
        {I.failedNothing} {imp.failure ? (I.failure[imp.failure] ?? I.failure[imp.failure.replace(/^CALL_FORWARDING\./, '')] ?? '') : ''}
      </p>
    );
  }
  return (
    <div role="alert" className="error-box" data-testid="forwarding-import-result">
      <p style={{ margin: 0 }}>{I.rejected(imp.errorCount)}</p>
      {imp.errors.length < imp.errorCount && <p style={{ margin: '0.25rem 0 0' }}>{I.rejectedMore(imp.errors.length, imp.errorCount)}</p>}
      <table data-testid="forwarding-import-errors">
        <caption>{I.errorsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{I.line}</th>
            <th scope="col">{I.reasonHeader}</th>
          </tr>
        </thead>
        <tbody>
          {imp.errors.map((x, i) => (
            <tr key={`${x.line}-${i}`}>
              <td>{I.lineNo(x.line)}</td>
              <td>{I.reason[x.reason] ?? I.unknownReason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** 在庫番号一括利用制限: the stock numbers, a confirmation step, then how many and which carriers' tasks. */
function StockRestriction({ c, onChange }: { c: Case; onChange: () => Promise<unknown> }) {
  const S = F().stock;
  const agencies = useAgencies();
  const [restrict, { loading }] = useMutation(FwRestrictStockDocument);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<{ restrictedCount: number; taskIds: string[] } | null>(null);
  const [result, setResult] = useState<Result>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const numbers = c.forwardingProvider?.numbers ?? [];
  const stock = numbers.filter((n) => n.usage === 'STOCK');
  const restricted = stock.filter((n) => n.restrictedAt).length;
  const unrestricted = stock.length - restricted;

  const run = async () => {
    setResult(null);
    setDone(null);
    try {
      const res = await restrict({ variables: { caseId: c.id } });
      const r = res.data?.restrictStockNumbers;
      if (r) setDone({ restrictedCount: r.restrictedCount, taskIds: [...r.taskIds] });
    } catch (error) {
      const reasons = ((error as { errors?: { extensions?: { reason?: string } }[] }).errors ?? []).map((x) => x.extensions?.reason);
      setResult({ ok: false, text: reasons.includes('CALL_FORWARDING.NO_STOCK_NUMBERS') ? S.none : errorMessage(error as Error) });
    } finally {
      setConfirming(false);
    }
    await onChange();
  };

  const cancel = () => {
    setConfirming(false);
    startRef.current?.focus();
  };

  return (
    <div data-testid="stock-restriction">
      <h3 id="fw-stock-title" style={{ marginTop: '1.5rem' }}>{S.title}</h3>
      <p>{S.intro}</p>
      {stock.length === 0 ? (
        <p>{S.noStock}</p>
      ) : (
        <>
          <p>{S.summary(stock.length, restricted)}</p>
          <table data-testid="stock-numbers">
            <caption>{S.numbersCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{S.number}</th>
                <th scope="col">{S.carrier}</th>
                <th scope="col">{S.restrictedAt}</th>
              </tr>
            </thead>
            <tbody>
              {stock.map((n) => (
                <tr key={n.id}>
                  <td><FieldValue obj={n} field="number">{formatPhone(n.number)}</FieldValue></td>
                  <td><FieldValue obj={n} field="carrierAgencyId">{agencies.name(n.carrierAgencyId)}</FieldValue></td>
                  <td><FieldValue obj={n} field="restrictedAt">{n.restrictedAt ? formatDateTime(n.restrictedAt) : S.notRestricted}</FieldValue></td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {stock.length > 0 && unrestricted === 0 && !done && <p className="muted">{S.allRestricted}</p>}
      {!confirming && unrestricted > 0 && (
        <button ref={startRef} type="button" disabled={loading} onClick={() => setConfirming(true)}>
          {S.start}
        </button>
      )}
      {confirming && (
        <div
          ref={confirmRef}
          tabIndex={-1}
          role="group"
          aria-labelledby="fw-stock-confirm-title"
          aria-describedby="fw-stock-confirm-text"
          className="card"
          data-testid="stock-confirm"
          onKeyDown={(e) => {
            if (e.key === 'Escape') cancel();
          }}
        >
          <h4 id="fw-stock-confirm-title">{S.confirmTitle}</h4>
          <p id="fw-stock-confirm-text">{S.confirm(unrestricted)}</p>
          <div style={{ display: 'flex', gap: '0.5rem' }}>
            <button type="button" disabled={loading} onClick={() => void run()}>
              {S.confirmButton}
            </button>
            <button type="button" className="button-secondary" disabled={loading} onClick={cancel}>
              {S.cancel}
            </button>
          </div>
        </div>
      )}
      {result && (
        <p role={result.ok ? 'status' : 'alert'} className={result.ok ? 'ok-box' : 'error-box'}>
          {result.text}
        </p>
      )}
      {done && (
        <div role="status" className="ok-box" data-testid="stock-result">
          <p style={{ margin: 0 }}>{done.restrictedCount > 0 ? S.done(done.restrictedCount) : S.doneNone}</p>
          <p style={{ margin: '0.25rem 0 0' }}>{done.taskIds.length > 0 ? S.tasks(done.taskIds.length) : S.noTasks}</p>
          {done.taskIds.length > 0 && (
            <ul>
              {done.taskIds.map((id) => {
                const task = c.tasks.find((x) => x.id === id);
                return <li key={id}>{S.taskOf(task?.agencyId ? agencies.name(task.agencyId) : id)}</li>;
              })}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
