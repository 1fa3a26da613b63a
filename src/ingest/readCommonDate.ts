// A date in a common English or ISO form ("November 19, 2019", "20 Nov 2019, 9:42am", "2019-11-20"), alone on its line
// or with words around it ("By Jane Doe, November 19, 2019"), read without chrono-node. chrono runs some twenty readers
// over every line it is given, and these forms are most of the date stamps captures carry; anything else, or anything
// the patterns are unsure of, is left to chrono.
import type { FoundDate } from './findDates.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** A full name, or an abbreviation with or without its dot (chrono reads no "May."). */
const MONTH_NAMES = 'january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?';
/** chrono's English weekdays: its dictionary has no "Tues" or "Weds". */
const WEEKDAY_NAMES = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:mon|tue|wed|thurs|thur|thu|fri|sat|sun)\\.?';
const MONTH = `(${MONTH_NAMES})`;
const WEEKDAY = `(?:${WEEKDAY_NAMES})`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d\\d)';
/**
 * A clock time after the date, 24-hour or with a.m./p.m.; a zone or anything else after it is chrono's to read. chrono
 * joins a time to a written date across " - ", and not to an ISO one.
 */
const clock = (separators: string) => `(?:(?:${separators})(\\d{1,2}):(\\d\\d)(?::\\d\\d)?(?:\\s?(am|pm|a\\.m\\.|p\\.m\\.))?)?`;
const WRITTEN = `(?:${WEEKDAY},?\\s)?(?:${DAY}\\s${MONTH},?\\s${YEAR}|${MONTH}\\s${DAY},?\\s${YEAR})${clock(',\\s|\\s-\\s|\\s|\\sat\\s')}`;
const ISO = `(\\d{4})-(\\d\\d)-(\\d\\d)${clock(',\\s|\\s|\\sat\\s')}`;

/** "Wednesday, 20 November 2019 08:05", "Nov. 18, 2019 at 7:04 pm": the whole line, day first or month first. */
const WRITTEN_DATE = new RegExp(`^${WRITTEN}$`, 'i');
/** "2019-11-20", "2019-11-20 14:35:08": ISO, as findDates rewrites every all-numeric date. */
const ISO_DATE = new RegExp(`^${ISO}$`, 'i');
/**
 * The same forms inside a line, with no letter or digit right before or after: "By Jane Doe, Nov. 18, 2019 |
 * Politics". Letters and digits in ASCII only, as chrono bounds its words.
 */
const WRITTEN_INSIDE = new RegExp(`(?<![A-Za-z0-9])${WRITTEN}(?![A-Za-z0-9])`, 'i');
const HAS_YEAR = /(?:19|20)\d\d/;
const ISO_INSIDE = new RegExp(`(?<![A-Za-z0-9-])${ISO}(?![A-Za-z0-9:-])`, 'i');

/**
 * Words around a date that chrono would read as part of it, or as another date, so that its reading could differ:
 * - any digit (a second date, a time before the date, a range, an offset like "+09:00");
 * - a month or weekday name ("Nov. 19 to Nov. 20, 2019");
 * - right before it, a word chrono takes into the date ("on 20 November", "last Wednesday, 20 November").
 */
