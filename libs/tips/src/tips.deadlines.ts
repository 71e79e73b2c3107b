import type { BusinessCalendar } from '@renkei/workflow';

const HOUR_MS = 3_600_000;

/** "翌勤務日の午前中" (seed 003 第7条): before 12:00 JST of the next business day after the day of receipt. */
export function reportDueAt(calendar: BusinessCalendar, receivedAt: Date): Date {
  return new Date(calendar.nextBusinessDay(receivedAt).getTime() + 12 * HOUR_MS);
}

/** One year later: the reward notice stays posted for a year (seed 003 第10条第3項), and payment is possible within it. */
export function oneYearAfter(at: Date): Date {
  const d = new Date(at.getTime());
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d;
}

export function oneYearBefore(at: Date): Date {
  const d = new Date(at.getTime());
  d.setUTCFullYear(d.getUTCFullYear() - 1);
  return d;
}

/** 受付番号: T-YYYYMMDD-NNNN, with the JST date ('YYYY-MM-DD') and the day's sequence (more digits past 9999). */
export function receiptNumberFor(jstDate: string, sequence: number): string {
  return `T-${jstDate.replaceAll('-', '')}-${String(sequence).padStart(4, '0')}`;
}
