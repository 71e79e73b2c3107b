// Dates as Japanese officials read them: Asia/Tokyo, with the era (令和) for dates on documents.
// No DOM here: the repo's jest tests these functions directly.

const TZ = 'Asia/Tokyo';
const eraDate = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { timeZone: TZ, era: 'long', year: 'numeric', month: 'long', day: 'numeric', weekday: 'short' });
const eraCalendarDate = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { timeZone: 'UTC', era: 'long', year: 'numeric', month: 'long', day: 'numeric' });
const dateTime = new Intl.DateTimeFormat('ja-JP', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });
const tokyoParts = new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });

/** An instant as 2026/11/20 10:00 (Asia/Tokyo). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  return dateTime.format(new Date(iso));
}

/** A calendar date (YYYY-MM-DD, no time zone) as 令和8年12月15日. */
export function formatCalendarDate(ymd: string | null | undefined): string {
  if (!ymd) return '';
  const d = new Date(`${ymd}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? ymd : eraCalendarDate.format(d);
}

/**
 * A deadline instant. Deadlines fall at midnight Tokyo time (the end of the last day), so
 * 2026-11-30T15:00Z reads 「令和8年11月30日(月)まで」 rather than 12月1日 0:00.
 */
export function formatDue(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  const p = partsInTokyo(d);
  if (p.hour === 0 && p.minute === 0) return `${eraDate.format(new Date(d.getTime() - 1))}まで`;
  return `${eraDate.format(d)} ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}まで`;
}

/** A Japanese number stored as E.164 (+819012345678), as officials write it (090-1234-5678). */
export function formatPhone(e164: string | null | undefined): string {
  if (!e164) return '';
  if (!e164.startsWith('+81')) return e164;
  const n = `0${e164.slice(3)}`;
  if (/^0[789]0\d{8}$/.test(n)) return `${n.slice(0, 3)}-${n.slice(3, 7)}-${n.slice(7)}`;
  if (/^050\d{8}$/.test(n)) return `${n.slice(0, 3)}-${n.slice(3, 7)}-${n.slice(7)}`;
  if (/^0[36]\d{8}$/.test(n)) return `${n.slice(0, 2)}-${n.slice(2, 6)}-${n.slice(6)}`;
  return n;
}

/** Today's date in Tokyo as YYYY-MM-DD (the default of date inputs). */
export function todayInTokyo(now = new Date()): string {
  const p = partsInTokyo(now);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** The start (00:00 Tokyo) of a YYYY-MM-DD day, as an ISO instant. */
export function tokyoMidnight(ymd: string): string {
  return new Date(`${ymd}T00:00:00+09:00`).toISOString();
}

/** A deadline that has passed. */
export function isOverdue(dueIso: string | null | undefined, now = new Date()): boolean {
  return !!dueIso && new Date(dueIso).getTime() < now.getTime();
}

function partsInTokyo(d: Date): { year: number; month: number; day: number; hour: number; minute: number } {
  const parts = Object.fromEntries(tokyoParts.formatToParts(d).map((p) => [p.type, p.value]));
  return { year: +parts.year, month: +parts.month, day: +parts.day, hour: +parts.hour % 24, minute: +parts.minute };
}
