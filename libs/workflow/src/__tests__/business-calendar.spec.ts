import { BusinessCalendar } from '../calendar/business-calendar';
import { WorkflowError, WorkflowErrorCode } from '../workflow.errors';

/** A JST wall-clock time as the UTC instant it is: jst('2026-05-01 12:00') = 2026-05-01T03:00Z. */
const jst = (s: string) => new Date(`${s.replace(' ', 'T')}:00+09:00`);
const utc = (s: string) => new Date(s);

describe('BusinessCalendar (行政機関の休日, judged in Asia/Tokyo)', () => {
  const cal = new BusinessCalendar();

  describe('Golden Week 2026', () => {
    it.each([
      ['2026-04-28', false, 'Tuesday'],
      ['2026-04-29', true, '昭和の日 (Wed)'],
      ['2026-04-30', false, 'Thursday'],
      ['2026-05-01', false, 'Friday'],
      ['2026-05-02', true, 'Saturday'],
      ['2026-05-03', true, '憲法記念日 (Sun)'],
      ['2026-05-04', true, 'みどりの日 (Mon)'],
      ['2026-05-05', true, 'こどもの日 (Tue)'],
      ['2026-05-06', true, '振替休日 (Wed)'],
      ['2026-05-07', false, 'Thursday'],
    ])('%s is an administrative holiday: %s (%s)', (date, holiday) => {
      expect(cal.isAdministrativeHoliday(jst(`${date} 10:00`))).toBe(holiday);
      expect(cal.isBusinessDay(jst(`${date} 10:00`))).toBe(!holiday);
    });

    it('the next business day after Friday 5/1 is Thursday 5/7, and its noon is 03:00 UTC', () => {
      expect(cal.nextBusinessDay(jst('2026-05-01 09:00'))).toEqual(utc('2026-05-06T15:00:00Z'));
      expect(cal.nextBusinessDayNoon(jst('2026-05-01 09:00'))).toEqual(utc('2026-05-07T03:00:00Z'));
      // from inside the holidays, too
      expect(cal.nextBusinessDayNoon(jst('2026-05-04 16:00'))).toEqual(utc('2026-05-07T03:00:00Z'));
    });

    it('the next business day after 4/28 skips 昭和の日', () => {
      expect(cal.nextBusinessDayNoon(jst('2026-04-28 18:00'))).toEqual(utc('2026-04-30T03:00:00Z'));
    });

    it('three business days after 4/28 end at 24:00 JST on 5/7', () => {
      // 4/30 (1), 5/1 (2), 5/7 (3)
      expect(cal.addBusinessDays(jst('2026-04-28 10:00'), 3)).toEqual(utc('2026-05-07T15:00:00Z'));
      expect(cal.addBusinessDays(jst('2026-05-01 10:00'), 1)).toEqual(utc('2026-05-07T15:00:00Z'));
      expect(cal.addBusinessDays(jst('2026-05-01 10:00'), 2)).toEqual(utc('2026-05-08T15:00:00Z'));
    });

    it('counts business days across the holidays', () => {
      expect(cal.businessDaysBetween(jst('2026-04-28 10:00'), jst('2026-05-07 10:00'))).toBe(3);
      expect(cal.businessDaysBetween(jst('2026-05-01 10:00'), jst('2026-05-06 23:59'))).toBe(0);
      expect(cal.businessDaysBetween(jst('2026-05-07 10:00'), jst('2026-04-28 10:00'))).toBe(-3);
      expect(cal.businessDaysBetween(jst('2026-05-07 10:00'), jst('2026-05-07 23:00'))).toBe(0);
    });

    it('a warning one business day before a due time lands on the last business day before the holidays', () => {
      // end of 5/7 → end of 5/1; 12:00 on 5/7 → 12:00 on 5/1
      expect(cal.subtractBusinessDays(utc('2026-05-07T15:00:00Z'), 1)).toEqual(utc('2026-05-01T15:00:00Z'));
      expect(cal.subtractBusinessDays(utc('2026-05-07T03:00:00Z'), 1)).toEqual(utc('2026-05-01T03:00:00Z'));
      expect(cal.subtractBusinessDays(utc('2026-05-07T15:00:00Z'), 3)).toEqual(utc('2026-04-28T15:00:00Z'));
    });
  });

  describe('the year-end days (12/29–1/3)', () => {
    it('12/28 is a business day and the next one is Monday 2027-01-04', () => {
      expect(cal.isBusinessDay(jst('2026-12-28 10:00'))).toBe(true);
      expect(cal.nextBusinessDay(jst('2026-12-28 10:00'))).toEqual(utc('2027-01-03T15:00:00Z'));
      expect(cal.nextBusinessDayNoon(jst('2026-12-28 10:00'))).toEqual(utc('2027-01-04T03:00:00Z'));
    });

    it('a weekday inside 12/29–1/3 that is no national holiday is still a holiday', () => {
      expect(cal.isAdministrativeHoliday(jst('2026-12-29 10:00'))).toBe(true); // Tuesday
      expect(cal.isAdministrativeHoliday(jst('2026-12-30 10:00'))).toBe(true); // Wednesday
      expect(cal.isAdministrativeHoliday(jst('2026-12-31 10:00'))).toBe(true); // Thursday
      expect(cal.isAdministrativeHoliday(jst('2027-01-01 10:00'))).toBe(true); // 元日
      expect(cal.isAdministrativeHoliday(jst('2027-01-02 10:00'))).toBe(true); // Saturday
      expect(cal.isBusinessDay(jst('2027-01-04 10:00'))).toBe(true);
      expect(cal.nextBusinessDayNoon(jst('2026-12-30 10:00'))).toEqual(utc('2027-01-04T03:00:00Z'));
    });

    it('two business days after Friday 12/25 end at 24:00 JST on 1/4', () => {
      expect(cal.addBusinessDays(jst('2026-12-25 17:00'), 2)).toEqual(utc('2027-01-04T15:00:00Z'));
      expect(cal.businessDaysBetween(jst('2026-12-25 17:00'), jst('2027-01-04 09:00'))).toBe(2);
      expect(cal.subtractBusinessDays(utc('2027-01-04T03:00:00Z'), 1)).toEqual(utc('2026-12-28T03:00:00Z'));
    });

    it('the JST day starts the year-end at 15:00 UTC on 12/28', () => {
      expect(cal.isBusinessDay(utc('2026-12-28T14:59:59Z'))).toBe(true);
      expect(cal.isAdministrativeHoliday(utc('2026-12-28T15:00:00Z'))).toBe(true);
    });
  });

  describe('substitute holidays and 国民の休日', () => {
    it('振替休日 2027-03-22 (春分の日 fell on a Sunday)', () => {
      expect(cal.isAdministrativeHoliday(jst('2027-03-22 10:00'))).toBe(true);
      expect(cal.nextBusinessDay(jst('2027-03-19 10:00'))).toEqual(utc('2027-03-22T15:00:00Z')); // Tuesday 3/23
      expect(cal.addBusinessDays(jst('2027-03-19 10:00'), 1)).toEqual(utc('2027-03-23T15:00:00Z'));
    });

    it('国民の休日 2026-09-22 between 敬老の日 and 秋分の日', () => {
      expect(cal.isAdministrativeHoliday(jst('2026-09-22 10:00'))).toBe(true);
      expect(cal.nextBusinessDayNoon(jst('2026-09-18 10:00'))).toEqual(utc('2026-09-24T03:00:00Z'));
    });
  });

  describe('the JST/UTC day boundary', () => {
    it('2026-05-01T15:30Z is already Saturday 5/2 in Tokyo', () => {
      expect(cal.jstDate(utc('2026-05-01T15:30:00Z'))).toBe('2026-05-02');
      expect(cal.isAdministrativeHoliday(utc('2026-05-01T15:30:00Z'))).toBe(true);
      expect(cal.isBusinessDay(utc('2026-05-01T14:59:59.999Z'))).toBe(true);
    });

    it('the next business day counts from the JST date, not the UTC one', () => {
      // 4/29 23:30 JST (a holiday) → 4/30; 4/30 00:30 JST (the same UTC date) → 5/1
      expect(cal.nextBusinessDayNoon(utc('2026-04-29T14:30:00Z'))).toEqual(utc('2026-04-30T03:00:00Z'));
      expect(cal.nextBusinessDayNoon(utc('2026-04-29T15:30:00Z'))).toEqual(utc('2026-05-01T03:00:00Z'));
    });

    it('an early-morning JST instant belongs to that JST day', () => {
      // Monday 2026-11-30 08:00 JST is Sunday 23:00 UTC
      expect(cal.isBusinessDay(utc('2026-11-29T23:00:00Z'))).toBe(true);
      expect(cal.startOfJstDay(utc('2026-11-29T23:00:00Z'))).toEqual(utc('2026-11-29T15:00:00Z'));
    });
  });

  describe('weekends', () => {
    it('Friday to the next Tuesday over a weekend and 勤労感謝の日 (Mon 11/23)', () => {
      expect(cal.isAdministrativeHoliday(jst('2026-11-21 10:00'))).toBe(true);
      expect(cal.isAdministrativeHoliday(jst('2026-11-22 10:00'))).toBe(true);
      expect(cal.nextBusinessDayNoon(jst('2026-11-20 17:30'))).toEqual(utc('2026-11-24T03:00:00Z'));
      expect(cal.addBusinessDays(jst('2026-11-20 17:30'), 5)).toEqual(utc('2026-11-30T15:00:00Z'));
    });

    it('a Saturday instant counts from Saturday', () => {
      expect(cal.nextBusinessDay(jst('2026-11-28 10:00'))).toEqual(utc('2026-11-29T15:00:00Z'));
    });
  });

  describe('arguments', () => {
    it('refuses dates the holiday table does not cover and non-positive counts', () => {
      const outOfRange = (f: () => unknown) => {
        try {
          f();
        } catch (e) {
          return e instanceof WorkflowError && e.workflowCode === WorkflowErrorCode.CALENDAR_OUT_OF_RANGE;
        }
        return false;
      };
      expect(outOfRange(() => cal.isBusinessDay(jst('2051-06-01 10:00')))).toBe(true);
      expect(outOfRange(() => cal.addBusinessDays(jst('2026-06-01 10:00'), 0))).toBe(true);
      expect(outOfRange(() => cal.addBusinessDays(jst('2026-06-01 10:00'), 1.5))).toBe(true);
      expect(outOfRange(() => cal.isBusinessDay(new Date('nonsense')))).toBe(true);
    });

    it('is consistent: n business days later, minus a millisecond, is n business days away', () => {
      for (const start of ['2026-04-27 09:00', '2026-12-24 11:00', '2027-03-18 23:59']) {
        for (let n = 1; n <= 12; n += 1) {
          const end = cal.addBusinessDays(jst(start), n);
          expect(cal.businessDaysBetween(jst(start), new Date(end.getTime() - 1))).toBe(n);
          expect(cal.isBusinessDay(new Date(end.getTime() - 1))).toBe(true);
        }
      }
    });
  });
});
