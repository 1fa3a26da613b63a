// Reading order: newest day first, timed before untimed within a day, then headline, undated last.
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/store/entrySchema.ts';
import { datedArticles, insertInReadingOrder, markInReadingOrder, sortArticles, undatedArticles } from '../../src/site/articleOrder.ts';
import { groupArticles } from '../../src/site/groupArticles.ts';

function article(url: string, fields: Partial<Entry>) {
  const entry: Entry = {
    headline: url,
    source: null,
    date: null,
    tags: [],
    dump: 'dump.txt',
    dump_sha256: 'a'.repeat(64),
    dump_lines: [1, 2],
    ...fields,
  };
  return { url, data: { entry } };
}

describe('lists known to be in reading order', () => {
  const newer = article('newer', { date: '2024-11-02', tags: ['Kursk'] });
  const older = article('older', { date: '2024-10-28', tags: ['Kursk'] });

  it('are copied, not compared again: what the mark says is trusted, and a copy of a sorted list keeps the mark', () => {
    expect(sortArticles([older, newer]).map((a) => a.url)).toEqual(['newer', 'older']);
    expect(sortArticles(markInReadingOrder([older, newer])).map((a) => a.url)).toEqual(['older', 'newer']);
    expect(Object.isFrozen(sortArticles([older, newer]))).toBe(true);
    const sorted = sortArticles([older, newer]);
    const again = sortArticles(sorted);
    expect(again).not.toBe(sorted);
    expect(sortArticles(again)).toEqual(sorted);
  });

  it('include a group\'s articles, which are gathered from a sorted walk', () => {
    const { groups } = groupArticles([older, newer], (a) => a.data.entry.tags, (name) => `/tags/${name.toLowerCase()}/`);
    expect(groups[0]!.articles.map((a) => a.url)).toEqual(['newer', 'older']);
    // The list carries the mark, so it is frozen: it cannot be put out of order in place.
    expect(Object.isFrozen(groups[0]!.articles)).toBe(true);
    expect(() => groups[0]!.articles.reverse()).toThrow(TypeError);
  });
});

describe('sortArticles', () => {
  it('orders by day, then stated time, then headline, with undated articles last', () => {
    const articles = [
      article('undated-b', { headline: 'B' }),
      article('older', { date: '2024-10-28' }),
      article('same-day-untimed', { date: '2024-10-30' }),
      article('same-day-early', { date: '2024-10-30', datetime: '2024-10-30T08:00:00+09:00' }),
      article('undated-a', { headline: 'a' }),
      article('newest', { date: '2024-11-02' }),
      article('same-day-late', { date: '2024-10-30', datetime: '2024-10-30T22:00:00+09:00' }),
    ];
    expect(sortArticles(articles).map((a) => a.url)).toEqual([
      'newest',
      'same-day-late',
      'same-day-early',
      'same-day-untimed',
      'older',
      'undated-a',
      'undated-b',
    ]);
  });

  it('settles identical headlines by URL so the order never depends on input order', () => {
    const a = article('/articles/a/', { headline: 'Same', date: '2024-10-30' });
    const b = article('/articles/b/', { headline: 'Same', date: '2024-10-30' });
    expect(sortArticles([b, a])).toEqual(sortArticles([a, b]));
  });

  it('splits dated from undated', () => {
    const articles = [article('dated', { date: '2024-10-30' }), article('undated', {})];
    expect(datedArticles(articles).map((a) => a.url)).toEqual(['dated']);
    expect(undatedArticles(articles).map((a) => a.url)).toEqual(['undated']);
  });
});

describe('insertInReadingOrder', () => {
  it('puts each added article where sorting the whole list would, ties and undated ones included', () => {
    const days = [null, '2024-11-01', '2024-11-02', '2024-11-02', '2024-10-30'];
    const all = Array.from({ length: 30 }, (_, i) => {
      const date = days[i % days.length] ?? null;
      return article(`/a/${i}/`, { headline: `Story ${i % 4}`, date, ...(date !== null && i % 4 === 0 && { datetime: `${date}T0${i % 10}:00:00Z` }) });
    });
    const added = all.filter((_, i) => i % 3 === 0);
    const rest = sortArticles(all.filter((_, i) => i % 3 !== 0));
    const merged = insertInReadingOrder(rest, added);
    expect(merged.map((a) => a.url)).toEqual(sortArticles(all).map((a) => a.url));
    expect(rest).toHaveLength(20);
  });
});
