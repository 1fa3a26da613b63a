// Related articles by shared tags weighted by rarity, and stories grouping the versions of one event.
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/store/entrySchema.ts';
import { articleMore } from '../../src/site/articleMore.ts';
import { relatedArticles } from '../../src/site/relatedArticles.ts';
import { storyGroups } from '../../src/site/storyGroups.ts';

interface Options {
  date?: string | null;
  story?: string;
  source?: string;
}

function article(url: string, tags: string[], { date = '2024-10-30', story, source = 'Outlet' }: Options = {}) {
  const entry: Entry = { headline: url, source, date, tags, story, dump: 'd.txt', dump_sha256: 'a'.repeat(64), dump_lines: [1, 2] };
  return { url, data: { entry } };
}

const urls = (articles: readonly { url: string }[] | undefined) => (articles ?? []).map((item) => item.url);

describe('relatedArticles', () => {
  // "Everywhere" is on every article, so it relates nothing; "Rare" is on three articles, "Common" on four.
  const articles = [
    article('subject', ['Everywhere', 'Rare', 'Common']),
    article('rare-match', ['Everywhere', 'Rare']),
    article('common-match', ['Everywhere', 'Common']),
    article('both-lower-case', ['everywhere', 'COMMON', 'rare']),
    article('common-older', ['Everywhere', 'Common'], { date: '2024-10-01' }),
    article('unrelated', ['Everywhere', 'Other']),
  ];

  it('ranks by the sum of shared tags weighted by rarity; tags differing only in case are one tag', () => {
    const related = relatedArticles(articles);
    expect(urls(related.get('subject'))).toEqual(['both-lower-case', 'rare-match', 'common-match', 'common-older']);
  });

  it('finds the articles sharing a rare tag even when a tag most of a large archive carries is in play', () => {
    const crowd = Array.from({ length: 6_000 }, (_, i) => article(`crowd-${i}`, ['Russia', ...(i % 2 ? ['Ukraine'] : [])], { date: '2025-01-01' }));
    const pair = [article('pair-a', ['Russia', 'Ukraine', 'Pyongyang']), article('pair-b', ['Russia', 'Pyongyang'], { date: '2023-01-01' })];
    // Found through the rare tag, and credited with the common one it also shares, though that tag's list is not walked.
    const third = article('pair-c', ['Ukraine', 'Pyongyang'], { date: '2020-01-01' });
    const related = relatedArticles([...crowd, ...pair, third, article('no-russia', ['Kursk'])]);
    expect(urls(related.get('pair-a')).slice(0, 2)).toEqual(['pair-c', 'pair-b']);
    expect(urls(related.get('pair-b'))[0]).toBe('pair-a');
    // Only common tags: related by them, newest first, at most the limit.
    expect(urls(related.get('crowd-1'))).toHaveLength(5);
  });

  it('never relates by a tag every article has, nor lists the article itself', () => {
    const related = relatedArticles(articles);
    expect(urls(related.get('unrelated'))).toEqual([]);
    for (const [url, list] of related) expect(urls(list)).not.toContain(url);
  });

  it('breaks ties by date (newer first), then headline, whatever the input order', () => {
    const ties = [
      article('b-same-day', ['X', 'Pad1'], { date: '2024-11-02' }),
      article('older', ['X', 'Pad2'], { date: '2024-11-01' }),
      article('subject', ['X', 'Pad3'], { date: '2024-11-03' }),
      article('a-same-day', ['X', 'Pad4'], { date: '2024-11-02' }),
      article('undated', ['X', 'Pad5'], { date: null }),
      article('filler', ['Pad6']),
    ];
    const expected = ['a-same-day', 'b-same-day', 'older', 'undated'];
    expect(urls(relatedArticles(ties).get('subject'))).toEqual(expected);
    expect(urls(relatedArticles([...ties].reverse()).get('subject'))).toEqual(expected);
  });

  it('keeps the limit and leaves out excluded pairs', () => {
    const many = Array.from({ length: 9 }, (_, index) => article(`a${index}`, ['Shared', `Own${index}`]));
    const all = [...many, article('other', ['Elsewhere'])];
    expect(relatedArticles(all).get('a0')).toHaveLength(5);
    expect(urls(relatedArticles(all, { limit: 2, excluded: (_a, candidate) => candidate.url === 'a1' }).get('a0'))).toEqual(['a2', 'a3']);
  });

  it('finds for a few pages alone what it finds for them among all, common tags past the walking budget included', () => {
    // Tags on 300, 60, 12 and 3 of 600 articles: the commonest is more than the budget walks, and is credited afterwards.
    const tagsOf = (i: number) => ['Everywhere', `Wide${i % 2}`, `Mid${i % 10}`, `Narrow${i % 50}`, `Rare${i % 200}`].filter((_, k) => k > 0 || i % 3 === 0);
    const all = Array.from({ length: 600 }, (_, i) => article(`a${i}`, tagsOf(i), { date: `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}` }));
    const excluded = (one: { url: string }, other: { url: string }) => (one.url.length + other.url.length) % 5 === 0;
    const whole = relatedArticles(all, { excluded });
    for (const url of ['a0', 'a7', 'a123', 'a599']) {
      const alone = relatedArticles(all, { excluded, only: new Set([url]) });
      expect([...alone.keys()]).toEqual([url]);
      expect(urls(alone.get(url))).toEqual(urls(whole.get(url)));
      expect(alone.get(url)).toHaveLength(5);
    }
  });
});

