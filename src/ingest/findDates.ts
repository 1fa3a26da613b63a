// Text → the calendar dates written in it, with time and zone when stated; all-numeric dates are read in a known order or not at all.
import * as chrono from 'chrono-node';
import { boundedMemo } from './boundedMemo.ts';
import { type DateLanguage, monthLanguages } from './monthNames.ts';
import { clockHour, isCalendarDate, readCommonDate } from './readCommonDate.ts';
import { koreanDates } from './readKoreanDate.ts';

export type NumericOrder = 'MDY' | 'DMY' | 'YMD';

/**
 * Any order will do to tell whether a line holds a date ("03/04/2024" is one either way); which day it is waits for
 * the publisher's order, so a line kept for its date is kept as written and read again in that order.
 */
export const DETECTION_ORDER: NumericOrder = 'MDY';

export interface FoundDate {
  /** The date as written (after numeric dates were rewritten to ISO). */
  text: string;
  index: number;
  year: number | null;
  month: number;
  day: number;
  hour: number | null;
  minute: number | null;
  /** Offset from UTC stated on the page (e.g. "KST", "GMT+9", "+09:00"). */
  offsetMinutes: number | null;
}

export interface FindDatesOptions {
  /** How all-numeric dates are written on this page; without it only unambiguous ones are read. */
  order?: NumericOrder | undefined;
  /** Reference for chrono when a year is missing; a year it supplies is not reported as stated. */
  reference?: Date | undefined;
}

/** 11/29/2024, 29.11.2024, 29-11-2024: day and month in an order only context can tell. */
const DAY_MONTH_YEAR = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/.-]*\d)/g;
/** 2024.10.30, 2024/10/30: year first is never ambiguous in practice. */
const YEAR_MONTH_DAY = /(?<![\d/.-])(\d{4})([/.])(\d{1,2})\2(\d{1,2})\.?(?![\d/.-]*\d)/g;
/**
 * 11/04/24, 05.11.24: a year in two digits ("by Brandon Kessler - 11/04/24 5:48 PM ET", The Hill), read in the same
 * orders; letters or other numbers joined to it (a version "v2.1.24", a fraction) make it no date.
 */
const DAY_MONTH_SHORT_YEAR = /(?<![\p{L}\p{N}/.-])(\d{1,2})([/.])(\d{1,2})\2(\d{2})(?![\p{L}\p{N}]|[/.-]\d)/gu;
/** Two-digit years from this one on are of the last century ('98), below it of this one ('24). */
const CENTURY_PIVOT = 70;

/** "1/5", "Room 12/3": a year-less numeric pair is a counter or a fraction as often as a date, and is never read. */
const NUMERIC_PAIR = /(?<![\d/])\d{1,2}\/\d{1,2}(?![\d/])/g;
/** Relative expressions are read only against a capture time, elsewhere. */
const RELATIVE_WORDS = /\b(ago|today|yesterday|tomorrow|now|last|next|this)\b/i;
/** chrono tags results read relative to the reference ("in 60 seconds"); those are not dates printed on the page. */
function isRelative(result: chrono.ParsedResult): boolean {
  return [...result.tags()].some((tag) => tag.startsWith('result/relative'));
}

/** Keeps chrono from reading an ambiguous numeric date in its own default order. */
const MASK = 'ambiguous-date';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Which order an all-numeric date must be in, if its numbers decide it alone. */
export function forcedOrder(first: number, second: number): NumericOrder | 'either' | null {
  if (first === second) return 'either';
  if (first > 12 && second <= 12) return 'DMY';
  if (second > 12 && first <= 12) return 'MDY';
  return null;
}

