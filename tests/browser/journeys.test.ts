/// <reference lib="dom" />
// What readers do, in a real browser against the built archive: follow links from the home page through articles, tags and sources and back; page through lists; browse months, the timeline, a story and a capture; search; hit a missing address; do it all by keyboard; and do it under a path prefix.
import { readFile, writeFile } from 'node:fs/promises';
import { join as pathJoin } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildArchive, type ArchiveUnderTest } from './archiveUnderTest.ts';
import { launchChromium } from './chromium.ts';
import { extraEntries } from './extraEntries.ts';
import { NO_PROBLEMS, openWatched, problemsOf, type WatchedPage } from './watchedPage.ts';

let browser: Browser;
let archive: ArchiveUnderTest;
let watched: WatchedPage;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  // An index in parts of four articles: every search below is merged from several.
  archive = await buildArchive({ entries: extraEntries(), searchPartArticles: 4 });
});

afterAll(async () => {
  await browser?.close();
  await archive?.close();
});

/** A fresh page per test, so each test's problems are its own. */
async function open(sitePath: string): Promise<void> {
  await watched?.close();
  watched = await openWatched(browser, archive.url);
  page = watched.page;
  await page.goto(archive.at(sitePath));
}

const path = () => new URL(page.url()).pathname;
const h1 = () => page.locator('h1').innerText();

describe('reading the archive', () => {
  it('goes home → article → tag → another article → source page → back, without a problem', async () => {
    await open('/');
    const first = page.locator('.article-list a.article-link').first();
    const headline = await first.innerText();
    await first.click();
    expect(await h1()).toBe(headline);
    const articleUrl = path();

    const tag = page.locator('nav.tags a', { hasText: 'Kursk' }).first();
    await tag.click();
    expect(path()).toBe('/tags/kursk/');
    expect(await h1()).toContain('Kursk');
    const other = page.locator('.article-list a.article-link').filter({ hasNotText: headline }).first();
    const otherHeadline = await other.innerText();
    await other.click();
    expect(await h1()).toBe(otherHeadline);

    const source = page.locator('.facts a').first();
    const sourceName = await source.innerText();
    await source.click();
    expect(path()).toMatch(/^\/sources\/[^/]+\/$/);
    expect(await h1()).toContain(sourceName);
    await expect(page.locator('.article-list a.article-link', { hasText: otherHeadline }).count()).resolves.toBe(1);

    await page.goBack();
    expect(await h1()).toBe(otherHeadline);
    await page.goBack();
    await page.goBack();
    expect(path()).toBe(articleUrl);
    expect(problemsOf(watched.problems)).toEqual(NO_PROBLEMS);
  });

  it('pages through the home list with numbered links and rel=prev/next', async () => {
    await open('/');
    const pager = page.getByRole('navigation', { name: /pages/i });
    await pager.getByRole('link', { name: /next/i }).click();
    expect(path()).toBe('/page/2/');
    await expect(page.locator('link[rel="prev"]').getAttribute('href')).resolves.toMatch(/\/$/);
    await expect(page.locator('.article-list a.article-link', { hasText: 'Earlier report' }).count()).resolves.toBeGreaterThan(0);
    await expect(pager.locator('[aria-current="page"]').innerText()).resolves.toContain('2');
    await pager.getByRole('link', { name: /previous/i }).click();
    expect(path()).toBe('/');
    expect(problemsOf(watched.problems)).toEqual(NO_PROBLEMS);
  });

  it('goes from the timeline to a month page and to an article of that month', async () => {
    await open('/timeline/');
    await expect(page.locator('svg[role="img"]').count()).resolves.toBeGreaterThan(0);
    await page.getByRole('link', { name: 'October 2024' }).first().click();
    expect(path()).toBe('/archive/2024/10/');
    const article = page.locator('.article-list a.article-link').first();
    const headline = await article.innerText();
    await article.click();
    expect(await h1()).toBe(headline);
    await expect(page.locator('.facts time').getAttribute('datetime')).resolves.toMatch(/^2024-10/);
    expect(problemsOf(watched.problems)).toEqual(NO_PROBLEMS);
  });

  it('goes from the stories index to a story and on to each of its versions', async () => {
    await open('/stories/');
    await page.locator('main a[href*="/stories/"]').first().click();
    expect(path()).toMatch(/^\/stories\/[^/]+\/$/);
    const versions = await page.locator('main .article-list a.article-link').all();
    expect(versions.length).toBeGreaterThan(0);
    const headline = await versions[0]!.innerText();
    await versions[0]!.click();
    expect(await h1()).toBe(headline);
    expect(problemsOf(watched.problems)).toEqual(NO_PROBLEMS);
  });

  it('goes from an article to its capture, lands on its first line, and back into the article', async () => {
    await open('/');
    await page.locator('.article-list a.article-link').first().click();
    const headline = await h1();
    await page.locator('.provenance a[href*="/provenance/"]').click();
    expect(path()).toMatch(/^\/provenance\/[^/]+\/$/);
    const target = page.locator(':target');
    await expect(target.getAttribute('class')).resolves.toBe('kept');
    await target.getByRole('link', { name: headline }).click();
    expect(await h1()).toBe(headline);
    expect(problemsOf(watched.problems)).toEqual(NO_PROBLEMS);
  });
});

