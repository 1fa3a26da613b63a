// Article span → publication date: from labelled or bare date lines, the URL, a dateline, or a relative stamp read against the capture time; otherwise null.
import { TZDate } from '@date-fns/tz';
import { format, subDays, subHours, subMinutes, subMonths, subSeconds, subWeeks, subYears } from 'date-fns';
import { findDates, type FoundDate, type NumericOrder } from './findDates.ts';
import type { ArticleSpan, ExtractedDate, MetaInfo } from './types.ts';
import { DATELINE, UPDATED_BEFORE_DATE } from './vocabulary.ts';

export interface DateContext {
  order?: NumericOrder | undefined;
  /** The publisher's zone, to give a printed local time its offset. */
  timezone?: string | undefined;
  /** When the page was captured: the only reference for relative and year-less dates. */
  capturedAt?: Date | undefined;
  url?: string | null;
}

/** /2024/10/30/ or /2024-10-30/ or /20241030/ in a URL path. */
const URL_DATE = /\/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?=[/\-_.]|$)/;

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

function dayText(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function withTime(found: FoundDate, year: number, source: string, context: DateContext): ExtractedDate {
  const date = dayText(year, found.month, found.day);
  if (found.hour === null || found.minute === null) return { date, datetime: null, precision: 'day', source };
  let offset = found.offsetMinutes;
  if (offset === null && context.timezone) {
    offset = -new TZDate(year, found.month - 1, found.day, found.hour, found.minute, 0, context.timezone).getTimezoneOffset();
  }
  const time = `${String(found.hour).padStart(2, '0')}:${String(found.minute).padStart(2, '0')}:00`;
  return { date, datetime: offset === null ? null : `${date}T${time}${offsetText(offset)}`, precision: 'minute', source };
}

function isCalendarDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A year-less date takes the capture's year, or the year before when that would put it after the capture; the
 * capture's own day is read in the publisher's zone (05:00 in Seoul is still the previous day in UTC).
 */
function yearFromCapture(found: FoundDate, capturedAt: Date, timezone: string | undefined): number | null {
  const local = new TZDate(capturedAt.getTime(), timezone ?? 'UTC');
  const year = local.getFullYear();
  const afterCapture = found.month > local.getMonth() + 1 || (found.month === local.getMonth() + 1 && found.day > local.getDate());
  const chosen = afterCapture ? year - 1 : year;
  return isCalendarDay(chosen, found.month, found.day) ? chosen : null;
}


/**
 * Of the dates on one line, the first not labelled as an update ("By Al Root Updated Nov. 19, 2019 8:21 am ET /
 * Original Nov. 19, 2019 8:02 am ET", benchmark page f8ff); the first when all are. The dates' offsets are in the
 * text as findDates read it, where an all-numeric date written short ("1/5/2024") grew by a character or two.
 */
function publishedOf(text: string, dates: readonly FoundDate[]): FoundDate | undefined {
  const published = dates.find((d, k) => {
    const from = k === 0 ? 0 : dates[k - 1]!.index + dates[k - 1]!.text.length;
    return !UPDATED_BEFORE_DATE.test(text.slice(from, d.index));
  });
  return published ?? dates[0];
}

/** Where a date line's reading came from, by the line's label. */
const SOURCE_OF_LABEL = { published: 'published-label', updated: 'updated-label', other: 'date-line' } as const;

function fromMetaLine(meta: MetaInfo, context: DateContext): ExtractedDate | null {
  if (meta.dateText === undefined) return null;
  const found = publishedOf(meta.dateText, findDates(meta.dateText, { order: context.order }));
  if (!found) return null;
  const source = SOURCE_OF_LABEL[meta.dateLabel ?? 'other'];
  if (found.year !== null) return withTime(found, found.year, source, context);
  const year = context.capturedAt ? yearFromCapture(found, context.capturedAt, context.timezone) : null;
  return year === null ? null : withTime(found, year, `${source}+capture-year`, context);
}

function fromUrl(url: string): ExtractedDate | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = URL_DATE.exec(path);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isCalendarDay(y, mo, d) ? { date: dayText(y, mo, d), datetime: null, precision: 'day', source: 'url' } : null;
}

function fromDateline(paragraph: string | undefined, context: DateContext): ExtractedDate | null {
  if (paragraph === undefined || !context.capturedAt) return null;
  const dateline = DATELINE.exec(paragraph);
  if (!dateline?.[3]) return null;
  const found = findDates(dateline[3])[0];
  if (!found) return null;
  const year = found.year ?? yearFromCapture(found, context.capturedAt, context.timezone);
  return year === null ? null : withTime(found, year, 'dateline+capture-year', context);
}

const SUBTRACT = { second: subSeconds, minute: subMinutes, hour: subHours, day: subDays, week: subWeeks, month: subMonths, year: subYears } as const;

function fromRelative(meta: MetaInfo, context: DateContext): ExtractedDate | null {
  if (!meta.relative || !context.capturedAt) return null;
  const instant = SUBTRACT[meta.relative.unit](context.capturedAt, meta.relative.amount);
  const local = context.timezone ? new TZDate(instant.getTime(), context.timezone) : new TZDate(instant.getTime(), 'UTC');
  return { date: format(local, 'yyyy-MM-dd'), datetime: null, precision: 'day', source: 'relative-to-capture' };
}

/** The first non-null reading, reading no further: a date with a time costs a zone lookup. */
function firstReading<T>(items: readonly T[], read: (item: T) => ExtractedDate | null): ExtractedDate | null {
  for (const item of items) {
    const reading = read(item);
    if (reading) return reading;
  }
  return null;
}

/**
 * A publication label's date first, then an unlabelled date line's, the URL's, a dateline's and a relative stamp's.
 * Last, when the page states nothing else, the date of its last update ("Updated 3:12 AM GMT+9, November 5, 2024" is all
 * AP, CNN and CBS News print): the one date the page gives, kept with its source (`updated-label`) so that the entry,
 * its warnings and the site say what it is.
 */
export function extractDate(span: ArticleSpan, firstParagraph: string | undefined, context: DateContext): ExtractedDate | null {
  const metas = span.metaBlocks.map((b) => b.meta).filter((m): m is MetaInfo => m !== undefined);
  const labelled = firstReading(metas.filter((m) => m.dateLabel === 'published'), (m) => fromMetaLine(m, context));
  if (labelled) return labelled;
  const bare = firstReading(metas.filter((m) => m.dateLabel !== 'updated'), (m) => fromMetaLine(m, context));
  if (bare) return bare;
  const url = context.url ? fromUrl(context.url) : null;
  if (url) return url;
  const dateline = fromDateline(firstParagraph, context);
  if (dateline) return dateline;
  const relative = firstReading(metas, (m) => fromRelative(m, context));
  if (relative) return relative;
  return firstReading(metas.filter((m) => m.dateLabel === 'updated'), (m) => fromMetaLine(m, context));
}
