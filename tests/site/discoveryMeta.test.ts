// What crawlers and link previews read: the sitemap, robots.txt, canonical and OpenGraph tags, and NewsArticle JSON-LD.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeEntities, removeFixtureSite, type FixtureSite } from './fixtureSite.ts';
import {
  buildDiscoverySite,
  HOSTILE_FEED_ENTRY,
  HOSTILE_FEED_URL,
  htmlPages,
  jsonLdBlocks,
  metaContents,
  readOutput,
  SITE_ADDRESS,
  validEntries,
} from '../helpers/discoverySite.ts';

const NOT_FOUND_PAGE = '/404.html';

let site: FixtureSite;
let pages: { file: string; url: string }[];

function archived(url: string): string {
  return new URL(url, SITE_ADDRESS).href;
}

async function pageHtml(url: string): Promise<string> {
  const page = pages.find((candidate) => candidate.url === url);
  if (page === undefined) throw new Error(`no page at ${url}`);
  return fs.readFile(page.file, 'utf8');
}

async function newsArticle(url: string): Promise<Record<string, unknown>> {
  const blocks = jsonLdBlocks(await pageHtml(url));
  expect(blocks, url).toHaveLength(1);
  return blocks[0] as Record<string, unknown>;
}

beforeAll(async () => {
  site = await buildDiscoverySite([...(await validEntries()), HOSTILE_FEED_ENTRY]);
  pages = await htmlPages(site.outputDir);
});

afterAll(async () => {
  await removeFixtureSite(site);
});

describe('the sitemap', () => {
  it('lists every HTML page the build wrote, as absolute URLs, except the not-found page', async () => {
    const xml = await readOutput(site, 'sitemap.xml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ isArray: (name) => name === 'url' }).parse(xml) as { urlset: { url: { loc: string }[] } };
    const listed = parsed.urlset.url.map((entry) => entry.loc).sort();
    const expected = pages.filter((page) => page.url !== NOT_FOUND_PAGE).map((page) => archived(page.url)).sort();
    expect(listed).toEqual(expected);
    expect(listed).toContain(archived('/search/'));
    expect(listed.some((url) => /feed\.(xml|json)$|404/.test(url))).toBe(false);
  });

  it('is named in robots.txt', async () => {
    expect(await readOutput(site, 'robots.txt')).toContain(`Sitemap: ${archived('/sitemap.xml')}`);
  });

  it('leaves the not-found page a real HTML page', async () => {
    expect(await pageHtml(NOT_FOUND_PAGE)).toContain('<h1>Page not found</h1>');
  });
});

describe('canonical and social metadata', () => {
  it('gives every page its absolute canonical URL, OpenGraph and Twitter card tags', async () => {
    for (const page of pages) {
      const html = await fs.readFile(page.file, 'utf8');
      expect(html, page.url).toContain(`<link rel="canonical" href="${archived(page.url)}">`);
      expect(metaContents(html, 'og:url'), page.url).toEqual([archived(page.url)]);
      for (const key of ['og:title', 'og:description', 'og:site_name', 'og:type', 'twitter:card', 'twitter:title', 'twitter:description']) {
        expect(metaContents(html, key), `${key} on ${page.url}`).toHaveLength(1);
      }
    }
  });

  it('types article pages as articles with their headline and standfirst, and other pages as the website', async () => {
    const nbc = await pageHtml('/articles/nbc-pentagon-troop-estimate/');
    expect(metaContents(nbc, 'og:type')).toEqual(['article']);
    expect(metaContents(nbc, 'og:title')).toEqual(['Pentagon says about 10,000 North Korean troops are in Russia']);
    expect(metaContents(nbc, 'og:description')).toEqual(['The estimate is up from the 3,000 troops U.S. officials cited last week.']);
    expect(metaContents(nbc, 'article:published_time')).toEqual(['2024-10-28']);
    expect(metaContents(await pageHtml('/tags/'), 'og:type')).toEqual(['website']);
    expect(metaContents(await pageHtml('/articles/undated-analysis/'), 'article:published_time')).toEqual([]);
  });

  it('points every page to the feeds, and a tag page to its own', async () => {
    const kursk = await pageHtml('/tags/kursk/');
    for (const feed of ['/feed.xml', '/feed.json', '/tags/kursk/feed.xml']) expect(kursk).toContain(`href="${feed}"`);
  });
});

describe('NewsArticle JSON-LD', () => {
  it('parses on every article page, names the archive page and is free to read', async () => {
    const articles = pages.filter((page) => page.url.startsWith('/articles/'));
    expect(articles.length).toBe((await validEntries()).length + 1);
    for (const page of articles) {
      const article = await newsArticle(page.url);
      expect(article).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        url: archived(page.url),
        mainEntityOfPage: { '@type': 'WebPage', '@id': archived(page.url) },
        isAccessibleForFree: true,
      });
      expect(typeof article.headline).toBe('string');
    }
  });

  it('states what the entry states: the time when known, the publisher, the author and the original', async () => {
    expect(await newsArticle('/articles/korea-herald-troops-inside-ukraine/')).toMatchObject({
      headline: 'Small number of N. Korean troops already inside Ukraine: report',
      datePublished: '2024-10-30T09:26:00+09:00',
      publisher: { '@type': 'Organization', name: 'The Korea Herald', url: 'https://koreaherald.com/' },
      // Yonhap is a news agency in the publisher registry, so the byline names an organisation.
      author: { '@type': 'Organization', name: 'Yonhap' },
      isBasedOn: 'https://www.koreaherald.com/view.php?ud=20241030050123',
    });
    expect(await newsArticle('/articles/nbc-pentagon-troop-estimate/')).toMatchObject({
      datePublished: '2024-10-28',
      author: { '@type': 'Person', name: 'Courtney Kube' },
    });
  });

  it('never invents a date, a publisher or an original', async () => {
    const undated = await newsArticle('/articles/undated-analysis/');
    expect(undated).not.toHaveProperty('datePublished');
    expect(undated).not.toHaveProperty('isBasedOn');
    expect(await newsArticle('/articles/no-source-listing/')).not.toHaveProperty('publisher');
  });

  it('keeps "</script>" and "<!--" in a headline from ending or changing the script element', async () => {
    const html = await pageHtml(HOSTILE_FEED_URL);
    const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(script).not.toMatch(/[<>]/);
    expect((await newsArticle(HOSTILE_FEED_URL)).headline).toBe(
      'Control\u0001 bell\u0007 ]]> </script><!-- <b>bold</b> & lone\uD800 nonchar\uFFFE headline',
    );
    expect(decodeEntities(metaContents(html, 'og:title')[0] ?? '')).toContain('</script><!-- <b>bold</b>');
  });
});
