import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { ActivityReportFieldsFragment } from '../gql/graphql';
import { t } from '../i18n';
import { todayInTokyo } from '../lib/format';
import { useRouter } from '../lib/router';
import { ErrorBox, Loading } from '../components/Status';
import { COUNT_FIELDS, emptyDraft, validateReport, type ReportDraft } from '../components/reports/validation';
import { ActivityReportDocument, CreateActivityReportDocument, UpdateActivityReportDocument } from '../operations/reports';

function draftOf(r: ActivityReportFieldsFragment): ReportDraft {
  const n = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));
  return {
    kind: r.kind ?? '',
    activityDate: r.activityDate ?? '',
    place: r.place ?? '',
    counts: {
      participants: n(r.participants),
      foreignResidentsReached: n(r.foreignResidentsReached),
      interpreters: n(r.interpreters),
      inspections: n(r.inspections),
      arrests: n(r.arrests),
    },
    languages: (r.languages ?? []).join('、'),
    partnerAgencies: (r.partnerAgencies ?? []).join('、'),
    notes: r.notes ?? '',
  };
}

/** The station manager's form: a new report, or a draft / returned one to correct. */
export function ReportsFormPage({ id }: { id?: string }) {
  const { data, error } = useQuery(ActivityReportDocument, { variables: { id: id ?? '' }, skip: !id, fetchPolicy: 'network-only' });
  if (!id) return <ReportForm />;
  if (error) return <ErrorBox error={error} />;
  if (!data) return <Loading />;
  const r = data.activityReport;
  if (r.state !== 'DRAFT' && r.state !== 'RETURNED') return <ErrorBox error={t.reports.notEditable} />;
  return <ReportForm report={r} />;
}

function ReportForm({ report }: { report?: ActivityReportFieldsFragment }) {
  const { navigate } = useRouter();
  const [draft, setDraft] = useState<ReportDraft>(() => (report ? draftOf(report) : emptyDraft()));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [serverError, setServerError] = useState<unknown>(null);
  const [create, { loading: creating }] = useMutation(CreateActivityReportDocument);
  const [update, { loading: updating }] = useMutation(UpdateActivityReportDocument);
  const busy = creating || updating;
  const set = <K extends keyof ReportDraft>(k: K, v: ReportDraft[K]) => setDraft({ ...draft, [k]: v });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const { errors: errs, input } = validateReport(draft);
    setErrors(errs);
    setServerError(null);
    if (!input) {
      document.getElementById(`rp-${Object.keys(errs)[0]}`)?.focus();
      return;
    }
    try {
      if (report) {
        const { data } = await update({ variables: { input: { id: report.id, version: report.version ?? 0, changes: input } } });
        if (data) navigate(`/reports/${data.updateActivityReport.id}?saved=1`);
      } else {
        const { data } = await create({ variables: { input } });
        if (data) navigate(`/reports/${data.createActivityReport.id}?saved=1`);
      }
    } catch (error) {
      setServerError(error);
    }
  };

  const err = (key: string) => (errors[key] ? <p id={`rp-${key}-err`} className="field-error">{errors[key]}</p> : null);
  const aria = (key: string) => ({ id: `rp-${key}`, 'aria-invalid': !!errors[key], 'aria-describedby': errors[key] ? `rp-${key}-err` : undefined });
  const count = Object.keys(errors).length;
  const countLabel = (f: string) => (t.reports as unknown as Record<string, string>)[f];

  return (
    <>
      <h1>{report ? t.reports.formEditTitle : t.reports.formNewTitle}</h1>
      <p>{t.reports.formIntro}</p>
      {report?.returnReason && report.state === 'RETURNED' && (
        <p className="error-box" data-testid="return-reason">{t.reports.returnReason}: {report.returnReason}</p>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate className="filing" data-testid="report-form">
        {count > 0 && (
          <div role="alert" className="error-box" data-testid="report-errors">
            <p>{t.reports.errorsSummary(count)}</p>
            <ul>{Object.entries(errors).map(([k, v]) => <li key={k}>{v}</li>)}</ul>
          </div>
        )}
        {serverError !== null && <ErrorBox error={serverError as Error} />}
        <div>
          <label htmlFor="rp-kind">{t.reports.kind} *</label>
          <select {...aria('kind')} value={draft.kind} onChange={(e) => set('kind', e.target.value)}>
            <option value="">{t.reports.choose}</option>
            {Object.entries(t.reports.kindLabel).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
          </select>
          {err('kind')}
        </div>
        <div>
          <label htmlFor="rp-activityDate">{t.reports.activityDate} *</label>
          <input {...aria('activityDate')} type="date" max={todayInTokyo()} value={draft.activityDate} onChange={(e) => set('activityDate', e.target.value)} />
          {err('activityDate')}
        </div>
        <div>
          <label htmlFor="rp-place">{t.reports.place} *</label>
          <input {...aria('place')} value={draft.place} maxLength={200} onChange={(e) => set('place', e.target.value)} />
          {err('place')}
        </div>
        <fieldset>
          <legend>{t.reports.countsLegend}</legend>
          <div className="form-grid">
            {COUNT_FIELDS.map((f) => (
              <div key={f}>
                <label htmlFor={`rp-${f}`}>{countLabel(f)}</label>
                <input {...aria(f)} type="number" inputMode="numeric" min={0} max={100000} step={1} value={draft.counts[f]} onChange={(e) => set('counts', { ...draft.counts, [f]: e.target.value })} />
                {err(f)}
              </div>
            ))}
          </div>
        </fieldset>
        <div>
          <label htmlFor="rp-languages">{t.reports.languages}</label>
          <input {...aria('languages')} value={draft.languages} onChange={(e) => set('languages', e.target.value)} />
          {err('languages')}
        </div>
        <div>
          <label htmlFor="rp-partnerAgencies">{t.reports.partnerAgencies}</label>
          <input {...aria('partnerAgencies')} value={draft.partnerAgencies} onChange={(e) => set('partnerAgencies', e.target.value)} />
          {err('partnerAgencies')}
        </div>
        <div>
          <label htmlFor="rp-notes">{t.reports.notes}</label>
          <textarea {...aria('notes')} rows={4} value={draft.notes} onChange={(e) => set('notes', e.target.value)} />
          {err('notes')}
        </div>
        <button type="submit" disabled={busy}>{busy ? t.reports.saving : t.reports.saveDraft}</button>
      </form>
    </>
  );
}
