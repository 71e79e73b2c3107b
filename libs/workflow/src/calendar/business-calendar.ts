import { Injectable } from '@nestjs/common';
import holidayJp from '@holiday-jp/holiday_jp';
import { WorkflowError, WorkflowErrorCode } from '../workflow.errors';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Asia/Tokyo has had no daylight saving time since 1951: a fixed offset is exact. */
const JST_OFFSET_MS = 9 * HOUR_MS;

/*
 * holiday_jp keys its table by 'YYYY-MM-DD' and its `isHoliday(Date)` formats the Date in the
 * process's local time zone, so passing a Date would judge the day in UTC on a UTC server.
 * We look our own JST date string up in the table instead (and in a Set: `isHoliday` scans
 * every key on each call).
 */
const NATIONAL_HOLIDAYS: ReadonlySet<string> = new Set(Object.keys(holidayJp.holidays));
const COVERED_YEARS = (() => {
  const years = [...NATIONAL_HOLIDAYS].map((d) => Number(d.slice(0, 4)));
  return { first: Math.min(...years), last: Math.max(...years) };
})();

/** A day of the JST calendar, as the number of days since 1970-01-01 (JST). */
type DayNumber = number;

function dayOf(instant: Date): DayNumber {
  const t = instant.getTime();
  if (Number.isNaN(t)) throw new WorkflowError(WorkflowErrorCode.CALENDAR_OUT_OF_RANGE, 'Invalid date');
  return Math.floor((t + JST_OFFSET_MS) / DAY_MS);
}

/** 00:00 JST of the day, as a UTC instant. */
function startOf(day: DayNumber): Date {
  return new Date(day * DAY_MS - JST_OFFSET_MS);
}

function parts(day: DayNumber): { year: number; month: number; date: number; weekday: number; iso: string } {
  const d = new Date(day * DAY_MS); // read with getUTC*: the JST wall clock of that day
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate(), weekday: d.getUTCDay(), iso: d.toISOString().slice(0, 10) };
}

function positiveCount(n: number): number {
  if (!Number.isInteger(n) || n < 1) {
    throw new WorkflowError(WorkflowErrorCode.CALENDAR_OUT_OF_RANGE, 'The number of business days must be a positive integer');
  }
  return n;
}

/**
 * The Japanese administrative calendar (行政機関の休日: Saturdays, Sundays, national holidays
 * with 振替休日 and 国民の休日, and 12/29–1/3). Every argument and result is a UTC instant;
 * days are judged in Asia/Tokyo. Stateless: inject it or use `new BusinessCalendar()`.
 */
@Injectable()
export class BusinessCalendar {
  /** The JST calendar date of an instant, 'YYYY-MM-DD'. */
  jstDate(instant: Date): string {
    return parts(dayOf(instant)).iso;
  }

  /** 00:00 JST of the instant's JST date. */
  startOfJstDay(instant: Date): Date {
    return startOf(dayOf(instant));
  }

  /** administrativeHoliday: whether the instant's JST date is a 行政機関の休日. */
  isAdministrativeHoliday(instant: Date): boolean {
    return this.isHolidayDay(dayOf(instant));
  }

  isBusinessDay(instant: Date): boolean {
    return !this.isHolidayDay(dayOf(instant));
  }

  /** nextBusinessDay: the first business day after the instant's JST date, as its 00:00 JST. */
  nextBusinessDay(instant: Date): Date {
    return startOf(this.nthBusinessDayAfter(dayOf(instant), 1));
  }

  /** "翌勤務日の午前中": 12:00 JST on the next business day after the instant's JST date. */
  nextBusinessDayNoon(instant: Date): Date {
    return new Date(this.nextBusinessDay(instant).getTime() + 12 * HOUR_MS);
  }

  /**
   * The end (24:00 JST, i.e. 00:00 JST of the following calendar day) of the n-th business day
   * after the instant's JST date (n ≥ 1): a deadline "within n business days".
   */
  addBusinessDays(instant: Date, n: number): Date {
    return startOf(this.nthBusinessDayAfter(dayOf(instant), positiveCount(n)) + 1);
  }

  /**
   * The same JST time of day on the n-th business day before the instant's JST date (n ≥ 1), e.g.
   * a warning one business day before a due time. An instant at exactly 00:00 JST is read as
   * 24:00 of the day before, so the end of a business day (what `addBusinessDays` returns)
   * moves to the end of an earlier business day.
   */
  subtractBusinessDays(instant: Date, n: number): Date {
    positiveCount(n);
    const t = instant.getTime();
    let day = dayOf(instant);
    let timeOfDay = t - startOf(day).getTime();
    if (timeOfDay === 0) {
      day -= 1;
      timeOfDay = DAY_MS;
    }
    for (let left = n; left > 0; ) {
      day -= 1;
      if (!this.isHolidayDay(day)) left -= 1;
    }
    return new Date(startOf(day).getTime() + timeOfDay);
  }

  /**
   * The number of business days after a's JST date up to and including b's JST date (negative
   * when b's date is before a's). `businessDaysBetween(a, addBusinessDays(a, n) - 1 ms) === n`.
   */
  businessDaysBetween(a: Date, b: Date): number {
    const from = dayOf(a);
    const to = dayOf(b);
    const [low, high, sign] = from <= to ? [from, to, 1] : [to, from, -1];
    let count = 0;
    for (let day = low + 1; day <= high; day += 1) {
      if (!this.isHolidayDay(day)) count += 1;
    }
    return sign * count;
  }

  private nthBusinessDayAfter(day: DayNumber, n: number): DayNumber {
    let current = day;
    for (let left = n; left > 0; ) {
      current += 1;
      if (!this.isHolidayDay(current)) left -= 1;
    }
    return current;
  }

  private isHolidayDay(day: DayNumber): boolean {
    const p = parts(day);
    // Past the table's last year every weekday would look like a business day: refuse instead.
    if (p.year < COVERED_YEARS.first || p.year > COVERED_YEARS.last) {
      throw new WorkflowError(
        WorkflowErrorCode.CALENDAR_OUT_OF_RANGE,
        `The holiday calendar covers ${COVERED_YEARS.first}–${COVERED_YEARS.last}`,
      );
    }
    if (p.weekday === 0 || p.weekday === 6) return true;
    if ((p.month === 12 && p.date >= 29) || (p.month === 1 && p.date <= 3)) return true;
    return NATIONAL_HOLIDAYS.has(p.iso);
  }
}