const DIGIT = /\d/;
const CALENDAR_WORD = new RegExp(`(?<![\\p{L}])(?:${MONTH_NAMES}|${WEEKDAY_NAMES})(?![\\p{L}])`, 'iu');
const ABSORBED_BEFORE = /(?<![\p{L}])(on|this|last|past|next|the|of)\s*[,(]?\s*$/iu;
/**
 * Right after it, what chrono reads on: a meridiem the pattern did not take ("1:35 a.m"), an era after the year ("2019
 * BC"), a part of the day ("o'clock", "in the morning").
 */
const DAY_PART = /^\s*,?\s*(o['’]?\s*clock|((in|at) (the )?|this |the )?(morning|afternoon|evening|night)|tonight|noon|midnight)(?![\p{L}])/iu;
const MERIDIEM = /^\s*[ap](?![\p{L}])/iu;
const ERA = /^\s{0,2}(be|ad|bc|bce|ce)(?![\p{L}])/iu;
/** Where chrono looks for a zone's abbreviation after a date (its own pattern, so both find the same word). */
const ZONE_ABBREVIATION = /^\s*,?\s*\(?([A-Z]{2,4})\)?(?=\W|$)/i;
/**
 * The zones read here, with chrono's offsets for them: those whose offset is the same all year. A zone that shifts
 * with summer time ("ET", "CET"), or one not listed, is left to chrono.
 */
const FIXED_ZONES: ReadonlyMap<string, number> = new Map([
  ['GMT', 0], ['UTC', 0], ['EST', -300], ['EDT', -240], ['CST', -360], ['CDT', -300], ['MST', -420], ['PST', -480],
  ['PDT', -420], ['IST', 330], ['KST', 540], ['JST', 540], ['BST', 60], ['CEST', 120], ['HKT', 480], ['SGT', 480],
  ['MSK', 180], ['AEST', 600], ['AEDT', 660],
]);

/** The day exists: no 30 February, no month 13. */
export function isCalendarDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The hour on a 24-hour clock: as written when no half of the day is named, else from a 12-hour one; null if none. */
export function clockHour(hour: number, afternoon: boolean | undefined): number | null {
  if (afternoon === undefined) return hour <= 23 ? hour : null;
  if (hour < 1 || hour > 12) return null;
  return (hour % 12) + (afternoon ? 12 : 0);
}

function found(
  text: string, year: number, month: number, day: number, hour: string | undefined, minute: string | undefined, meridiem: string | undefined, index: number,
): FoundDate | null {
  if (!isCalendarDate(year, month, day)) return null;
  let h: number | null = null;
  let m: number | null = null;
  if (hour !== undefined && minute !== undefined) {
    h = clockHour(Number(hour), meridiem === undefined ? undefined : meridiem.toLowerCase().startsWith('p'));
    m = Number(minute);
    if (h === null || m > 59) return null;
  }
  return { text, index, year, month, day, hour: h, minute: m, offsetMinutes: null };
}

function fromIso(match: RegExpExecArray): FoundDate | null {
  return found(match[0], Number(match[1]), Number(match[2]), Number(match[3]), match[4], match[5], match[6], match.index);
}

function fromWritten(match: RegExpExecArray): FoundDate | null {
  const [text, dayFirst, monthAfter, yearAfter, monthFirst, dayAfter, yearLast, hour, minute, meridiem] = match;
  const monthName = (monthAfter ?? monthFirst)!.toLowerCase();
  const month = MONTHS.indexOf(monthName.slice(0, 3)) + 1;
  return found(text, Number(yearAfter ?? yearLast), month, Number(dayFirst ?? dayAfter), hour, minute, meridiem, match.index);
}

/**
 * The date as chrono reads it, when the words around it leave chrono nothing more to read, or nothing this module
 * cannot read the same way: a zone with a fixed offset after it is taken in, as chrono takes it.
 */
function settle(text: string, date: FoundDate): FoundDate | null {
  const before = text.slice(0, date.index);
  let after = text.slice(date.index + date.text.length);
  if (DIGIT.test(before) || DIGIT.test(after) || CALENDAR_WORD.test(before) || CALENDAR_WORD.test(after)) return null;
  if (ABSORBED_BEFORE.test(before) || DAY_PART.test(after) || (date.hour === null ? ERA : MERIDIEM).test(after)) return null;
  const zone = ZONE_ABBREVIATION.exec(after);
  // After a bare date chrono takes only an abbreviation written in capitals.
  if (!zone || (date.hour === null && zone[1] !== zone[1]!.toUpperCase())) return date;
  const offset = FIXED_ZONES.get(zone[1]!.toUpperCase());
  if (offset === undefined) return null;
  after = after.slice(zone[0].length);
  if (DAY_PART.test(after)) return null;
  return { ...date, text: date.text + zone[0], offsetMinutes: offset };
}

/** The one date `text` states, or null when it is not in one of the common forms (chrono reads those). */
export function readCommonDate(text: string): FoundDate | null {
  const iso = ISO_DATE.exec(text);
  if (iso) return fromIso(iso);
  const written = WRITTEN_DATE.exec(text);
  if (written) return fromWritten(written);
  // Both forms hold a year, the cheap sign that spares most lines the searches.
  if (!HAS_YEAR.test(text)) return null;
  const isoInside = ISO_INSIDE.exec(text);
  const writtenInside = isoInside ? null : WRITTEN_INSIDE.exec(text);
  const date = isoInside ? fromIso(isoInside) : writtenInside ? fromWritten(writtenInside) : null;
  return date && settle(text, date);
}
