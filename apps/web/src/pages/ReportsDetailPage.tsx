import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { t } from '../i18n';
import { formatCalendarDate, formatDateTime } from '../lib/format';
import { Link, usePath } from '../lib/router';
import { FieldRow } from '../components/Redacted';
import { ErrorBox, Loading } from '../components/Status';
import { ReportState } from '../components/reports/ReportState';
import {
  ActivityReportDocument,
  ApproveActivityReportDocument,
  ReturnActivityReportDocument,
  SubmitActivityReportDocument,
} from '../operations/reports';

const EDITABLE = ['DRAFT', 'RETURNED'];

/**
 * One report: its content, state and history; the manager edits and submits, the supervisor
 * approves or returns with a reason. Buttons follow the role and state; the server decides.
 */
export function ReportsDetailPage({ id, role }: { id: string; role: string }) {
  const { query } = usePath();
  const { data, error } = useQuery(ActivityReportDocument, { variables: { id } });
  const [submitReport, submitting] = useMutation(SubmitActivityReportDocument);
  const [approve, approving] = useMutation(ApproveActivityReportDocument);
  const [giveBack, returning] = useMutation(ReturnActivityReportDocument);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(query.get('saved') ? t.reports.saved : null);
  const [actionError, setActionError] = useState<unknown>(null);

  if (error) return <ErrorBox error={error} />;
  if (!data) return <Loading />;
  const r = data.activityReport;
  const version = { id: r.id, version: r.version ?? 0 };

  const act = async (run: () => Promise<unknown>, message: string) => {
    setActionError(null);
    setDone(null);
    try {
      await run();
      setDone(message);
    } catch (e) {
      setActionError(e);
    }
  };
  const onReturn = (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) {
      setReasonError(t.reports.returnReasonRequired);
      document.getElementById('rp-reason')?.focus();
      return;
    }
    setReasonError(null);
    void act(() => giveBack({ variables: { input: { ...version, reason: reason.trim() } } }), t.reports.returned);
  };

  const list = (xs: readonly string[] | null | undefined) => (xs && xs.length > 0 ? xs.join('、') : null);
  const history: { label: string; at?: string | null }[] = [
    { label: t.reports.createdAt, at: r.createdAt },
    { label: t.reports.submittedAt, at: r.submittedAt },
    { label: t.reports.reviewedAt, at: r.reviewedAt },
    { label: t.reports.updatedAt, at: r.updatedAt },
  ];

  return (
    <>
      <h1>
        {t.reports.detailTitle} <ReportState state={r.state} />
      </h1>
      {done && <p role="status" className="ok-box" data-testid="report-done">{done}</p>}
      {actionError !== null && <ErrorBox error={actionError as Error} />}
      {r.state === 'RETURNED' && r.returnReason && (
        <p className="error-box" data-testid="return-reason">{t.reports.returnReason}: {r.returnReason}</p>
      )}
      <section className="card">
        <dl className="fields" data-testid="report-fields">
          <FieldRow label={t.reports.station} obj={r} field="stationName">{r.stationName}</FieldRow>
          <FieldRow label={t.reports.kind} obj={r} field="kind">{t.reports.kindLabel[r.kind ?? ''] ?? r.kind}</FieldRow>
          <FieldRow label={t.reports.activityDate} obj={r} field="activityDate">{formatCalendarDate(r.activityDate)}</FieldRow>
          <FieldRow label={t.reports.place} obj={r} field="place">{r.place}</FieldRow>
          <FieldRow label={t.reports.participants} obj={r} field="participants">{r.participants}</FieldRow>
          <FieldRow label={t.reports.foreignResidentsReached} obj={r} field="foreignResidentsReached">{r.foreignResidentsReached}</FieldRow>
          <FieldRow label={t.reports.interpreters} obj={r} field="interpreters">{r.interpreters}</FieldRow>
          <FieldRow label={t.reports.inspections} obj={r} field="inspections">{r.inspections}</FieldRow>
          <FieldRow label={t.reports.arrests} obj={r} field="arrests">{r.arrests}</FieldRow>
          <FieldRow label={t.reports.languagesShort} obj={r} field="languages">{list(r.languages)}</FieldRow>
          <FieldRow label={t.reports.partnerAgenciesShort} obj={r} field="partnerAgencies">{list(r.partnerAgencies)}</FieldRow>
          <FieldRow label={t.reports.notes} obj={r} field="notes">{r.notes}</FieldRow>
        </dl>
      </section>
      <section className="card" aria-labelledby="report-history-title">
        <h2 id="report-history-title">{t.reports.history}</h2>
        <dl className="fields" data-testid="report-history">
          {history.map((h) => (
            <div className="field-row" key={h.label}>
              <dt>{h.label}</dt>
              <dd>{h.at ? formatDateTime(h.at) : <span className="muted">—</span>}</dd>
            </div>
          ))}
        </dl>
      </section>
      <div className="report-actions">
        {role === 'station.manager' && EDITABLE.includes(r.state ?? '') && (
          <>
            <Link to={`/reports/${r.id}/edit`} className="button-link button-secondary">{t.reports.edit}</Link>
            <button type="button" disabled={submitting.loading} onClick={() => void act(() => submitReport({ variables: { input: version } }), t.reports.submitted)}>
              {t.reports.submit}
            </button>
          </>
        )}
        {role === 'station.supervisor' && r.state === 'SUBMITTED' && (
          <>
            <button type="button" disabled={approving.loading} onClick={() => void act(() => approve({ variables: { input: version } }), t.reports.approved)}>
              {t.reports.approve}
            </button>
            <form onSubmit={onReturn} noValidate aria-label={t.reports.returnAction}>
              <label htmlFor="rp-reason">{t.reports.returnReasonLabel}</label>
              <textarea id="rp-reason" rows={3} value={reason} maxLength={2000} aria-invalid={!!reasonError} aria-describedby={reasonError ? 'rp-reason-err' : undefined} onChange={(e) => setReason(e.target.value)} />
              {reasonError && <p id="rp-reason-err" className="field-error">{reasonError}</p>}
              <button type="submit" className="button-secondary" disabled={returning.loading}>{t.reports.returnAction}</button>
            </form>
          </>
        )}
      </div>
      <p><Link to="/reports">{t.app.back}</Link></p>
    </>
  );
}
