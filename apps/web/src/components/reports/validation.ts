import { t } from '../../i18n';
import { todayInTokyo } from '../../lib/format';
import type { ActivityKind, CreateActivityReportInput } from '../../gql/graphql';

// Mirrors the server's input rules (libs/reports dto and service): the server still checks all.

export const COUNT_FIELDS = ['participants', 'foreignResidentsReached', 'interpreters', 'inspections', 'arrests'] as const;
export type CountField = (typeof COUNT_FIELDS)[number];
const MAX_COUNT = 100_000;

export interface ReportDraft {
  kind: string;
  activityDate: string;
  place: string;
  counts: Record<CountField, string>;
  languages: string;
  partnerAgencies: string;
  notes: string;
}

export function emptyDraft(): ReportDraft {
  return {
    kind: '',
    activityDate: '',
    place: '',
    counts: { participants: '', foreignResidentsReached: '', interpreters: '', inspections: '', arrests: '' },
    languages: '',
    partnerAgencies: '',
    notes: '',
  };
}

/** A free-text list typed as 「英語、ベトナム語」 (Japanese or ASCII commas, or one per line). */
export function splitList(text: string): string[] {
  return text
    .split(/[、,，\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function validDate(ymd: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(ymd)) return false;
  const d = new Date(`${ymd}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === ymd;
}

const label = (k: string): string => (t.reports as unknown as Record<string, string>)[k];

/** Errors by field key (in form order) and, when there are none, the input for the server. */
export function validateReport(draft: ReportDraft, today = todayInTokyo()): { errors: Record<string, string>; input: CreateActivityReportInput | null } {
  const errors: Record<string, string> = {};
  if (!draft.kind) errors.kind = t.reports.chooseRequired(t.reports.kind);
  if (!draft.activityDate) errors.activityDate = t.reports.required(t.reports.activityDate);
  else if (!validDate(draft.activityDate)) errors.activityDate = t.reports.invalidDate(t.reports.activityDate);
  else if (draft.activityDate > today) errors.activityDate = t.reports.futureDate;
  const place = draft.place.trim();
  if (!place) errors.place = t.reports.required(t.reports.place);
  else if (place.length > 200) errors.place = t.reports.tooLong(t.reports.place, 200);
  const counts = {} as Record<CountField, number>;
  for (const f of COUNT_FIELDS) {
    const raw = draft.counts[f].trim();
    // Blank means the count does not apply: 0, as the server stores it.
    const n = raw === '' ? 0 : Number(raw);
    if (!/^\d+$/.test(raw || '0') || !Number.isInteger(n) || n < 0 || n > MAX_COUNT) errors[f] = t.reports.countRange(label(f));
    else counts[f] = n;
  }
  const languages = splitList(draft.languages);
  if (languages.length > 30) errors.languages = t.reports.tooMany(t.reports.languagesShort, 30);
  else if (languages.some((l) => l.length > 50)) errors.languages = t.reports.itemTooLong(t.reports.languagesShort, 50);
  const partnerAgencies = splitList(draft.partnerAgencies);
  if (partnerAgencies.length > 30) errors.partnerAgencies = t.reports.tooMany(t.reports.partnerAgenciesShort, 30);
  else if (partnerAgencies.some((p) => p.length > 200)) errors.partnerAgencies = t.reports.itemTooLong(t.reports.partnerAgenciesShort, 200);
  if (draft.notes.length > 5000) errors.notes = t.reports.tooLong(t.reports.notes, 5000);
  if (Object.keys(errors).length > 0) return { errors, input: null };
  return {
    errors,
    input: { kind: draft.kind as ActivityKind, activityDate: draft.activityDate, place, ...counts, languages, partnerAgencies, notes: draft.notes.trim() },
  };
}
