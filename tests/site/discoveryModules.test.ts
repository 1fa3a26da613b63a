// The pure parts of discovery: feed dates and selection, plain-text summaries, XML and script-safe text, JSON-LD, sitemap.
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { entrySchema, type Entry } from '../../src/store/entrySchema.ts';
import { atomFeeds, tagFeed } from '../../src/site/atomFeeds.ts';
import { FEED_SIZE, feedArticles, newestFeedDate } from '../../src/site/feedArticles.ts';
import { feedDate } from '../../src/site/feedDate.ts';
import { feedSummary } from '../../src/site/feedSummary.ts';
import { firstParagraph, plainBody } from '../../src/site/plainBody.ts';
import { jsonFeed } from '../../src/site/jsonFeed.ts';
import { newsArticleJsonLd } from '../../src/site/newsArticleJsonLd.ts';
import { scriptJson } from '../../src/site/scriptJson.ts';
import { sitemapUrls } from '../../src/site/sitemapUrls.ts';
import { sitemapFiles, sitemapXml } from '../../src/site/sitemapXml.ts';
import { xmlText } from '../../src/site/xmlText.ts';

function entry(fields: Partial<Record<keyof Entry, unknown>> = {}): Entry {
  return entrySchema.parse({
    headline: 'A headline',
    source: 'Example Wire',
    date: null,
    dump: 'x.txt',
    dump_sha256: 'a'.repeat(64),
    dump_lines: [1, 2],
    ...fields,
  });
}

function article(slug: string, fields: Partial<Record<keyof Entry, unknown>> = {}, body?: string) {
  return { url: `/articles/${slug}/`, data: { entry: entry(fields), ...(body !== undefined && { page: { rawInput: body } }) } };
}

const PAGE = { url: 'https://example.org/articles/a/', language: 'en', isOutlet: (name: string) => name === 'Yonhap' };

describe('xmlText', () => {
  it('removes what XML 1.0 cannot carry and keeps everything else, escaping included, for the template', () => {
    expect(xmlText('a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\uFFFEh\uFFFFi')).toBe('abcdefghi');
    expect(xmlText('tab\tline\ncr\r ]]> <b> & "q" \u00A0 \u0085')).toBe('tab\tline\ncr\r ]]> <b> & "q" \u00A0 \u0085');
  });

  it('removes lone surrogate halves but keeps characters outside the Basic Multilingual Plane', () => {
    expect(xmlText('x\uD800y\uDC00z \uD83D\uDE00')).toBe('xyz \uD83D\uDE00');
  });
});

describe('feedDate', () => {
  it('gives a stated time as the same instant in UTC, and a day alone as the start of that day in UTC', () => {
    expect(feedDate(entry({ date: '2024-10-30', datetime: '2024-10-30T09:26+09:00' }))).toBe('2024-10-30T00:26:00Z');
    expect(feedDate(entry({ date: '2024-10-30' }))).toBe('2024-10-30T00:00:00Z');
  });

  it('gives nothing for an undated entry or a date that is no calendar day', () => {
    expect(feedDate(entry())).toBeNull();
    expect(feedDate(entry({ date: '2024-02-30' }))).toBeNull();
  });
});

describe('feedArticles', () => {
  it('keeps the newest dated articles in reading order, at most FEED_SIZE, and no undated one', () => {
    const dayAfterNewYear = (index: number) => new Date(Date.UTC(2024, 0, 1 + index)).toISOString().slice(0, 10);
    const dated = Array.from({ length: FEED_SIZE + 10 }, (_, index) => article(`day-${index}`, { date: dayAfterNewYear(index) }));
    const listed = feedArticles([article('undated'), ...dated]);
    expect(listed).toHaveLength(FEED_SIZE);
    expect(listed[0]?.url).toBe(`/articles/day-${FEED_SIZE + 9}/`);
    expect(listed.some((item) => item.url === '/articles/undated/')).toBe(false);
  });

  it('dates a feed by its latest instant, whatever the offsets', () => {
    const entries = [entry({ date: '2024-10-30', datetime: '2024-10-30T23:00+09:00' }), entry({ date: '2024-10-30', datetime: '2024-10-30T10:00-05:00' })];
    expect(newestFeedDate(entries)).toBe('2024-10-30T15:00:00Z');
    expect(newestFeedDate([entry()])).toBeNull();
  });
});

describe('atomFeeds and tagFeed', () => {
  const kursk = article('kursk', { date: '2024-10-30', tags: ['Kursk'] });
  const undated = article('undated', { tags: ['Analysis'] });
  const groups = [
    { url: '/tags/analysis/', name: 'Analysis', otherNames: [], articles: [undated] },
    { url: '/tags/kursk/', name: 'Kursk', otherNames: [], articles: [kursk] },
  ];
  const feeds = atomFeeds([kursk, undated], groups);

  it('makes the archive\'s feed and one beside each tag\'s page', () => {
    expect(feeds.map((feed) => [feed.url, feed.pageUrl, feed.tag])).toEqual([
      ['/feed.xml', '/', null],
      ['/tags/analysis/feed.xml', '/tags/analysis/', 'Analysis'],
      ['/tags/kursk/feed.xml', '/tags/kursk/', 'Kursk'],
    ]);
  });

  it('dates a tag feed with no dated article by the archive\'s newest, never by the clock', () => {
    expect(feeds[1]?.articles).toEqual([]);
    expect(feeds[1]?.updated).toBe('2024-10-30T00:00:00Z');
    expect(atomFeeds([undated], [groups[0]!])[0]?.updated).toBeNull();
  });

  it('finds the feed of a tag page only', () => {
    expect(tagFeed('/tags/kursk/', feeds)?.url).toBe('/tags/kursk/feed.xml');
    expect(tagFeed('/', feeds)).toBeNull();
    expect(tagFeed('/sources/x/', feeds)).toBeNull();
  });
});

