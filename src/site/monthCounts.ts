// Archive months → the number of articles in every calendar month from the first to the last, months with none included.
import { monthKey, monthLabel, type ArchiveMonth } from './monthArchive.ts';

const MONTHS_IN_YEAR = 12;

export interface MonthCount {
  key: string;
  year: number;
  month: number;
  label: string;
  /** The month's archive page; null for a month with no article, which has none. */
  url: string | null;
  count: number;
}

/** Months counted from year 0, so that a span of months is a span of integers. */
const monthIndex = (month: { year: number; month: number }) => month.year * MONTHS_IN_YEAR + month.month - 1;

/** Oldest month first, as a timeline reads; a month between two others with no article counts as zero, not as absent. */
export function monthCounts(months: readonly ArchiveMonth<unknown>[]): MonthCount[] {
  if (months.length === 0) return [];
  const byIndex = new Map(months.map((month) => [monthIndex(month), month]));
  const indexes = [...byIndex.keys()];
  const counts: MonthCount[] = [];
  for (let index = Math.min(...indexes); index <= Math.max(...indexes); index += 1) {
    const [year, month] = [Math.floor(index / MONTHS_IN_YEAR), (index % MONTHS_IN_YEAR) + 1];
    const found = byIndex.get(index);
    counts.push({ key: monthKey(year, month), year, month, label: monthLabel(year, month), url: found?.url ?? null, count: found?.articles.length ?? 0 });
  }
  return counts;
}
