import { BusinessCalendar } from '@renkei/workflow';
import { oneYearAfter, receiptNumberFor, reportDueAt } from '../tips.deadlines';

describe('tip deadlines', () => {
  const calendar = new BusinessCalendar();
  const due = (at: string) => reportDueAt(calendar, new Date(at)).toISOString();

  it('is 12:00 JST of the next business day after the JST day of receipt', () => {
    // Fri 2026-11-20 10:00 JST → Mon 11/23 is 勤労感謝の日 → Tue 11/24 12:00 JST
    expect(due('2026-11-20T01:00:00Z')).toBe('2026-11-24T03:00:00.000Z');
    // Fri 23:30 JST (14:30Z) is still Friday in Tokyo
    expect(due('2026-11-20T14:30:00Z')).toBe('2026-11-24T03:00:00.000Z');
    // Tue 2026-11-24 00:30 JST (Mon 15:30Z) → Wed 11/25
    expect(due('2026-11-23T15:30:00Z')).toBe('2026-11-25T03:00:00.000Z');
    // a web tip on Sunday → Monday
    expect(due('2026-11-29T03:00:00Z')).toBe('2026-11-30T03:00:00.000Z');
    // 12/28 (Mon) → 12/29–1/3 are 行政機関の休日 → Mon 2027-01-04
    expect(due('2026-12-28T05:00:00Z')).toBe('2027-01-04T03:00:00.000Z');
  });

  it('numbers receipts with the JST date and a 4-digit (or longer) sequence', () => {
    expect(receiptNumberFor('2026-11-20', 42)).toBe('T-20261120-0042');
    expect(receiptNumberFor('2026-11-20', 12345)).toBe('T-20261120-12345');
  });

  it('keeps a reward notice for one calendar year', () => {
    expect(oneYearAfter(new Date('2026-11-20T01:00:00Z')).toISOString()).toBe('2027-11-20T01:00:00.000Z');
  });
});