describe('firstParagraph and feedSummary', () => {
  it('reads the first paragraph as a reader sees it: escapes resolved, markers and link targets dropped', () => {
    expect(firstParagraph('## A heading\n\nSome \\*starred\\* and *emphasised* text, `code`, a [link](https://x.example)\nover two lines.\n\nSecond.'))
      .toBe('Some *starred* and emphasised text, code, a link over two lines.');
    expect(firstParagraph('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
    expect(firstParagraph('')).toBeNull();
    expect(firstParagraph('## Only a heading')).toBeNull();
  });

  it('gives the whole body as plain text, headings and paragraphs one per block', () => {
    expect(plainBody('Opening \\#1 [with](https://x.example) a link.\n\n## Aftermath\n\n- a list item\n\nLast.')).toBe(
      'Opening #1 with a link.\n\nAftermath\n\na list item\n\nLast.',
    );
    expect(plainBody('')).toBe('');
  });

  it('prefers the standfirst, falls back to the body, and gives null with neither', () => {
    expect(feedSummary(article('a', { summary: 'The standfirst.' }, 'The body.'))).toBe('The standfirst.');
    expect(feedSummary(article('a', {}, 'The body.'))).toBe('The body.');
    expect(feedSummary(article('a'))).toBeNull();
  });
});

describe('jsonFeed', () => {
  it('writes JSON Feed 1.1 with absolute links and only dated items', () => {
    const feed = JSON.parse(
      jsonFeed([article('a', { date: '2024-10-30', url: 'https://example.com/a', byline: 'Jane Roe', tags: ['Kursk', 'KURSK'] }, 'Body.'), article('b')], {
        title: 'T', description: 'D', language: 'en',
      }, { feedPath: '/feed.json', absoluteUrl: (sitePath) => `https://example.org/archive${sitePath}` }),
    ) as Record<string, unknown>;
    expect(feed).toEqual({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'T',
      description: 'D',
      language: 'en',
      home_page_url: 'https://example.org/archive/',
      feed_url: 'https://example.org/archive/feed.json',
      items: [
        {
          id: 'https://example.org/archive/articles/a/',
          url: 'https://example.org/archive/articles/a/',
          title: 'A headline',
          content_text: 'Body.',
          external_url: 'https://example.com/a',
          date_published: '2024-10-30T00:00:00Z',
          authors: [{ name: 'Jane Roe' }],
          tags: ['Kursk'],
        },
      ],
    });
  });
});

describe('newsArticleJsonLd and scriptJson', () => {
  it('states only what the entry states', () => {
    const bare = newsArticleJsonLd(entry({ source: null }), PAGE);
    expect(bare).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'A headline',
      url: PAGE.url,
      mainEntityOfPage: { '@type': 'WebPage', '@id': PAGE.url },
      inLanguage: 'en',
      isAccessibleForFree: true,
    });
    expect(newsArticleJsonLd(entry({ date: '2024-02-30' }), PAGE)).not.toHaveProperty('datePublished');
  });

  it('names an outlet byline as an organisation and a person\'s as a person', () => {
    expect(newsArticleJsonLd(entry({ byline: 'Yonhap' }), PAGE).author).toEqual({ '@type': 'Organization', name: 'Yonhap' });
    expect(newsArticleJsonLd(entry({ byline: 'Jane Roe' }), PAGE).author).toEqual({ '@type': 'Person', name: 'Jane Roe' });
  });

  it('writes JSON that parses back whole and holds no character that could end or alter a script element', () => {
    const value = { headline: '</script><script>alert(1)</script> <!-- & \u2028 \u2029 "quoted"' };
    const json = scriptJson(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('sitemapUrls and sitemapXml', () => {
  it('lists each HTML page once, in order, without the not-found page or other files', () => {
    const pages = [
      { url: '/tags/', outputPath: '_site/tags/index.html' },
      { url: '/', outputPath: '_site/index.html' },
      { url: '/404.html', outputPath: '_site/404.html' },
      { url: '/feed.xml', outputPath: '_site/feed.xml' },
      { url: '/tags/', outputPath: '_site/tags/index.html' },
      { url: '/nowhere/', outputPath: false as const },
    ];
    expect(sitemapUrls(pages)).toEqual(['/', '/tags/']);
  });

  it('escapes URLs for XML', () => {
    expect(sitemapXml(['https://example.org/?a=1&b=<2>'])).toContain('<loc>https://example.org/?a=1&amp;b=&lt;2&gt;</loc>');
  });

  it('keeps one sitemap.xml up to the limit, and past it makes sitemap.xml the index of files within the limit', () => {
    const urls = Array.from({ length: 7 }, (_, i) => `https://example.org/articles/a-${i}/`);
    const fileUrl = (name: string) => `https://example.org/archive/${name}`;
    expect(sitemapFiles(urls, fileUrl, 7).map((f) => f.name)).toEqual(['sitemap.xml']);
    const files = sitemapFiles(urls, fileUrl, 3);
    expect(files.map((f) => f.name)).toEqual(['sitemap.xml', 'sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml']);
    const xml = new XMLParser();
    const index = xml.parse(files[0]!.xml) as { sitemapindex: { sitemap: { loc: string }[] } };
    expect(index.sitemapindex.sitemap.map((s) => s.loc)).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml'].map(fileUrl));
    const listed = files.slice(1).flatMap((f) => {
      const locs = (xml.parse(f.xml) as { urlset: { url: { loc: string } | { loc: string }[] } }).urlset.url;
      return (Array.isArray(locs) ? locs : [locs]).map((u) => u.loc);
    });
    expect(listed).toEqual(urls);
  });
});
