import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { ActivityKind, ActivityReportFilterInput, ActivityReportState } from '../gql/graphql';
import { t } from '../i18n';
import { formatCalendarDate } from '../lib/format';
import { Link } from '../lib/router';
import { FieldValue } from '../components/Redacted';
import { ErrorBox, Loading } from '../components/Status';
import { ExportButtons } from '../components/reports/ExportButtons';
import { ReportState } from '../components/reports/ReportState';
import { ActivityReportsDocument, RequestActivityReportExportDocument } from '../operations/reports';

interface Filters {
  kind: string;
  state: string;
  from: string;
  to: string;
}

/**
 * The station's reports (drafts included) or, for 推進本部 / 推進室, the prefecture's submitted
 * reports: the server decides which rows each role reads.
 */
export function ReportsListPage({ role }: { role: string }) {
  const [draft, setDraft] = useState<Filters>({ kind: '', state: '', from: '', to: '' });
  const [applied, setApplied] = useState<Filters>(draft);
  const filter: ActivityReportFilterInput = {
    ...(applied.kind ? { kind: applied.kind as ActivityKind } : {}),
    ...(applied.state ? { state: applied.state as ActivityReportState } : {}),
    ...(applied.from ? { from: applied.from } : {}),
    ...(applied.to ? { to: applied.to } : {}),
  };
  const { data, error, loading } = useQuery(ActivityReportsDocument, { variables: { filter } });
  const [requestExport] = useMutation(RequestActivityReportExportDocument);
  const isHq = role.startsWith('hq.');
  const set = <K extends keyof Filters>(k: K, v: Filters[K]) => setDraft({ ...draft, [k]: v });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // The server refuses a period that ends before it starts; keep the last valid one.
    if (draft.from && draft.to && draft.from > draft.to) return;
    setApplied(draft);
  };
  // HQ never sees drafts, so the state filter offers only what it can get.
  const states = Object.keys(t.reports.stateLabel).filter((s) => !(isHq && s === 'DRAFT'));

  return (
    <>
      <h1>{isHq ? t.reports.prefectureListTitle : t.reports.listTitle}</h1>
      {role === 'station.manager' && (
        <p>
          <Link to="/reports/new" className="button-link">{t.reports.newReport}</Link>
        </p>
      )}
      <form className="filters" onSubmit={submit} aria-label={t.reports.filters}>
        <div>
          <label htmlFor="rf-kind">{t.reports.kind}</label>
          <select id="rf-kind" value={draft.kind} onChange={(e) => set('kind', e.target.value)}>
            <option value="">{t.reports.allKinds}</option>
            {Object.entries(t.reports.kindLabel).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="rf-state">{t.reports.state}</label>
          <select id="rf-state" value={draft.state} onChange={(e) => set('state', e.target.value)}>
            <option value="">{t.reports.allStates}</option>
            {states.map((s) => <option key={s} value={s}>{t.reports.stateLabel[s]}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="rf-from">{t.reports.from}</label>
          <input id="rf-from" type="date" value={draft.from} onChange={(e) => set('from', e.target.value)} />
        </div>
        <div>
          <label htmlFor="rf-to">{t.reports.to}</label>
          <input id="rf-to" type="date" value={draft.to} onChange={(e) => set('to', e.target.value)} />
        </div>
        <button type="submit">{t.reports.apply}</button>
      </form>
      <ExportButtons testId="report-export" request={(format) => requestExport({ variables: { format, filter } })} />
      {error && <ErrorBox error={error} />}
      {loading && !data && <Loading />}
      {data && <p className="muted" data-testid="report-count">{t.reports.count(data.activityReports.totalCount)}</p>}
      {data && data.activityReports.nodes.length === 0 && <p>{t.reports.empty}</p>}
      {data && data.activityReports.nodes.length > 0 && (
        <table data-testid="report-list">
          <thead>
            <tr>
              <th scope="col">{t.reports.activityDate}</th>
              {isHq && <th scope="col">{t.reports.station}</th>}
              <th scope="col">{t.reports.kind}</th>
              <th scope="col">{t.reports.place}</th>
              <th scope="col" className="num">{t.reports.participants}</th>
              <th scope="col" className="num">{t.reports.foreignResidentsReached}</th>
              <th scope="col">{t.reports.state}</th>
            </tr>
          </thead>
          <tbody>
            {data.activityReports.nodes.map((r) => (
              <tr key={r.id}>
                <td><Link to={`/reports/${r.id}`}><FieldValue obj={r} field="activityDate">{formatCalendarDate(r.activityDate)}</FieldValue></Link></td>
                {isHq && <td><FieldValue obj={r} field="stationName">{r.stationName}</FieldValue></td>}
                <td><FieldValue obj={r} field="kind">{t.reports.kindLabel[r.kind ?? ''] ?? r.kind}</FieldValue></td>
                <td className="clip"><FieldValue obj={r} field="place">{r.place}</FieldValue></td>
                <td className="num"><FieldValue obj={r} field="participants">{r.participants}</FieldValue></td>
                <td className="num"><FieldValue obj={r} field="foreignResidentsReached">{r.foreignResidentsReached}</FieldValue></td>
                <td><FieldValue obj={r} field="state"><ReportState state={r.state} /></FieldValue></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
