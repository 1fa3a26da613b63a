/// <reference lib="dom" />
// Every page type of the built archive in a real browser, in light and dark: no console error, no failed or off-site request, no axe violation of the WCAG 2.1 A/AA rules, nothing wider than a 320 px screen; and screenshots for a person to look at.
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeRules, axeViolations } from './axe.ts';
import { buildArchive, type ArchiveUnderTest } from './archiveUnderTest.ts';
import { launchChromium } from './chromium.ts';
import { extraEntries } from './extraEntries.ts';
import { NO_PROBLEMS, openWatched, problemsOf } from './watchedPage.ts';

const SCREENSHOT_DIR = fileURLToPath(new URL('../.artifacts/screenshots/', import.meta.url));
const SCHEMES = ['light', 'dark'] as const;

let browser: Browser;
let archive: ArchiveUnderTest;
/** One page of each type, found in the built site rather than named by hand. */
const pageTypes = new Map<string, string>();

async function firstPageIn(folder: string): Promise<string> {
  const names = (await fs.readdir(path.join(archive.outputDir, folder), { withFileTypes: true })).filter((e) => e.isDirectory() && e.name !== 'page');
  if (names.length === 0) throw new Error(`the built site has no page under /${folder}/`);
  return `/${folder}/${names.map((e) => e.name).sort()[0]}/`;
}

beforeAll(async () => {
  browser = await launchChromium();
  archive = await buildArchive({ entries: extraEntries() });
  const article = '/articles/north-korea-and-russia-send-political-shockwaves-with-ukraine-war-moves/';
  const entries: [string, string][] = [
    ['home', '/'],
    ['home, page 2', '/page/2/'],
    ['article', article],
    ['tags', '/tags/'],
    ['tag', '/tags/kursk/'],
    ['tag, page 2', '/tags/north-korea/page/2/'],
    ['sources', '/sources/'],
    ['source', await firstPageIn('sources')],
    ['timeline', '/timeline/'],
    ['months', '/archive/'],
    ['month', '/archive/2024/10/'],
    ['date not stated', '/archive/undated/'],
    ['stories', '/stories/'],
    ['story', await firstPageIn('stories')],
    ['provenance', await firstPageIn('provenance')],
    ['report', '/report/'],
    ['methodology', '/methodology/'],
    ['data', '/data/'],
    ['search', '/search/?q=Kursk'],
    ['not found', '/404.html'],
  ];
  for (const [name, url] of entries) pageTypes.set(name, url);
  await fs.mkdir(SCREENSHOT_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await archive?.close();
});

/** Search results arrive after the index loads; every other page is complete once loaded. */
async function settled(page: import('playwright-core').Page, url: string): Promise<void> {
  if (url.startsWith('/search/')) await page.locator('.search-result-link').first().waitFor();
}

describe.each(SCHEMES)('every page type in the %s scheme', (scheme) => {
  it('loads with no console error, failed request or request to another host, and no axe violation', async () => {
    const watched = await openWatched(browser, archive.url, { colorScheme: scheme });
    const violations: string[] = [];
    for (const [name, url] of pageTypes) {
      await watched.page.goto(archive.at(url));
      await settled(watched.page, url);
      for (const v of await axeViolations(watched.page)) violations.push(`${name} (${url}): ${v}`);
    }
    expect(violations).toEqual([]);
    expect(problemsOf(watched.problems)).toEqual(NO_PROBLEMS);
    await watched.close();
  }, 120_000);

  it('saves screenshots of the home page, an article and the search page', async () => {
    const watched = await openWatched(browser, archive.url, { colorScheme: scheme });
    for (const name of ['home', 'article', 'search']) {
      const url = pageTypes.get(name)!;
      await watched.page.goto(archive.at(url));
      await settled(watched.page, url);
      const file = path.join(SCREENSHOT_DIR, `${name}-${scheme}.png`);
      await watched.page.screenshot({ path: file, fullPage: true });
      expect((await fs.stat(file)).size).toBeGreaterThan(10_000);
    }
    await watched.close();
  });
});

describe('a 320 px wide screen', () => {
  it('never needs horizontal scrolling, on any page type', async () => {
    const watched = await openWatched(browser, archive.url, { width: 320, height: 640 });
    const tooWide: string[] = [];
    for (const [name, url] of pageTypes) {
      await watched.page.goto(archive.at(url));
      await settled(watched.page, url);
      const { scrollWidth, clientWidth } = await watched.page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      if (scrollWidth > clientWidth) tooWide.push(`${name} (${url}): ${scrollWidth} px`);
    }
    expect(tooWide).toEqual([]);
    await watched.close();
  }, 120_000);
});

describe('the colour schemes', () => {
  it('follow the system setting: text and background differ between light and dark', async () => {
    const colours: Record<string, { text: string; background: string }> = {};
    for (const scheme of SCHEMES) {
      const watched = await openWatched(browser, archive.url, { colorScheme: scheme });
      await watched.page.goto(archive.at('/'));
      colours[scheme] = await watched.page.evaluate(() => ({ text: getComputedStyle(document.body).color, background: getComputedStyle(document.body).backgroundColor }));
      await watched.close();
    }
    expect(colours.light!.background).not.toBe(colours.dark!.background);
    expect(colours.light!.text).not.toBe(colours.dark!.text);
  });
});

describe('the security policy', () => {
  it('is declared on every page type, allows only the site\'s own scripts, and nothing inline; search alone may compile WebAssembly', async () => {
    const watched = await openWatched(browser, archive.url);
    for (const [name, url] of pageTypes) {
      await watched.page.goto(archive.at(url));
      const policies = await watched.page.locator('meta[http-equiv="Content-Security-Policy"]').evaluateAll((ms) => ms.map((m) => m.getAttribute('content') ?? ''));
      expect(policies, name).toHaveLength(1);
      const scriptSrc = /(?:^|;)\s*script-src ([^;]*)/.exec(policies[0]!)?.[1]?.trim();
      expect(scriptSrc, name).toBe(url.startsWith('/search/') ? "'self' 'wasm-unsafe-eval'" : "'self'");
      expect(policies[0], name).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
      await settled(watched.page, url);
      expect(await watched.cspViolations(), name).toEqual([]);
    }
    await watched.close();
  });

  it('lists the axe rules it checks', async () => {
    const watched = await openWatched(browser, archive.url);
    await watched.page.goto(archive.url);
    const rules = await axeRules(watched.page);
    // Contrast, names, landmarks and headings are among them: the rules this archive's design is held to.
    expect(rules).toEqual(expect.arrayContaining(['color-contrast', 'link-name', 'html-has-lang', 'document-title', 'list', 'image-alt']));
    console.log(`axe-core rules checked (${rules.length}): ${rules.join(', ')}`);
    await watched.close();
  });
});
