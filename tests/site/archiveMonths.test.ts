// The month archive: articles grouped by their stated month, zero months filled in for the timeline, years for the index.
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/store/entrySchema.ts';
import { archiveYears, monthArchive, monthLabel, yearMonthOf } from '../../src/site/monthArchive.ts';
import { monthCounts } from '../../src/site/monthCounts.ts';

function article(url: string, date: string | null, datetime?: string) {
  const entry: Entry = { headline: url, source: null, date, datetime, tags: [], dump: 'd.txt', dump_sha256: 'a'.repeat(64), dump_lines: [1, 2] };
  return { url, data: { entry } };
}

const urls = (articles: readonly { url: string }[]) => articles.map((item) => item.url);

describe('monthArchive', () => {
  const articles = [
    article('nov-late', '2024-11-30'),
    article('nov-early', '2024-11-01'),
    article('oct', '2024-10-30'),
    article('feb', '2025-02-03'),
    article('timed-only', null, '2025-02-01T23:30:00-05:00'),
    article('undated', null),
    article('bad-month', '2024-13-01'),
  ];
  const archive = monthArchive(articles);

  it('groups dated articles by stated month, newest month first, each in reading order', () => {
    expect(archive.months.map((month) => [month.key, month.url, month.label, urls(month.articles)])).toEqual([
      ['2025-02', '/archive/2025/02/', 'February 2025', ['feb', 'timed-only']],
      ['2024-11', '/archive/2024/11/', 'November 2024', ['nov-late', 'nov-early']],
      ['2024-10', '/archive/2024/10/', 'October 2024', ['oct']],
    ]);
  });

  it('places a time by the day it states, not by the build machine\'s time zone', () => {
    expect(urls(archive.months[0]?.articles ?? [])).toContain('timed-only');
  });

  it('keeps the undated apart, and a date with no real month out of every month', () => {
    expect(urls(archive.undated)).toEqual(['undated']);
    expect(urls(archive.offCalendar)).toEqual(['bad-month']);
  });

  it('links each month to the nearest months with articles', () => {
    expect(archive.months.map((month) => [month.earlier?.url ?? null, month.later?.url ?? null])).toEqual([
      ['/archive/2024/11/', null],
      ['/archive/2024/10/', '/archive/2025/02/'],
      [null, '/archive/2024/11/'],
    ]);
  });

  it('groups months by year for the index, with counts', () => {
    expect(archiveYears(archive.months).map((year) => [year.year, year.count, year.months.map((month) => month.key)])).toEqual([
      [2025, 2, ['2025-02']],
      [2024, 3, ['2024-11', '2024-10']],
    ]);
  });

  it('counts every month from the first to the last, oldest first, empty months as zero with no page', () => {
    expect(monthCounts(archive.months).map((month) => [month.key, month.count, month.url])).toEqual([
      ['2024-10', 1, '/archive/2024/10/'],
      ['2024-11', 2, '/archive/2024/11/'],
      ['2024-12', 0, null],
      ['2025-01', 0, null],
      ['2025-02', 2, '/archive/2025/02/'],
    ]);
    expect(monthCounts([])).toEqual([]);
  });
});

describe('month names', () => {
  it('reads year and month from the stated day only', () => {
    expect(yearMonthOf('2024-10-30')).toEqual({ year: 2024, month: 10 });
    expect(yearMonthOf('2024-00-10')).toBeNull();
  });

  it('labels early years as written, not as 19xx', () => {
    expect(monthLabel(2024, 1)).toBe('January 2024');
    expect(monthLabel(24, 3)).toBe('March 0024');
  });
});