/** Rewrites all-numeric dates as ISO so the rest of the text is read by one parser. */
function rewriteNumeric(text: string, order: NumericOrder | undefined): string {
  const ymd = text.replace(YEAR_MONTH_DAY, (_all, y: string, _s, m: string, d: string) =>
    isCalendarDate(+y, +m, +d) ? `${y}-${pad(+m)}-${pad(+d)}` : MASK,
  );
  const rewrite = (a: string, separator: string, b: string, y: number) => {
    const forced = forcedOrder(+a, +b);
    // Dots part a day from its month, then the year, wherever dates are written with them ("05.11.2024" on a German
    // page of an outlet whose English pages write "11/05/2024").
    const use = forced === 'either' ? 'MDY' : forced ?? (separator === '.' ? 'DMY' : order === 'YMD' ? undefined : order);
    if (!use) return MASK;
    const [m, d] = use === 'MDY' ? [+a, +b] : [+b, +a];
    return isCalendarDate(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : MASK;
  };
  return ymd
    .replace(DAY_MONTH_YEAR, (_all, a: string, separator: string, b: string, y: string) => rewrite(a, separator, b, +y))
    .replace(DAY_MONTH_SHORT_YEAR, (_all, a: string, separator: string, b: string, y: string) => rewrite(a, separator, b, +y + (+y >= CENTURY_PIVOT ? 1900 : 2000)))
    .replace(NUMERIC_PAIR, MASK);
}

/** chrono's readers of spans of time ("3 days ago", "within 2 hours"): never a date printed on a page. */
const TIME_SPAN_READER = /TimeUnit(Within|Ago|Later|CasualRelative)/;

/**
 * A language's strict chrono without its time-span readers, whose results would be dropped as relative anyway: each
 * reader is a pattern run over the whole line, and every line with a month name and a digit is read.
 */
function withoutTimeSpans(parser: chrono.Chrono): chrono.Chrono {
  const lean = parser.clone();
  lean.parsers = lean.parsers.filter((p) => !TIME_SPAN_READER.test(p.constructor.name));
  return lean;
}

/** The languages whose dates chrono reads: "Oktober 27, 2015", "27 octobre 2015", "2019年11月19日". */
const PARSERS = Object.fromEntries(
  Object.entries({
    en: chrono.strict, de: chrono.de.strict, fr: chrono.fr.strict, es: chrono.es.strict, pt: chrono.pt.strict,
    it: chrono.it.strict, nl: chrono.nl.strict, id: chrono.id.strict, sv: chrono.sv.strict, fi: chrono.fi.strict,
    ru: chrono.ru.strict, uk: chrono.uk.strict, vi: chrono.vi.strict, ja: chrono.ja.strict, zh: chrono.zh.strict,
  }).map(([language, parser]) => [language, withoutTimeSpans(parser)]),
) as Record<DateLanguage, chrono.Chrono>;

/** Every written date has a digit; lines without one are most lines, and skipping them keeps parsing fast. */
const HAS_DIGIT = /\d/;
/** After numeric dates are rewritten, an ISO date is read by the English parser whatever the page's language. */
const ISO_DATE = /\d{4}-\d{2}-\d{2}/;

function parseIn(parser: chrono.Chrono, text: string, reference: Date): chrono.ParsedResult[] {
  return parser
    .parse(text, reference)
    .filter((r) => r.start.isCertain('day') && r.start.isCertain('month') && !RELATIVE_WORDS.test(r.text) && !isRelative(r));
}


/**
 * Only the languages whose month names the text holds are asked (chrono is slow, and most lines hold no date):
 * English first, since its abbreviations are everyone's.
 */
function parsersFor(text: string): chrono.Chrono[] {
  const languages = monthLanguages(text);
  if (ISO_DATE.test(text) && !languages.includes('en')) languages.unshift('en');
  return languages.map((l) => PARSERS[l]);
}

/** A date written with numbers only: 11/29/2024, 29.11.2024, 2024-11-29. */
const NUMERIC_DATE = /\d[/.-]\d{1,2}[/.-]\d|\d{4}-\d{2}-\d{2}/;

/**
 * The dates chrono reads in text whose all-numeric dates are already rewritten as ISO. Exported for the tests that hold
 * readCommonDate to the same readings.
 */
export function chronoDates(rewritten: string, reference: Date): FoundDate[] {
  let results: chrono.ParsedResult[] = [];
  // No month name and no numeric date: no parser is asked.
  for (const parser of parsersFor(rewritten)) {
    results = parseIn(parser, rewritten, reference);
    if (results.length > 0) break;
  }
  return results.map((r) => ({
    text: r.text.trim(),
    index: r.index,
    year: r.start.isCertain('year') ? r.start.get('year') : null,
    month: r.start.get('month') ?? 1,
    day: r.start.get('day') ?? 1,
    hour: r.start.isCertain('hour') ? r.start.get('hour') : null,
    minute: r.start.isCertain('hour') ? r.start.get('minute') ?? 0 : null,
    offsetMinutes: r.start.isCertain('timezoneOffset') ? r.start.get('timezoneOffset') : null,
  }));
}

/**
 * "2024 г." and "2024 р.", the abbreviated Russian and Ukrainian "year": chrono reads the letter but not its period,
 * and the period then parts the date from its time ("30 октября 2024 г., 14:05" lost its 14:05); written without the
 * space ("2024г.") the year is not read at all, nor is the time after a numeric date ("30.10.2024 г., 14:05"). Blanked
 * out, so the text keeps its length and the readings their places.
 */
const YEAR_ABBREVIATION = /(?<=\d{4} ?)[гр]\.(?!\p{L})/gu;

function blankYearAbbreviations(text: string): string {
  if (!text.includes('г.') && !text.includes('р.')) return text;
  return text.replace(YEAR_ABBREVIATION, '  ');
}

/**
 * "November 5, 20245:51 AM GMT+9": Reuters prints the year and the time with no space between, and the year is read
 * as 20245. The comma before the year gives way to a space after it, so the text keeps its length; without a comma
 * ("5 November 20241:05 PM") a space is put in.
 */
const GLUED_YEAR_TIME = /(\p{L}\.? \d{1,2}|\d{1,2} \p{L}+\.?)(,? )((?:19|20)\d{2})(\d{1,2}:\d{2})(?!\d)/gu;

/** A year with a digit or two and a colon right after it: the only lines GLUED_YEAR_TIME can change. */
const GLUED_HINT = /(?:19|20)\d{3,4}:/;

function unglueYearTime(text: string): string {
  if (!GLUED_HINT.test(text)) return text;
  return text.replace(GLUED_YEAR_TIME, (_all, day: string, _separator: string, year: string, time: string) => `${day} ${year} ${time}`);
}

/** A clock time ending right before a date: "14:30 November 05, 2024" (Yonhap), which chrono reads apart from it. */
const CLOCK_BEFORE = /(?<![\d:.])(\d{1,2}):(\d{2})(?:\s?([ap])\.?m\.?)?\s*,?\s*$/i;

/**
 * A four-digit time in GMT before the date, the local time in brackets after it: "Updated 0339 GMT (1139 HKT) November
 * 19, 2019" (CNN). The GMT reading is taken, with its offset; the bracketed one is a conversion of it.
 */
const GMT_CLOCK_BEFORE = /(?<![\d:.])([01]\d|2[0-3])([0-5]\d) (?:GMT|UTC)(?: \((?:[01]\d|2[0-3])[0-5]\d [A-Z]{2,5}\))?\s*,?\s*$/;

function withClockBefore(text: string, date: FoundDate): FoundDate {
  if (date.hour !== null) return date;
  const before = text.slice(0, date.index);
  const gmt = GMT_CLOCK_BEFORE.exec(before);
  if (gmt) {
    return { ...date, text: text.slice(gmt.index, date.index) + date.text, index: gmt.index, hour: Number(gmt[1]), minute: Number(gmt[2]), offsetMinutes: 0 };
  }
  const clock = CLOCK_BEFORE.exec(before);
  if (!clock) return date;
  const meridiem = clock[3]?.toLowerCase();
  const hour = clockHour(Number(clock[1]), meridiem === undefined ? undefined : meridiem === 'p');
  const minute = Number(clock[2]);
  if (hour === null || minute > 59) return date;
  return { ...date, text: text.slice(clock.index, date.index) + date.text, index: clock.index, hour, minute };
}

/**
 * A clock time set off from the date before it by a mark: "05/11/2024 - 12:15 GMT+1" (Euronews, France 24), "5 November
 * 2024 • 10:32am" (The Telegraph), "November 5, 2024 / 7:12 AM EST", "2019-11-20 / 11:42 am". chrono joins a time to a
 * written date across a hyphen only, and to an ISO one across nothing, so the mark gives way to spaces (as many as the
 * characters it took, so the readings keep their places in the line). A date ends in its year or, once rewritten, in an
 * ISO day; the time must follow the mark at once.
 */
const TIME_AFTER_MARK = /(?<=(?<![\d:])(?:19|20)\d\d|\d{4}-\d\d-\d\d),?(?:\s*[|•·]\s*|\s+[-–—/]\s+)(?=\d{1,2}:\d\d(?![\d:]*\d{3}))/g;
/** The marks TIME_AFTER_MARK takes, one of which a line must hold for the pattern to be run. */
const TIME_MARK_HINT = /[|•·/–—-]/;

function joinTimeAfterMark(text: string): string {
  if (!text.includes(':') || !TIME_MARK_HINT.test(text)) return text;
  return text.replace(TIME_AFTER_MARK, (mark) => ' '.repeat(mark.length));
}

function readDates(text: string, order: NumericOrder | undefined, reference: Date): FoundDate[] {
  const blanked = unglueYearTime(blankYearAbbreviations(text));
  const rewritten = joinTimeAfterMark(NUMERIC_DATE.test(blanked) ? rewriteNumeric(blanked, order) : blanked);
  const common = readCommonDate(rewritten);
  if (common) return [common];
  const korean = koreanDates(rewritten);
  return korean.length > 0 ? korean : chronoDates(rewritten, reference).map((d) => withClockBefore(rewritten, d));
}

/**
 * A page reads most of its date lines twice or more (is this line a date stamp? a headline holding a date? then: which
 * date is it, in the publisher's order?), and chrono is most of the time dates take. The readings are kept for one
 * page: parseDump forgets them as it starts the next (forgetDates), so every page is read as if it were the first,
 * and the parser's measured speed is that of pages read once. The limit only bounds a pathological page.
 */
const DATE_MEMO_LIMIT = 4096;
const SEPARATOR = '\u0000';
const rememberedDates = boundedMemo((key) => {
  const afterTime = key.indexOf(SEPARATOR);
  const afterOrder = key.indexOf(SEPARATOR, afterTime + 1);
  const order = key.slice(afterTime + 1, afterOrder) as NumericOrder | '';
  const dates = readDates(key.slice(afterOrder + 1), order || undefined, new Date(Number(key.slice(0, afterTime))));
  return Object.freeze(dates.map((d) => Object.freeze(d)));
}, DATE_MEMO_LIMIT);

/** Starts a new page: no reading is kept from the one before. */
export function forgetDates(): void {
  rememberedDates.forget();
}

export function findDates(text: string, options: FindDatesOptions = {}): readonly FoundDate[] {
  if (!HAS_DIGIT.test(text)) return [];
  // The order only matters to all-numeric dates, so lines without one share an entry whatever the order asked.
  const order = NUMERIC_DATE.test(text) ? options.order ?? '' : '';
  const time = options.reference?.getTime() ?? Date.UTC(2000, 0, 1);
  return rememberedDates(`${time}${SEPARATOR}${order}${SEPARATOR}${text}`);
}

/** Share of the text the dates cover: a line that is mostly a date is a date stamp, not a sentence. */
export function dateCoverage(text: string, dates: readonly FoundDate[]): number {
  const letters = text.replace(/[^\p{L}\p{N}]/gu, '').length;
  if (letters === 0) return 0;
  const covered = dates.reduce((sum, d) => sum + d.text.replace(/[^\p{L}\p{N}]/gu, '').length, 0);
  return covered / letters;
}

/** The order a page writes numeric dates in, when one of its dates has a day above 12 and so settles it. */
export function inferNumericOrder(text: string): NumericOrder | undefined {
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    const forced = forcedOrder(Number(m[1]), Number(m[3]));
    if (forced === 'MDY' || forced === 'DMY') return forced;
  }
  return undefined;
}
