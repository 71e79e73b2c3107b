import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { t } from '../i18n';
import { formatDateTime } from '../lib/format';
import { ErrorBox, Loading } from '../components/Status';
import { downloadExport } from '../components/reports/download';
import { MyExportsDocument } from '../operations/reports';
import '../components/reports/reports.css';

const ACTIVE = ['QUEUED', 'RUNNING'];

/** エクスポート: the files this user asked for (nobody else's), polled while any is being made. */
export function ReportsExportsPage() {
  const { data, error, refetch } = useQuery(MyExportsDocument, { fetchPolicy: 'network-only', notifyOnNetworkStatusChange: false });
  const jobs = data?.myExports.nodes ?? [];
  const busy = jobs.some((j) => ACTIVE.includes(j.state ?? ''));
  // Poll only while a file is being made: a finished list does not change by itself.
  usePoll(busy, () => void refetch());
  const [downloading, setDownloading] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  const download = async (id: string) => {
    setDownloading(id);
    setFailed(null);
    try {
      await downloadExport(id);
    } catch {
      setFailed(id);
    } finally {
      setDownloading(null);
    }
  };

  return (
    <>
      <h1>{t.reports.exportsTitle}</h1>
      <p>{t.reports.exportsIntro}</p>
      <p>
        <button type="button" className="button-secondary" onClick={() => void refetch()}>{t.reports.refresh}</button>
      </p>
      {error && <ErrorBox error={error} />}
      {!data && !error && <Loading />}
      {failed && <ErrorBox error={t.reports.downloadFailed} />}
      {data && jobs.length === 0 && <p>{t.reports.exportsEmpty}</p>}
      {jobs.length > 0 && (
        <table data-testid="export-list">
          <thead>
            <tr>
              <th scope="col">{t.reports.exportCreatedAt}</th>
              <th scope="col">{t.reports.exportSource}</th>
              <th scope="col">{t.reports.exportFormat}</th>
              <th scope="col">{t.reports.exportState}</th>
              <th scope="col" className="num">{t.reports.exportRows}</th>
              <th scope="col">{t.reports.exportExpiresAt}</th>
              <th scope="col"><span className="muted">{t.reports.download}</span></th>
            </tr>
          </thead>
          <tbody>
            {jobs.map((j) => (
              <tr key={j.id} data-export-id={j.id} data-state={j.state}>
                <td>{formatDateTime(j.createdAt)}</td>
                <td>{t.reports.source[j.source ?? ''] ?? j.source}</td>
                <td>{t.reports.format[j.format ?? ''] ?? j.format}</td>
                <td>
                  {t.reports.exportStateLabel[j.state ?? ''] ?? j.state}
                  {j.state === 'RUNNING' && j.progress !== null && j.progress !== undefined && ` (${j.progress}%)`}
                  {j.state === 'FAILED' && <p className="field-error">{t.reports.exportError[j.errorCode ?? ''] ?? t.reports.exportErrorOther}</p>}
                </td>
                <td className="num">{j.rowCount ?? ''}</td>
                <td>{formatDateTime(j.expiresAt)}</td>
                <td>
                  {j.state === 'DONE' && (
                    <button type="button" disabled={downloading === j.id} onClick={() => void download(j.id)} aria-label={`${t.reports.download}（${t.reports.source[j.source ?? ''] ?? j.source}・${t.reports.format[j.format ?? ''] ?? j.format}・${formatDateTime(j.createdAt)}）`}>
                      {downloading === j.id ? t.reports.downloading : t.reports.download}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}


function usePoll(active: boolean, run: () => void) {
  const ref = useRef(run);
  ref.current = run;
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => ref.current(), 2_000);
    return () => clearInterval(timer);
  }, [active]);
}
