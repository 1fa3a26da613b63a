// Grouping by page URL: spellings that share a page are merged visibly, never silently.
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/store/entrySchema.ts';
import { distinctNames, groupArticles } from '../../src/site/groupArticles.ts';
import { tagUrl } from '../../src/site/siteUrls.ts';

function article(url: string, tags: string[], date = '2024-10-30') {
  const entry: Entry = { headline: url, source: null, date, tags, dump: 'd.txt', dump_sha256: 'a'.repeat(64), dump_lines: [1, 2] };
  return { url, data: { entry } };
}

describe('groupArticles', () => {
  it('merges names that share a page, names it by the commonest spelling and reports the collision', () => {
    const articles = [article('a', ['Kursk']), article('b', ['Kursk']), article('c', ['KURSK', 'kursk'])];
    const { groups, collisions } = groupArticles(articles, (item) => item.data.entry.tags, tagUrl);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ url: '/tags/kursk/', name: 'Kursk', otherNames: ['KURSK', 'kursk'] });
    expect(groups[0]?.articles.map((item) => item.url)).toEqual(['a', 'b', 'c']);
    expect(collisions).toEqual([{ url: '/tags/kursk/', names: ['Kursk', 'KURSK', 'kursk'] }]);
  });

  it('sorts groups by name and articles in reading order', () => {
    const articles = [article('old', ['Ukraine'], '2024-10-01'), article('new', ['Ukraine', 'Russia'], '2024-11-01')];
    const { groups, collisions } = groupArticles(articles, (item) => item.data.entry.tags, tagUrl);
    expect(groups.map((group) => group.name)).toEqual(['Russia', 'Ukraine']);
    expect(groups[1]?.articles.map((item) => item.url)).toEqual(['new', 'old']);
    expect(collisions).toEqual([]);
  });
});

describe('distinctNames', () => {
  it('keeps the first spelling of each page', () => {
    expect(distinctNames(['Kursk', 'KURSK', 'Ukraine'], tagUrl)).toEqual(['Kursk', 'Ukraine']);
  });
});
