import { useQuery } from '@apollo/client/react';
import { t } from '../../i18n';
import { ComplianceOnlyDocument } from '../../operations/reports';
import { lastMonths } from './months';
import './reports.css';

/** One month's figures: the dashboard asked for that month alone (its compliance is by due date). */
function useMonth(from: string, to: string) {
  const { data } = useQuery(ComplianceOnlyDocument, { variables: { from, to } });
  return data?.dashboard.compliance;
}

/**
 * 期限内回答率の推移: an SVG column per month with the rate printed above it and a table of the
 * same figures (the chart never carries a number alone).
 */
export function ComplianceTrend() {
  const months = lastMonths();
  // A fixed number of months, so the hooks run in the same order on every render.
  const figures = months.map((mo) => useMonth(mo.from, mo.to));
  const w = 64;
  const h = 140;
  const width = months.length * w + 20;
  return (
    <section className="card" aria-labelledby="trend-title" data-testid="compliance-trend">
      <h2 id="trend-title">{t.reports.complianceTrend}</h2>
      <svg className="trend" viewBox={`0 0 ${width} ${h + 40}`} role="img" aria-label={t.reports.complianceTrend}>
        <line className="trend-axis" x1={10} y1={h + 10} x2={width - 10} y2={h + 10} />
        {months.map((mo, i) => {
          const rate = figures[i]?.rate;
          const bh = rate === null || rate === undefined ? 0 : Math.round(rate * h);
          const x = 10 + i * w + 12;
          return (
            <g key={mo.ym}>
              <rect className="trend-bar" x={x} y={h + 10 - bh} width={w - 24} height={bh} />
              <text x={x + (w - 24) / 2} y={h + 4 - bh} textAnchor="middle">{rate === null || rate === undefined ? t.reports.noRate : `${Math.round(rate * 100)}%`}</text>
              <text x={x + (w - 24) / 2} y={h + 28} textAnchor="middle">{t.reports.month(mo.ym).slice(5)}</text>
            </g>
          );
        })}
      </svg>
      <table className="figures-table">
        <thead>
          <tr>
            <th scope="col">{t.reports.complianceMonth}</th>
            <th scope="col" className="num">{t.reports.complianceDue}</th>
            <th scope="col" className="num">{t.dashboard.answeredOnTime}</th>
            <th scope="col" className="num">{t.dashboard.answeredLate}</th>
            <th scope="col" className="num">{t.dashboard.stillOpen}</th>
            <th scope="col" className="num">{t.reports.complianceRate}</th>
          </tr>
        </thead>
        <tbody>
          {months.map((mo, i) => {
            const f = figures[i];
            return (
              <tr key={mo.ym} data-month={mo.ym}>
                <th scope="row">{t.reports.month(mo.ym)}</th>
                <td className="num">{f?.due ?? '…'}</td>
                <td className="num">{f?.answeredOnTime ?? '…'}</td>
                <td className="num">{f?.answeredLate ?? '…'}</td>
                <td className="num">{f?.stillOpen ?? '…'}</td>
                <td className="num">{f ? (f.rate === null || f.rate === undefined ? t.reports.noRate : `${Math.round(f.rate * 100)}%`) : '…'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
