// The ingest report as pages: a large archive's report is paged, every capture listed once in report order,
// numbered on across pages, each stating the totals; with no ingest the one page says so.
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestReport } from '../../src/store/ingestReport.ts';
import { buildFixtureSite, prepareSite, removeFixtureSite, type FixtureSite } from './fixtureSite.ts';

const CAPTURES = 230;
const report: IngestReport = {
  dumps: Array.from({ length: CAPTURES }, (_, i) => ({
    dump: `capture-${String(i).padStart(3, '0')}.txt`,
    status: i % 7 === 0 ? 'failed' : 'no-article',
    error: i % 7 === 0 ? 'binary file, not a text capture' : 'no article found',
    entries: [],
    skipped: [],
    warnings: [],
  })),
};

let paged: FixtureSite;
let empty: FixtureSite;

const read = (site: FixtureSite, url: string) => fs.readFile(path.join(site.outputDir, url, 'index.html'), 'utf8');
const listed = (html: string) => [...html.matchAll(/<h2><code>([^<]+)<\/code>/g)].map((m) => m[1]!);

beforeAll(async () => {
  paged = await prepareSite([]);
  await fs.writeFile(path.join(paged.inputDir, '_data', 'ingestReport.json'), JSON.stringify(report));
  // The report is read by the report pages alone, not as global data; other data files are read as Eleventy reads
  // them, an empty one as empty data.
  await fs.writeFile(path.join(paged.inputDir, '_data', 'empty.json'), '');
  await buildFixtureSite(paged);
  empty = await prepareSite([]);
  await buildFixtureSite(empty);
}, 120_000);

afterAll(async () => {
  await removeFixtureSite(paged);
  await removeFixtureSite(empty);
});

describe('the report pages', () => {
  it('list every capture once, in report order, a hundred to a page, linked in sequence', async () => {
    const urls = ['/report/', '/report/page/2/', '/report/page/3/'];
    const pages = await Promise.all(urls.map((url) => read(paged, url)));
    expect(pages.flatMap(listed)).toEqual(report.dumps.map((d) => d.dump));
    expect(pages.map((html) => listed(html).length)).toEqual([100, 100, 30]);
    expect(pages[1]).toContain('<link rel="prev" href="/report/">');
    expect(pages[1]).toContain('<link rel="next" href="/report/page/3/">');
    expect(pages.map((html) => /<ol class="report-list" start="(\d+)"/.exec(html)?.[1])).toEqual(['1', '101', '201']);
    for (const html of pages) expect(html).toContain(`${CAPTURES} captures`);
    await expect(read(paged, '/report/page/4/')).rejects.toThrow();
  });

  it('is one page saying no ingest has run when there is no report', async () => {
    expect(await read(empty, '/report/')).toContain('No ingest has run for this build');
    await expect(read(empty, '/report/page/2/')).rejects.toThrow();
  });
});
