// A line that is one date in a common English or ISO form ("November 19, 2019", "20 Nov 2019, 9:42am", "2019-11-20")
// read without chrono-node. chrono runs some twenty readers over every line it is given, and these forms are most of
// the date stamps captures carry; anything else, or anything the pattern is unsure of, is left to chrono.
import type { FoundDate } from './findDates.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** A full name, or an abbreviation with or without its dot (chrono reads no "May."). */
const MONTH = '(january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?)';
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:mon|tue|wed|thurs|thur|thu|fri|sat|sun)\\.?)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d\\d)';
/** A clock time after the date, 24-hour or with a.m./p.m.; a zone or anything else after it is chrono's to read. */
const TIME = '(?:(?:,\\s|\\s-\\s|\\s|\\sat\\s)(\\d{1,2}):(\\d\\d)(?:\\s?(am|pm|a\\.m\\.|p\\.m\\.))?)?';

/** "Wednesday, 20 November 2019 08:05", "Nov. 18, 2019 at 7:04 pm": the whole line, day first or month first. */
const WRITTEN_DATE = new RegExp(
  `^(?:${WEEKDAY},?\\s)?(?:${DAY}\\s${MONTH},?\\s${YEAR}|${MONTH}\\s${DAY},?\\s${YEAR})${TIME}$`,
  'i',
);
/** "2019-11-20", "2019-11-20 14:35:08": ISO, as findDates rewrites every all-numeric date. */
const ISO_DATE = /^(\d{4})-(\d\d)-(\d\d)(?: (\d\d):(\d\d)(?::\d\d)?)?$/;

/** The day exists: no 30 February, no month 13. */
export function isCalendarDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function hourOf(hour: number, meridiem: string | undefined): number | null {
  if (meridiem === undefined) return hour <= 23 ? hour : null;
  if (hour < 1 || hour > 12) return null;
  const pm = meridiem.toLowerCase().startsWith('p');
  return (hour % 12) + (pm ? 12 : 0);
}

function found(text: string, year: number, month: number, day: number, hour: string | undefined, minute: string | undefined, meridiem?: string): FoundDate | null {
  if (!isCalendarDate(year, month, day)) return null;
  let h: number | null = null;
  let m: number | null = null;
  if (hour !== undefined && minute !== undefined) {
    h = hourOf(Number(hour), meridiem);
    m = Number(minute);
    if (h === null || m > 59) return null;
  }
  return { text, index: 0, year, month, day, hour: h, minute: m, offsetMinutes: null };
}

/** The date the whole of `text` states, or null when it is not one of the common forms (chrono reads those). */
export function readCommonDate(text: string): FoundDate | null {
  const iso = ISO_DATE.exec(text);
  if (iso) return found(text, Number(iso[1]), Number(iso[2]), Number(iso[3]), iso[4], iso[5]);
  const written = WRITTEN_DATE.exec(text);
  if (!written) return null;
  const [, dayFirst, monthAfter, yearAfter, monthFirst, dayAfter, yearLast, hour, minute, meridiem] = written;
  const monthName = (monthAfter ?? monthFirst)!.toLowerCase();
  const month = MONTHS.indexOf(monthName.slice(0, 3)) + 1;
  return found(text, Number(yearAfter ?? yearLast), month, Number(dayFirst ?? dayAfter), hour, minute, meridiem);
}
