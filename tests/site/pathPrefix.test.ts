// A site served from a sub-folder: every site-relative link carries the path prefix, and so do feeds, sitemap, metadata and search.
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/site/buildSite.ts';
import { fileForUrl, linkTargets, listFiles, prepareSite, readEntryFixtures, removeFixtureSite, type FixtureSite } from './fixtureSite.ts';
import { htmlPages, jsonLdBlocks, readOutput, readPagefindFragments, SITE_ADDRESS } from '../helpers/discoverySite.ts';

const PREFIX = '/archive/';
/** Two articles sharing a tag, one with a stated time and an original URL. */
const ENTRY_FILES = ['case-colliding-tags.md', 'korea-herald-troops-inside-ukraine.md'];
const PUBLIC_ROOT = `${SITE_ADDRESS}${PREFIX}`;
let site: FixtureSite;

/** The built file a prefixed site path or absolute URL is served from; fails the test when the prefix is missing. */
function builtFile(url: string): string {
  const pathname = new URL(url, PUBLIC_ROOT).pathname;
  expect(pathname.startsWith(PREFIX), `${url} is under ${PREFIX}`).toBe(true);
  return fileForUrl(site.outputDir, pathname.slice(PREFIX.length - 1));
}

async function expectServed(url: string, where: string): Promise<void> {
  await expect(fs.access(builtFile(url)), `${url} in ${where}`).resolves.toBeUndefined();
}

/** Every absolute URL in a feed or sitemap that points into the archive (not an article's original elsewhere). */
function archiveUrls(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s"'<>]+/g)].map((match) => match[0]).filter((url) => url.startsWith(SITE_ADDRESS));
}

beforeAll(async () => {
  site = await prepareSite((await readEntryFixtures('valid')).filter((entry) => ENTRY_FILES.includes(entry.name)));
  await buildSite({ inputDir: site.inputDir, outputDir: site.outputDir, pathPrefix: PREFIX, quiet: true });
});

afterAll(async () => {
  await removeFixtureSite(site);
});

describe('buildSite with a path prefix', () => {
  it('prefixes every site-relative href and src, and still writes pages at the output root', async () => {
    const pages = (await listFiles(site.outputDir)).filter((file) => file.endsWith('.html'));
    expect(pages).toContain(path.join(site.outputDir, 'index.html'));
    for (const file of pages) {
      const local = linkTargets(await fs.readFile(file, 'utf8')).filter((target) => target.startsWith('/'));
      expect(local.length, file).toBeGreaterThan(0);
      expect(local.filter((target) => !target.startsWith(PREFIX)), file).toEqual([]);
    }
  });

  it('serves every internal link and asset of every page, the search page\'s scripts included', async () => {
    for (const { file } of await htmlPages(site.outputDir)) {
      const html = await fs.readFile(file, 'utf8');
      const internal = linkTargets(html).filter((target) => target.startsWith('/') || target.startsWith(SITE_ADDRESS));
      for (const target of internal) await expectServed(target.replace(/#.*$/, ''), file);
    }
    const search = linkTargets(await readOutput(site, 'search/index.html'));
    expect(search).toEqual(expect.arrayContaining(['/archive/pagefind/pagefind-component-ui.js', '/archive/assets/js/search.js']));
  });

  it('gives canonical URLs and JSON-LD the public address with the prefix', async () => {
    const html = await readOutput(site, 'articles/korea-herald-troops-inside-ukraine/index.html');
    expect(html).toContain(`<link rel="canonical" href="${PUBLIC_ROOT}articles/korea-herald-troops-inside-ukraine/">`);
    expect(jsonLdBlocks(html)[0]).toMatchObject({ url: `${PUBLIC_ROOT}articles/korea-herald-troops-inside-ukraine/` });
  });

  it('links feeds, the sitemap and robots.txt to pages under the prefix, each of them built', async () => {
    for (const file of ['feed.xml', 'feed.json', 'tags/kursk/feed.xml', 'sitemap.xml', 'robots.txt']) {
      const urls = archiveUrls(await readOutput(site, file));
      expect(urls.length, file).toBeGreaterThan(0);
      for (const url of urls) await expectServed(url, file);
    }
  });

  it('writes a search index whose results resolve under the prefix', async () => {
    // Pagefind's script serves result links relative to the folder holding its bundle: /archive/ for /archive/pagefind/.
    const fragments = await readPagefindFragments(site.outputDir);
    expect(fragments.map((fragment) => fragment.url).sort()).toEqual([
      '/articles/case-colliding-tags/',
      '/articles/korea-herald-troops-inside-ukraine/',
    ]);
    for (const fragment of fragments) await expectServed(`${PREFIX}${fragment.url.slice(1)}`, 'the search index');
  });
});
