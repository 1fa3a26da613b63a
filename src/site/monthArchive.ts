// Articles in reading order → the archive by month: one group per calendar month with dated articles, and those that have no month.
import { format } from 'date-fns';
import { publicationDay } from './publicationDate.ts';
import type { OrderedArticle } from './articleOrder.ts';

const ARCHIVE_URL = '/archive/';
/** A publication day's year and month, as the entry states them: "2024-10-30" → 2024, 10. */
const YEAR_MONTH = /^(\d{4})-(\d{2})-/;
const MONTHS_IN_YEAR = 12;

export interface MonthLink {
  url: string;
  label: string;
}

export interface ArchiveMonth<T> extends MonthLink {
  /** "2024-10": sorts chronologically as text. */
  key: string;
  year: number;
  /** 1 for January. */
  month: number;
  articles: T[];
  /** The nearest months that have articles, for stepping through the archive; null at either end. */
  earlier: MonthLink | null;
  later: MonthLink | null;
}

export interface MonthArchive<T> {
  /** Newest month first, each month's articles in reading order. */
  months: ArchiveMonth<T>[];
  /** Articles that state no date at all. */
  undated: T[];
  /** Articles whose stated date has no calendar month ("2024-13-01", a hand edit): listed, never placed in a month. */
  offCalendar: T[];
}

export interface ArchiveYear<T> {
  year: number;
  /** Articles in the year's months. */
  count: number;
  months: ArchiveMonth<T>[];
}

export function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

export function monthUrl(year: number, month: number): string {
  return `${ARCHIVE_URL}${year}/${String(month).padStart(2, '0')}/`;
}

/** "October 2024". The date is built from the stated year and month alone: no clock, no time zone involved. */
export function monthLabel(year: number, month: number, pattern = 'MMMM yyyy'): string {
  const first = new Date(0, month - 1, 1);
  // `new Date(24, …)` would mean 1924; setting the full year keeps a stated "0024" as it is.
  first.setFullYear(year);
  return format(first, pattern);
}

/** The stated year and month of a day, or null when the month is not one of the twelve. */
export function yearMonthOf(day: string): { year: number; month: number } | null {
  const match = YEAR_MONTH.exec(day);
  if (!match) return null;
  const [year, month] = [Number(match[1]), Number(match[2])];
  return month >= 1 && month <= MONTHS_IN_YEAR ? { year, month } : null;
}

export function monthArchive<T extends OrderedArticle>(articles: readonly T[]): MonthArchive<T> {
  const byKey = new Map<string, ArchiveMonth<T>>();
  const undated: T[] = [];
  const offCalendar: T[] = [];
  for (const article of articles) {
    const day = publicationDay(article.data.entry);
    const yearMonth = day === null ? null : yearMonthOf(day);
    if (day === null) undated.push(article);
    else if (yearMonth === null) offCalendar.push(article);
    else {
      const { year, month } = yearMonth;
      const key = monthKey(year, month);
      const group = byKey.get(key) ?? { key, year, month, url: monthUrl(year, month), label: monthLabel(year, month), articles: [], earlier: null, later: null };
      group.articles.push(article);
      byKey.set(key, group);
    }
  }
  const months = [...byKey.values()].sort((a, b) => (a.key < b.key ? 1 : -1));
  const linkTo = (month: ArchiveMonth<T> | undefined): MonthLink | null => (month ? { url: month.url, label: month.label } : null);
  months.forEach((month, index) => {
    month.later = linkTo(months[index - 1]);
    month.earlier = linkTo(months[index + 1]);
  });
  return { months, undated, offCalendar };
}

/** Months (newest first) grouped by year for the index, keeping their order. */
export function archiveYears<T>(months: readonly ArchiveMonth<T>[]): ArchiveYear<T>[] {
  const years: ArchiveYear<T>[] = [];
  for (const month of months) {
    const last = years.at(-1);
    const year = last?.year === month.year ? last : { year: month.year, count: 0, months: [] };
    if (year !== last) years.push(year);
    year.months.push(month);
    year.count += month.articles.length;
  }
  return years;
}
