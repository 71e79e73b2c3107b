import { todayInTokyo, tokyoMidnight } from '../../lib/format';

const MONTHS = 6;

/** The last six Tokyo months, oldest first, as YYYY-MM with their [from, to) instants. */
export function lastMonths(today = todayInTokyo(), n = MONTHS): { ym: string; from: string; to: string }[] {
  const [y, m] = today.split('-').map(Number);
  const out: { ym: string; from: string; to: string }[] = [];
  for (let i = n - 1; i >= 0; i--) {
    const start = new Date(Date.UTC(y, m - 1 - i, 1));
    const end = new Date(Date.UTC(y, m - i, 1));
    const ymd = (d: Date) => d.toISOString().slice(0, 10);
    out.push({ ym: ymd(start).slice(0, 7), from: tokyoMidnight(ymd(start)), to: tokyoMidnight(ymd(end)) });
  }
  return out;
}
