import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import type { ActivityReportGroupBy, ActivityReportState } from '../gql/graphql';
import { t } from '../i18n';
import { todayInTokyo } from '../lib/format';
import { Link } from '../lib/router';
import { Bar } from '../components/Bar';
import { ErrorBox, Loading } from '../components/Status';
import { ActivityReportTotalsDocument } from '../operations/reports';
import '../components/reports/reports.css';

const GROUPS: ActivityReportGroupBy[] = ['STATION', 'KIND', 'MONTH'];
const FIGURES = ['participants', 'foreignResidentsReached', 'interpreters', 'inspections', 'arrests'] as const;

/** 推進本部 / 推進室: the prefecture's reports summed by station, by kind and by month (server-side, readable rows only). */
export function ReportsTotalsPage() {
  // The fiscal picture officials ask for first: this calendar year up to today (Tokyo).
  const today = todayInTokyo();
  const [draft, setDraft] = useState({ from: `${today.slice(0, 4)}-01-01`, to: today, state: 'APPROVED' });
  const [applied, setApplied] = useState(draft);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (draft.from && draft.to && draft.from <= draft.to) setApplied(draft);
  };
  return (
    <>
      <h1>{t.reports.totalsTitle}</h1>
      <p><Link to="/reports">{t.reports.prefectureListTitle}</Link></p>
      <form className="filters" onSubmit={submit} aria-label={t.reports.totalsPeriod}>
        <div>
          <label htmlFor="rt-from">{t.reports.from}</label>
          <input id="rt-from" type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        </div>
        <div>
          <label htmlFor="rt-to">{t.reports.to}</label>
          <input id="rt-to" type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        </div>
        <div>
          <label htmlFor="rt-state">{t.reports.totalsState}</label>
          <select id="rt-state" value={draft.state} onChange={(e) => setDraft({ ...draft, state: e.target.value })}>
            {['APPROVED', 'SUBMITTED', 'RETURNED'].map((s) => <option key={s} value={s}>{t.reports.stateLabel[s]}</option>)}
          </select>
        </div>
        <button type="submit">{t.reports.show}</button>
      </form>
      {GROUPS.map((g) => <TotalsTable key={g} groupBy={g} from={applied.from} to={applied.to} state={applied.state as ActivityReportState} />)}
    </>
  );
}

function TotalsTable({ groupBy, from, to, state }: { groupBy: ActivityReportGroupBy; from: string; to: string; state: ActivityReportState }) {
  const { data, error } = useQuery(ActivityReportTotalsDocument, { variables: { from, to, groupBy, state } });
  const figureLabel = (f: string) => (t.reports as unknown as Record<string, string>)[f];
  const titleId = `totals-${groupBy}`;
  const label = (key: string, l: string) => (groupBy === 'KIND' ? (t.reports.kindLabel[key] ?? l) : groupBy === 'MONTH' ? t.reports.month(key) : l);
  const rows = data?.activityReportTotals.rows ?? [];
  const max = Math.max(1, ...rows.map((r) => r.reports));
  return (
    <section className="card" aria-labelledby={titleId} data-testid={`totals-${groupBy}`}>
      <h2 id={titleId}>{t.reports.groupBy[groupBy]}</h2>
      {error && <ErrorBox error={error} />}
      {!data && !error && <Loading />}
      {data && rows.length === 0 && <p>{t.reports.noRows}</p>}
      {data && rows.length > 0 && (
        <table className="figures-table">
          <thead>
            <tr>
              <th scope="col">{t.reports.groupKey}</th>
              <th scope="col">{t.reports.reportsCount}</th>
              {FIGURES.map((f) => <th key={f} scope="col" className="num">{figureLabel(f)}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} data-key={r.key}>
                <th scope="row">{label(r.key, r.label)}</th>
                <td><Bar value={r.reports} max={max} label={`${label(r.key, r.label)} ${t.reports.reportsCount}`} /></td>
                {FIGURES.map((f) => <td key={f} className="num">{r[f]}</td>)}
              </tr>
            ))}
            <tr data-key="ALL">
              <th scope="row">{t.reports.overall}</th>
              <td className="num" data-testid={`overall-${groupBy}`}>{data.activityReportTotals.overall.reports}</td>
              {FIGURES.map((f) => <td key={f} className="num">{data.activityReportTotals.overall[f]}</td>)}
            </tr>
          </tbody>
        </table>
      )}
    </section>
  );
}