describe('storyGroups', () => {
  const articles = [
    article('reuters', ['X'], { story: 's1', date: '2024-11-02', source: 'Reuters' }),
    article('ap', ['X'], { story: 's1', date: '2024-11-01', source: 'AP' }),
    article('cnn-undated', ['X'], { story: 's1', date: null, source: 'CNN' }),
    article('old-story', ['Y'], { story: 's2', date: '2024-10-01' }),
    article('newer-story', ['Z'], { story: 'S3', date: '2024-12-01' }),
    article('newer-story-copy', ['Z'], { story: 's3', date: '2024-12-01' }),
    article('alone', ['X']),
  ];

  it('groups exactly the entries sharing a story id, newest story first, versions in reading order', () => {
    const stories = storyGroups(articles);
    expect(stories.map((story) => [story.url, urls(story.versions)])).toEqual([
      ['/stories/s3/', ['newer-story', 'newer-story-copy']],
      ['/stories/s1/', ['reuters', 'ap', 'cnn-undated']],
      ['/stories/s2/', ['old-story']],
    ]);
  });

  it('names a story by its earliest dated version', () => {
    expect(storyGroups(articles).find((story) => story.url === '/stories/s1/')?.title).toBe('ap');
  });

  it('reports ids that differ only in case, which share one page', () => {
    const warnings: string[] = [];
    storyGroups(articles, (message) => warnings.push(message));
    expect(warnings).toEqual(['Story ids "S3", "s3" share the page /stories/s3/ and are shown as one story.']);
  });
});

describe('articleMore', () => {
  it('gives each article its story, the other versions, and related articles that are not versions', () => {
    const articles = [
      article('v1', ['Rare', 'Kim'], { story: 's1' }),
      article('v2', ['Rare', 'Kim'], { story: 's1' }),
      article('cousin', ['Rare']),
      article('elsewhere', ['Other']),
    ];
    const more = articleMore(articles, storyGroups(articles));
    expect(more['v1']?.story?.url).toBe('/stories/s1/');
    expect(urls(more['v1']?.versions)).toEqual(['v2']);
    expect(urls(more['v1']?.related)).toEqual(['cousin']);
    expect(more['elsewhere']).toEqual({ story: null, versions: [], related: [] });
  });

  it('says it for the only articles asked for, as it says it for them among all', () => {
    const articles = Array.from({ length: 40 }, (_, i) => article(`a${i}`, [`t${i % 5}`, `u${i % 7}`, 'Kim'], { date: `2024-10-${String(1 + (i % 28)).padStart(2, '0')}`, ...(i % 9 === 0 && { story: 's1' }) }));
    const all = articleMore(articles, storyGroups(articles));
    const only = new Set(['a0', 'a13', 'a27']);
    const some = articleMore(articles, storyGroups(articles), only);
    expect(Object.keys(some).sort()).toEqual([...only].sort());
    for (const url of only) {
      expect(urls(some[url]?.related)).toEqual(urls(all[url]?.related));
      expect(urls(some[url]?.versions)).toEqual(urls(all[url]?.versions));
    }
    expect(urls(some['a27']?.related).length).toBeGreaterThan(0);
  });
});
