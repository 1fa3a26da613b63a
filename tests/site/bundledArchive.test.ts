// End to end on the bundled archive: its dumps ingested into a fresh folder and built, then every gold article found on the site.
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/site/buildSite.ts';
import { ingestArchive } from '../../src/store/ingestArchive.ts';
import type { IngestReport } from '../../src/store/ingestReport.ts';
import { parse as parseCsv } from 'csv-parse/sync';
import { ARTICLE_PAGE_BUDGET_BYTES, pageWeight } from '../../src/site/pageWeight.ts';
import { provenanceUrl } from '../../src/site/provenanceData.ts';
import { fixtureDumps } from '../helpers/fixtureSets.ts';
import { brokenLinks, buildFixtureSite, elementsOf, fileForUrl, linkTargets, prepareSite, removeFixtureSite, visibleText, type FixtureSite } from './fixtureSite.ts';

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

describe('research features of the bundled archive', () => {
  const lineNumbersOf = (text: string, paragraph: string) =>
    text.split('\n').flatMap((line, i) => (line.replace(/\s+/g, ' ').trim() === paragraph.replace(/\s+/g, ' ').trim() ? [i + 1] : []));

  it('marks every gold body line as kept, into the right article, on its capture page', async () => {
    const byHeadline = await articlesByHeadline();
    for (const dump of SEEDS) {
      const html = await page(provenanceUrl(dump.file));
      for (const gold of dump.gold.articles) {
        for (const paragraph of gold.body) {
          for (const n of lineNumbersOf(dump.text, paragraph)) {
            const row = new RegExp(`<tr id="line-${n}" class="([a-z]+)">([\\s\\S]*?)</tr>`).exec(html);
            expect(row?.[1], `${dump.file} line ${n}`).toBe('kept');
            expect(linkTargets(row![2]!)).toContain(byHeadline.get(gold.headline));
          }
        }
      }
    }
  });

  it('never marks the cruft the gold lists as kept text: dropped, part of a skipped article, or only read for a field', async () => {
    for (const dump of SEEDS) {
      const html = await page(provenanceUrl(dump.file));
      for (const cruft of dump.gold.must_not_contain) {
        for (const [i, line] of dump.text.split('\n').entries()) {
          if (!line.includes(cruft)) continue;
          const row = new RegExp(`<tr id="line-${i + 1}" class="([a-z]+)">[\\s\\S]*?<td class="line-verdict">([\\s\\S]*?)</td>`).exec(html);
          const verdict = visibleText(row![2]!);
          // A teaser line "www.outlet.com Headline" gives the headline and nothing else of its text.
          const allowed = /^(dropped: \S|not archived: .+, skipped \(\S|kept as (headline|headline-repeat|meta|url) of )/;
          expect(verdict, `${dump.file} line ${i + 1}: ${line}`).toMatch(allowed);
        }
      }
    }
  });

  it('links each article to its capture page at its first line', async () => {
    for (const [, url] of await articlesByHeadline()) {
      expect(linkTargets(await page(url)).some((href) => /^\/provenance\/[^/]+\/#line-\d+$/.test(href))).toBe(true);
    }
  });

  it('gives each article a cite-this block with the absolute archive URL and the capture hash', async () => {
    for (const [, url] of await articlesByHeadline()) {
      const text = visibleText(await page(url));
      expect(text).toContain(`Archived copy: https://example.org${url}`);
      expect(text).toMatch(/SHA-256 [0-9a-f]{64}/);
    }
  });

  it('exports every article, with every field and its body, as CSV, JSON Lines and CSL-JSON', async () => {
    const csv = parseCsv(await fs.readFile(path.join(site.outputDir, 'exports/archive.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const lines = (await fs.readFile(path.join(site.outputDir, 'exports/archive.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const csl = JSON.parse(await fs.readFile(path.join(site.outputDir, 'exports/archive.csl.json'), 'utf8')) as Record<string, unknown>[];
    const headlines = [...(await articlesByHeadline()).keys()].sort();
    expect(csv.map((r) => r.headline).sort()).toEqual(headlines);
    expect(lines.map((r) => r.headline).sort()).toEqual(headlines);
    expect(csl.map((r) => r.title).sort()).toEqual(headlines);
    const herald = lines.find((r) => r.source === 'The Korea Herald')!;
    expect(herald).toMatchObject({ date: '2024-10-30', byline: 'Yonhap', dump: '002_9da06d9b3fbd2242.txt' });
    expect(herald.body).toContain('A small number of North Korean troops are already in Ukraine');
    expect(Object.keys(herald)).toEqual(expect.arrayContaining(['headline', 'source', 'date', 'tags', 'dump_sha256', 'dump_lines', 'archive_url', 'body']));
    const undated = csl.find((r) => r.title === 'Ukraine urges allies to stop watching and take steps amid threat by North Korean troops')!;
    expect(undated).toMatchObject({ type: 'article-newspaper', 'container-title': 'The Journal' });
    expect(undated).not.toHaveProperty('issued');
  });

  it('exports each tag as CSV and JSON Lines listing exactly its articles, without the text the archive export holds', async () => {
    const kursk = (await fs.readFile(path.join(site.outputDir, 'tags/kursk/export.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const archive = (await fs.readFile(path.join(site.outputDir, 'exports/archive.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(kursk.length).toBeGreaterThan(0);
    expect(kursk.length).toBe(archive.filter((r) => (r.tags as string[]).includes('Kursk')).length);
    for (const record of kursk) {
      expect(record.tags).toContain('Kursk');
      expect(record).not.toHaveProperty('body');
      const { body, ...listed } = archive.find((r) => r.archive_url === record.archive_url)!;
      expect(body).toEqual(expect.any(String));
      expect(record).toEqual(listed);
    }
    const rows = parseCsv(await fs.readFile(path.join(site.outputDir, 'tags/kursk/export.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(kursk.length);
    expect(Object.keys(rows[0]!)).not.toContain('body');
    expect(Object.keys(rows[0]!)).toContain('archive_url');
  });

  it('explains the method, with the topic rules, on the methodology page', async () => {
    const text = visibleText(await page('/methodology/'));
    expect(text).toContain('must mention North Korea and the war');
    expect(text).toContain('date not stated');
  });
});

describe('page weight of the bundled archive', () => {
  it('keeps every article page, HTML plus CSS compressed, within the first round trip, and loads no script', async () => {
    const css = await fs.readFile(path.join(site.outputDir, 'assets/site.css'), 'utf8');
    for (const [, url] of await articlesByHeadline()) {
      const html = await page(url);
      expect(pageWeight(url, html, css).totalBytes, url).toBeLessThanOrEqual(ARTICLE_PAGE_BUDGET_BYTES);
      expect(html, url).not.toMatch(/<script(?![^>]*application\/ld\+json)/i);
    }
  });
});

describe('links of the bundled archive', () => {
  it('resolves every internal link and asset of every page', async () => {
    expect(await brokenLinks(site.outputDir)).toEqual([]);
  });

  it('resolves them all under a path prefix too', async () => {
    const outputDir = path.join(site.root, 'prefixed');
    await buildSite({ inputDir: site.inputDir, outputDir, pathPrefix: '/archive/', quiet: true });
    expect(await brokenLinks(outputDir, '/archive/')).toEqual([]);
  }, 60_000);
});
