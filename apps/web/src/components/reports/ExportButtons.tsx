import { useId, useState } from 'react';
import type { ExportFormat } from '../../gql/graphql';
import { t } from '../../i18n';
import { Link } from '../../lib/router';
import { errorMessage } from '../Status';

/**
 * 「CSVで出力」「Excelで出力」: asks the server for an export of what the screen lists (same
 * filters); the file is made in the background and listed on the エクスポート page.
 */
export function ExportButtons({ request, testId }: { request: (format: ExportFormat) => Promise<unknown>; testId?: string }) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const run = async (format: ExportFormat) => {
    setBusy(true);
    setMessage(null);
    try {
      await request(format);
      setMessage({ ok: true, text: t.reports.exportRequested });
    } catch (error) {
      const codes = ((error as { errors?: { extensions?: { code?: string; reason?: string } }[] }).errors ?? []).map((e) => e.extensions?.code);
      setMessage({ ok: false, text: codes.includes('CONFLICT') ? t.reports.exportTooMany : errorMessage(error as Error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export-buttons" role="group" aria-labelledby={id} data-testid={testId}>
      <span id={id} className="export-label">{t.reports.exportGroup}</span>
      <button type="button" className="button-secondary" disabled={busy} onClick={() => void run('CSV')}>{t.reports.exportCsv}</button>
      <button type="button" className="button-secondary" disabled={busy} onClick={() => void run('XLSX')}>{t.reports.exportXlsx}</button>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'ok-box' : 'error-box'}>
          {message.text} {message.ok && <Link to="/my-exports">{t.reports.navExports}</Link>}
        </p>
      )}
    </div>
  );
}
