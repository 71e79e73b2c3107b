import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { t } from '../i18n';
import { formatDateTime, todayInTokyo } from '../lib/format';
import { getSession } from '../lib/session';
import { FieldValue } from '../components/Redacted';
import { ErrorBox, Loading, errorMessage } from '../components/Status';
import { Checkbox } from '../components/tips/Checkbox';
import { GenerateTipReportDocument, TipDocument, TipReportFilesDocument, TipsDocument } from '../operations/tips';
import type { GenerateTipReportInput, TipReportKind } from '../gql/graphql';

const M = t.tips.reports;
const KINDS = ['TIP', 'ADDITIONAL_INFORMATION', 'DAILY_INTAKE', 'MONTHLY_BUSINESS'] as const;

/** The server's passphrase policy (tip-report.crypto.ts): 12+ characters, 5+ distinct ones, after NFC. */
export function passphraseOk(p: string): boolean {
  const chars = [...p.normalize('NFC')];
  return chars.length >= 12 && chars.length <= 1024 && new Set(chars).size >= 5;
}

/**
 * The report files to 警察庁: npa.tipdesk lists and downloads them (encrypted; the passphrase
 * comes from the contractor), tipline.receiver generates them and sees what it generated.
 */
export function TipReportsPage({ role }: { role: string }) {
  const [notDownloaded, setNotDownloaded] = useState(false);
  const { data, error, refetch } = useQuery(TipReportFilesDocument, { variables: { filter: notDownloaded ? { notDownloaded: true } : {} }, fetchPolicy: 'network-only' });
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const canDownload = role === 'npa.tipdesk';

  const download = async (id: string, fileName: string) => {
    setDownloadError(null);
    const session = getSession();
    // REST, not GraphQL: the encrypted bytes as they are; the token goes in the header, never in the URL.
    const res = await fetch(`/tip-reports/${id}/download`, { headers: session ? { authorization: `Bearer ${session.accessToken}` } : {} }).catch(() => null);
    if (!res || !res.ok) return setDownloadError(M.downloadFailed);
    const url = URL.createObjectURL(await res.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    await refetch();
  };

  return (
    <>
      <h1>{M.title}</h1>
      <p role="note" className="card">
        {canDownload ? M.encrypted : M.encryptedReceiver}
      </p>
      {role === 'tipline.receiver' && <GenerateForm onDone={() => refetch().then(() => undefined)} />}
      <Checkbox id="reports-not-downloaded" label={M.notDownloadedOnly} checked={notDownloaded} onChange={setNotDownloaded} />
      {downloadError && <ErrorBox error={downloadError} />}
      {error && <ErrorBox error={error} />}
      {!data && !error && <Loading />}
      {data && data.tipReportFiles.nodes.length === 0 && <p>{M.empty}</p>}
      {data && data.tipReportFiles.nodes.length > 0 && (
        <table data-testid="report-files">
          <thead>
            <tr>
              <th scope="col">{M.form}</th>
              <th scope="col">{M.fileTitle}</th>
              <th scope="col">{M.subject}</th>
              <th scope="col">{M.generatedAt}</th>
              <th scope="col">{M.received}</th>
              <th scope="col">{M.downloads}</th>
              <th scope="col">{M.size}</th>
              {canDownload && <th scope="col">{M.download}</th>}
            </tr>
          </thead>
          <tbody>
            {data.tipReportFiles.nodes.map((f) => (
              <tr key={f.id} data-file-id={f.id}>
                <td>
                  <FieldValue obj={f} field="form">{f.form && M.formN(f.form)}</FieldValue>
                </td>
                <td>
                  <FieldValue obj={f} field="title">{f.title}</FieldValue>
                  <br />
                  <span className="muted">{f.fileName}</span>
                </td>
                <td>{f.receiptNumber ?? f.period ?? ''}</td>
                <td>
                  <FieldValue obj={f} field="generatedAt">{formatDateTime(f.generatedAt)}</FieldValue>
                </td>
                <td>
                  <FieldValue obj={f} field="firstDownloadedAt">{f.firstDownloadedAt ? formatDateTime(f.firstDownloadedAt) : M.notReceived}</FieldValue>
                </td>
                <td>
                  <FieldValue obj={f} field="downloadCount">{String(f.downloadCount ?? 0)}</FieldValue>
                </td>
                <td>{f.sizeBytes !== null && f.sizeBytes !== undefined ? `${f.sizeBytes.toLocaleString('ja-JP')} B` : ''}</td>
                {canDownload && (
                  <td>
                    <button type="button" onClick={() => void download(f.id, f.fileName ?? 'tip-report.enc')}>
                      {M.download}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function GenerateForm({ onDone }: { onDone: () => Promise<void> }) {
  const [kind, setKind] = useState<TipReportKind>('TIP');
  const [tipId, setTipId] = useState('');
  const [informationId, setInformationId] = useState('');
  const [date, setDate] = useState(todayInTokyo());
  const [month, setMonth] = useState(todayInTokyo().slice(0, 7));
  const [passphrase, setPassphrase] = useState('');
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const tips = useQuery(TipsDocument, { variables: { filter: {} } });
  const tip = useQuery(TipDocument, { variables: { id: tipId }, skip: kind !== 'ADDITIONAL_INFORMATION' || !tipId });
  const [generate, { loading }] = useMutation(GenerateTipReportDocument);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setResult(null);
    const input: GenerateTipReportInput = { kind, passphrase };
    if (kind === 'TIP') input.tipId = tipId;
    if (kind === 'ADDITIONAL_INFORMATION') input.informationId = informationId;
    if (kind === 'DAILY_INTAKE') input.date = date;
    if (kind === 'MONTHLY_BUSINESS') input.month = month;
    const missing = (kind === 'TIP' && !tipId) || (kind === 'ADDITIONAL_INFORMATION' && !informationId) || (kind === 'DAILY_INTAKE' && !/^\d{4}-\d{2}-\d{2}$/.test(date)) || (kind === 'MONTHLY_BUSINESS' && !/^\d{4}-\d{2}$/.test(month));
    if (missing) return setResult({ ok: false, text: M.subjectRequired });
    if (!passphraseOk(passphrase)) return setResult({ ok: false, text: M.passphraseWeak });
    try {
      const { data } = await generate({ variables: { input } });
      setPassphrase('');
      if (data) setResult({ ok: true, text: M.generated(data.generateTipReport.fileName ?? '') });
      await onDone();
    } catch (error) {
      setResult({ ok: false, text: errorMessage(error as Error) });
    }
  };

  const tipOptions = (tips.data?.tips.nodes ?? []).map((n) => (
    <option key={n.id} value={n.id}>
      {n.receiptNumber}
    </option>
  ));

  return (
    <section className="card" aria-labelledby="generate-title" data-testid="report-generate">
      <h2 id="generate-title">{M.generateTitle}</h2>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor="report-kind">{M.kind}</label>
        <select id="report-kind" value={kind} onChange={(e) => setKind(e.target.value as TipReportKind)}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {M.kinds[k]}
            </option>
          ))}
        </select>
        {(kind === 'TIP' || kind === 'ADDITIONAL_INFORMATION') && (
          <>
            <label htmlFor="report-tip">{M.tip}</label>
            <select id="report-tip" value={tipId} onChange={(e) => { setTipId(e.target.value); setInformationId(''); }}>
              <option value="">{t.tips.form.choose}</option>
              {tipOptions}
            </select>
          </>
        )}
        {kind === 'ADDITIONAL_INFORMATION' && (
          <>
            <label htmlFor="report-information">{M.information}</label>
            <select id="report-information" value={informationId} onChange={(e) => setInformationId(e.target.value)}>
              <option value="">{t.tips.form.choose}</option>
              {(tip.data?.tip.additionalInformation ?? []).map((a) => (
                <option key={a.id} value={a.id}>
                  {formatDateTime(a.receivedAt)} {t.tips.channel[a.channel]}
                </option>
              ))}
            </select>
          </>
        )}
        {kind === 'DAILY_INTAKE' && (
          <>
            <label htmlFor="report-date">{M.date}</label>
            <input id="report-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </>
        )}
        {kind === 'MONTHLY_BUSINESS' && (
          <>
            <label htmlFor="report-month">{M.month}</label>
            <input id="report-month" type="month" value={month} onChange={(e) => setMonth(e.target.value)} />
          </>
        )}
        <label htmlFor="report-passphrase">{M.passphrase}</label>
        <p id="report-passphrase-help" className="muted">
          {M.passphraseHelp}
        </p>
        <input id="report-passphrase" type="password" autoComplete="off" aria-describedby="report-passphrase-help" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
        <button type="submit" disabled={loading}>
          {M.generate}
        </button>
        {result && (
          <p role={result.ok ? 'status' : 'alert'} className={result.ok ? 'ok-box' : 'error-box'}>
            {result.text}
          </p>
        )}
      </form>
    </section>
  );
}
