import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { t } from '../i18n';
import { formatDue, todayInTokyo, tokyoMidnight } from '../lib/format';
import { Link } from '../lib/router';
import { Bar } from '../components/Bar';
import { ErrorBox, Loading } from '../components/Status';
import { useAgencies } from '../components/useAgencies';
import { DashboardDocument } from '../operations';
import { ComplianceTrend } from '../components/reports/ComplianceTrend';
import { ExportButtons } from '../components/reports/ExportButtons';
import { RequestDashboardExportDocument } from '../operations/reports';

/** The default period: from the first day of last month to the last day of next month (Tokyo). */
function defaultPeriod(): { from: string; to: string } {
  const [y, m] = todayInTokyo().split('-').map(Number);
  const first = (year: number, month: number) => {
    const d = new Date(Date.UTC(year, month - 1, 1));
    return d.toISOString().slice(0, 10);
  };
  const lastOfNext = new Date(Date.UTC(y, m + 1, 0)).toISOString().slice(0, 10);
  return { from: first(y, m - 1), to: lastOfNext };
}

/** 推進本部 / 推進室: open cases by type and state, open and overdue tasks by agency, deadline compliance. */
export function DashboardPage() {
  const [draft, setDraft] = useState(defaultPeriod);
  const [period, setPeriod] = useState(draft);
  const to = new Date(new Date(tokyoMidnight(period.to)).getTime() + 86_400_000).toISOString();
  const { data, error } = useQuery(DashboardDocument, { variables: { from: tokyoMidnight(period.from), to }, pollInterval: 60_000 });
  const agencies = useAgencies();
  const [requestExport] = useMutation(RequestDashboardExportDocument);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (draft.from && draft.to && draft.from <= draft.to) setPeriod(draft);
  };

  const d = data?.dashboard;
  const maxCases = Math.max(1, ...(d?.openCases.map((c) => c.count) ?? []));
  const maxTasks = Math.max(1, ...(d?.tasksByAgency.map((a) => a.open) ?? []));
  const byType = new Map<string, { state: string; count: number }[]>();
  for (const c of d?.openCases ?? []) byType.set(c.type ?? '', [...(byType.get(c.type ?? '') ?? []), { state: c.state ?? '', count: c.count }]);

  return (
    <>
      <h1>{t.dashboard.title}</h1>
      <form className="filters" onSubmit={submit} aria-label={t.dashboard.period}>
        <div>
          <label htmlFor="d-from">{t.dashboard.from}</label>
          <input id="d-from" type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        </div>
        <div>
          <label htmlFor="d-to">{t.dashboard.to}</label>
          <input id="d-to" type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        </div>
        <button type="submit">{t.dashboard.show}</button>
      </form>
      <ExportButtons testId="dashboard-export" request={(format) => requestExport({ variables: { format, from: tokyoMidnight(period.from), to } })} />
      {error && <ErrorBox error={error} />}
      {!d && !error && <Loading />}
      {d && (
        <div className="dashboard">
          <section className="card" aria-labelledby="open-cases-title" data-testid="open-cases">
            <h2 id="open-cases-title">{t.dashboard.openCases}</h2>
            {byType.size === 0 && <p>{t.dashboard.none}</p>}
            {[...byType.entries()].map(([type, states]) => (
              <div key={type} className="chart-group" data-case-type={type}>
                <h3>{t.caseType[type] ?? type}</h3>
                <table className="chart">
                  <tbody>
                    {states.map((s) => (
                      <tr key={s.state} data-state={s.state}>
                        <th scope="row">
                          {/* Drill-down: the case list behind the figure, filtered by type and state. */}
                          <Link to={`/cases?type=${encodeURIComponent(type)}&state=${encodeURIComponent(s.state)}`} aria-label={t.reports.drillCases(`${t.caseType[type] ?? type} ${t.caseState[s.state] ?? s.state}`, s.count)}>
                            {t.caseState[s.state] ?? s.state}
                          </Link>
                        </th>
                        <td><Bar value={s.count} max={maxCases} label={`${t.caseType[type] ?? type} ${t.caseState[s.state] ?? s.state}`} /></td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ))}
          </section>
          <section className="card" aria-labelledby="by-agency-title" data-testid="tasks-by-agency">
            <h2 id="by-agency-title">{t.dashboard.tasksByAgency}</h2>
            {d.tasksByAgency.length === 0 ? (
              <p>{t.dashboard.none}</p>
            ) : (
              <table className="chart">
                <thead>
                  <tr>
                    <th scope="col">{t.dashboard.agency}</th>
                    <th scope="col">{t.dashboard.open}</th>
                    <th scope="col">{t.dashboard.overdue}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.tasksByAgency.map((a) => (
                    <tr key={a.agencyId ?? ''} data-agency={agencies.name(a.agencyId)}>
                      <th scope="row">
                        <Link to={`/dashboard/tasks?agency=${encodeURIComponent(a.agencyId ?? '')}${a.overdue > 0 ? '&overdue=1' : ''}`} aria-label={t.reports.drillAgency(agencies.name(a.agencyId), a.open, a.overdue)}>
                          {agencies.name(a.agencyId)}
                        </Link>
                      </th>
                      <td><Bar value={a.open} max={maxTasks} label={`${agencies.name(a.agencyId)} ${t.dashboard.open}`} /></td>
                      <td><Bar value={a.overdue} max={maxTasks} tone="warn" label={`${agencies.name(a.agencyId)} ${t.dashboard.overdue}`} /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <section className="card" aria-labelledby="compliance-title" data-testid="compliance">
            <h2 id="compliance-title">{t.dashboard.compliance}</h2>
            <dl className="figures">
              <div data-figure="due"><dt>{t.dashboard.due}</dt><dd>{d.compliance.due}</dd></div>
              <div data-figure="answeredOnTime"><dt>{t.dashboard.answeredOnTime}</dt><dd>{d.compliance.answeredOnTime}</dd></div>
              <div data-figure="answeredLate"><dt>{t.dashboard.answeredLate}</dt><dd>{d.compliance.answeredLate}</dd></div>
              <div data-figure="stillOpen"><dt>{t.dashboard.stillOpen}</dt><dd>{d.compliance.stillOpen}</dd></div>
              <div data-figure="rate">
                <dt>{t.dashboard.rate}</dt>
                <dd>{d.compliance.rate === null || d.compliance.rate === undefined ? '—' : `${Math.round(d.compliance.rate * 100)}%`}</dd>
              </div>
            </dl>
            <Bar value={d.compliance.answeredOnTime} max={Math.max(1, d.compliance.due)} tone="ok" label={t.dashboard.answeredOnTime} />
          </section>
          <ComplianceTrend />
          <section className="card" aria-labelledby="overdue-title">
            <h2 id="overdue-title">{t.dashboard.oldestOverdue}</h2>
            {d.oldestOverdue.length === 0 ? (
              <p>{t.dashboard.none}</p>
            ) : (
              <ul>
                {d.oldestOverdue.map((task) => (
                  <li key={task.id}>
                    <Link to={`/cases/${task.caseId}`}>{agencies.name(task.agencyId)} — {t.taskKind[task.kind ?? ''] ?? task.kind}</Link> {formatDue(task.dueAt)}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      )}
    </>
  );
}
