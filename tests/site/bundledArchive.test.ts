// End to end on the bundled archive: its dumps ingested into a fresh folder and built, then every gold article found on the site.
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArchive } from '../../src/store/ingestArchive.ts';
import type { IngestReport } from '../../src/store/ingestReport.ts';
import { fixtureDumps } from '../helpers/fixtureSets.ts';
import { buildFixtureSite, elementsOf, fileForUrl, linkTargets, prepareSite, removeFixtureSite, visibleText, type FixtureSite } from './fixtureSite.ts';

const SEEDS = fixtureDumps().filter((f) => f.set === 'seeds');

let site: FixtureSite;
let report: IngestReport;
const pages = new Map<string, string>();

async function page(url: string): Promise<string> {
  if (!pages.has(url)) pages.set(url, await fs.readFile(fileForUrl(site.outputDir, url), 'utf8'));
  return pages.get(url)!;
}

/** Every article page of the site, by its one <h1>. */
async function articlesByHeadline(): Promise<Map<string, string>> {
  const dir = path.join(site.outputDir, 'articles');
  const byHeadline = new Map<string, string>();
  for (const slug of await fs.readdir(dir)) {
    const url = `/articles/${slug}/`;
    const h1 = elementsOf(await page(url), 'h1');
    byHeadline.set(visibleText(h1[0] ?? ''), url);
  }
  return byHeadline;
}

beforeAll(async () => {
  site = await prepareSite([]);
  await fs.mkdir(path.join(site.inputDir, 'dumps'));
  for (const dump of SEEDS) await fs.writeFile(path.join(site.inputDir, 'dumps', dump.file), dump.text);
  report = (await ingestArchive(site.inputDir)).report;
  await buildFixtureSite(site);
});

afterAll(async () => {
  await removeFixtureSite(site);
});

describe('the bundled sample archive, dumps to site', () => {
  it('gives each gold article exactly one page, and no other article a page', async () => {
    const byHeadline = await articlesByHeadline();
    const gold = SEEDS.flatMap((d) => d.gold.articles.map((a) => a.headline)).sort();
    expect([...byHeadline.keys()].sort()).toEqual(gold);
  });

  it('links every article to its tag pages, and each tag page back to the article', async () => {
    for (const [headline, url] of await articlesByHeadline()) {
      const tagLinks = linkTargets(await page(url)).filter((href) => href.startsWith('/tags/') && href !== '/tags/');
      expect(tagLinks.length, `${headline} has tag links`).toBeGreaterThan(0);
      for (const tag of tagLinks) expect(linkTargets(await page(tag)), `${tag} links back to ${url}`).toContain(url);
    }
  });

  it('links every article to its source page, which links back', async () => {
    for (const [, url] of await articlesByHeadline()) {
      const sourceLink = linkTargets(await page(url)).find((href) => href.startsWith('/sources/') && href !== '/sources/');
      expect(sourceLink).toBeDefined();
      expect(linkTargets(await page(sourceLink!))).toContain(url);
    }
  });

  it('lists every gold skipped article in the ingest report with its reason', () => {
    for (const dump of SEEDS) {
      const skipped = report.dumps.find((d) => d.dump === dump.file)!.skipped;
      for (const gold of dump.gold.skipped) {
        expect(skipped.find((s) => s.headline === gold.headline)?.reason).toMatch(/^off-topic/);
      }
    }
  });

  it('publishes the ingest report: every capture, its entries linked, skipped articles with reasons', async () => {
    const html = await page('/report/');
    const text = visibleText(html);
    for (const dump of SEEDS) expect(text).toContain(dump.file);
    for (const [, url] of await articlesByHeadline()) expect(linkTargets(html)).toContain(url);
    expect(text).toContain('Putin Says Russia to Seek Defense Cuts Though It Depends on War (Bloomberg): off-topic: no mention of North Korea');
  });

  it('shows undated articles as "date not stated" on the home page, after the dated ones', async () => {
    const home = visibleText(await page('/'));
    const undated = home.indexOf('Date not stated');
    expect(undated).toBeGreaterThan(home.indexOf('North Korea and Russia send political shockwaves'));
    expect(home.indexOf('Ukraine urges allies to stop watching')).toBeGreaterThan(undated);
  });
});