describe('search', () => {
  it('finds the articles that mention Kursk, in every part of the index, and a click opens one', async () => {
    const parts = (await fetch(archive.at('/pagefind/parts.json')).then((r) => r.json())) as string[];
    expect(parts.length).toBeGreaterThan(1);
    await open('/search/');
    const input = page.locator('pagefind-input input');
    await input.fill('Kursk');
    const results = page.locator('.search-result-link');
    await results.first().waitFor();
    const titles = await results.allInnerTexts();
    // The bundled articles whose text names Kursk, found by reading the built pages themselves.
    const expected: string[] = [];
    for (const url of await articleUrls()) {
      const body = await fetch(archive.at(url)).then((r) => r.text());
      const text = body.slice(body.indexOf('class="article-body"'), body.indexOf('</div>', body.indexOf('class="article-body"')));
      if (/Kursk/i.test(text)) expected.push(headlineOf(body));
    }
    expect(titles.sort()).toEqual(expected.sort());
    await results.first().click();
    expect(titles).toContain(await h1());
    expect(problemsOf(watched.problems)).toEqual(NO_PROBLEMS);
  });

  it('stays off, saying so, rather than search part of the index when the list of its parts cannot be read', async () => {
    await watched?.close();
    watched = await openWatched(browser, archive.url);
    page = watched.page;
    // As a host would answer had the list not been published.
    await page.route('**/pagefind/parts.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.goto(archive.at('/search/?q=Kursk'));
    await expect
      .poll(() => watched.problems.consoleErrors, { timeout: 15_000 })
      .toContainEqual(expect.stringMatching(/cannot read the list of the index's parts, \/pagefind\/parts\.json \(HTTP 404\), so search is off: publish the whole pagefind\/ folder/));
    await expect(page.locator('[data-search]').isHidden()).resolves.toBe(true);
    await expect(page.locator('[data-search-fallback]').isVisible()).resolves.toBe(true);
  });

  it('shows a page of results at a time, and the next page on request, until every result is shown', async () => {
    // The page sets fifty a page; a copy of it set to two shows the paging over this small archive.
    const searchPage = pathJoin(archive.outputDir, 'search', 'index.html');
    const original = await readFile(searchPage, 'utf8');
    expect(original).toContain('max-results="50"');
    await writeFile(searchPage, original.replace('max-results="50"', 'max-results="2"'));
    try {
      await open('/search/?q=troops');
      // Each result has its item at once; Pagefind fills it in when it scrolls into view.
      const results = page.locator('pagefind-results ul > li');
      const more = page.getByRole('button', { name: 'Show more results' });
      await expect.poll(() => results.count(), { timeout: 15_000 }).toBe(2);
      const total = Number((await page.locator('pagefind-summary').innerText()).replace(/[^\d]/g, ''));
      expect(total).toBeGreaterThan(4);
      await expect(more.isVisible()).resolves.toBe(true);
      for (let shown = 2; shown < total; shown += 2) {
        await more.click();
        await expect.poll(() => results.count(), { timeout: 15_000 }).toBe(Math.min(shown + 2, total));
      }
      await expect(more.isHidden()).resolves.toBe(true);
      // A new query starts again from one page.
      await page.locator('pagefind-input input').fill('Kursk');
      await expect.poll(() => page.locator('pagefind-summary').innerText(), { timeout: 15_000 }).toMatch(/Kursk/);
      await expect.poll(() => results.count(), { timeout: 15_000 }).toBe(2);
      await expect(more.isVisible()).resolves.toBe(true);
      expect(problemsOf(watched.problems)).toEqual(NO_PROBLEMS);
    } finally {
      await writeFile(searchPage, original);
    }
  });

  it('runs a query given in the address', async () => {
    await open('/search/?q=Pokrovsk');
    await page.locator('.search-result-link').first().waitFor();
    await expect(page.locator('.search-result-link').allInnerTexts()).resolves.toEqual(['Russia has amassed 110,000 troops near strategic Ukrainian city, Kyiv says']);
  });
});

async function articleUrls(): Promise<string[]> {
  const sitemap = await fetch(archive.at('/sitemap.xml')).then((r) => r.text());
  return [...sitemap.matchAll(/<loc>[^<]*?(\/articles\/[^<]+)<\/loc>/g)].map((m) => m[1]!).filter((u) => !u.includes('earlier-report'));
}

function headlineOf(html: string): string {
  const h1Text = /<h1>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
  return h1Text.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').trim();
}

describe('a missing address', () => {
  it('answers 404 with the site\'s not-found page, which leads home', async () => {
    watched = await openWatched(browser, archive.url);
    page = watched.page;
    const response = await page.goto(archive.at('/articles/no-such-article/'));
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').innerText()).resolves.toMatch(/not found/i);
    await page.locator('main a[href$="/"]').first().click();
    expect(path()).toBe('/');
  });
});

describe('by keyboard alone', () => {
  /** Tabs through the page, returning what had focus each time, until focus comes back round. */
  async function tabThrough(limit = 400): Promise<{ tag: string; href: string | null; outline: string }[]> {
    const seen: { tag: string; href: string | null; outline: string }[] = [];
    for (let i = 0; i < limit; i += 1) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return { tag: el.tagName, href: el.getAttribute('href'), outline: `${style.outlineStyle} ${style.outlineWidth}` };
      });
      if (focus === null) break;
      if (seen.length > 0 && focus.href === seen[0]!.href && focus.tag === seen[0]!.tag) break;
      seen.push(focus);
    }
    return seen;
  }

  for (const sitePath of ['/', '/tags/kursk/', '/timeline/']) {
    it(`reaches the skip link first and then every link on ${sitePath}, each with a visible focus ring`, async () => {
      await open(sitePath);
      const focused = await tabThrough();
      expect(focused[0]).toMatchObject({ tag: 'A', href: '#main' });
      for (const f of focused) expect(f.outline, `${f.href}`).not.toMatch(/^none|\b0px$/);
      const links = await page.locator('a[href]').evaluateAll((as) => as.filter((a) => (a as HTMLElement).offsetParent !== null || a.classList.contains('skip-link')).map((a) => a.getAttribute('href')));
      expect(focused.filter((f) => f.tag === 'A').map((f) => f.href)).toEqual(links);
    });
  }

  it('follows the skip link to the main content', async () => {
    await open('/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.closest('main') !== null)).resolves.toBe(true);
  });
});

describe('under a path prefix', () => {
  let prefixed: ArchiveUnderTest;
  beforeAll(async () => {
    prefixed = await buildArchive({ pathPrefix: '/archive/', searchPartArticles: 2 });
  });
  afterAll(async () => {
    await prefixed?.close();
  });

  it('browses and searches with every request answered under the prefix', async () => {
    const w = await openWatched(browser, prefixed.url);
    await w.page.goto(prefixed.url);
    await w.page.locator('.article-list a.article-link').first().click();
    expect(new URL(w.page.url()).pathname).toMatch(/^\/archive\/articles\/[^/]+\/$/);
    await w.page.locator('nav.tags a').first().click();
    expect(new URL(w.page.url()).pathname).toMatch(/^\/archive\/tags\/[^/]+\/$/);
    await w.page.goto(prefixed.at('/search/?q=Kursk'));
    // Results from every part of the index link under the prefix. Pagefind draws results one by one as they load.
    const results = w.page.locator('.search-result-link');
    await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(2);
    const links = await results.evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const link of links) expect(link).toMatch(/^\/archive\/articles\/[^/]+\/$/);
    await w.page.locator('.search-result-link').last().click();
    expect(new URL(w.page.url()).pathname).toMatch(/^\/archive\/articles\/[^/]+\/$/);
    expect(problemsOf(w.problems)).toEqual(NO_PROBLEMS);
    await w.close();
  });
});
