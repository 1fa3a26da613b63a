// Serve's thread: runs an ingest on its own thread, renders there the pages of the entries the run wrote (placed among
// the articles the served site last listed), and reports a failed run as an error naming what failed.
import { access, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sortArticles } from '../../src/site/articleOrder.ts';
import { serveThread } from '../../src/site/serveThread.ts';
import { articleUrl } from '../../src/site/siteUrls.ts';
import { readEntry } from '../../src/store/readEntry.ts';
import { REPO_ROOT } from '../helpers/archiveConfig.ts';
import { generatedDump, makeContent, putDump, removeContent } from '../helpers/storeArchive.ts';
import { prepareSite, readEntryFixtures, removeFixtureSite, type FixtureSite } from './fixtureSite.ts';

const CONFIG_PATH = path.join(REPO_ROOT, '.eleventy.ts');
let content: string | undefined;
let site: FixtureSite | undefined;
afterAll(async () => {
  await serveThread.close();
  await removeContent(content);
  if (site) await removeFixtureSite(site);
});

describe('serveThread', () => {
  it('ingests on its own thread and writes the new entries\' pages and capture pages before the run ends', async () => {
    const fixtures = await readEntryFixtures('valid');
    site = await prepareSite(fixtures);
    serveThread.served(sortArticles(fixtures.map(({ name, text }) => ({ url: articleUrl(name), data: { entry: readEntry(text, name).entry } }))));
    await mkdir(path.join(site.inputDir, 'dumps'));
    await writeFile(path.join(site.inputDir, 'dumps', 'gen-0.txt'), generatedDump(0));

    const run = await serveThread.ingest(site.inputDir, { inputDir: site.inputDir, outputDir: site.outputDir, configPath: CONFIG_PATH });
    expect(run.sealed).toBe(false);
    const created = run.changes.filter((c) => c.change === 'created').map((c) => c.file);
    expect(created.length).toBeGreaterThan(0);
    expect(run.early).toEqual({ articles: created.map((file) => articleUrl(file)), captures: ['gen-0.txt'] });
    for (const url of created.map((file) => articleUrl(file))) await access(path.join(site.outputDir, url, 'index.html'));
  }, 120_000);

  it('runs without early pages when not asked for them', async () => {
    content = await makeContent('serve-thread-');
    await putDump(content, 'gen-1.txt', generatedDump(1));
    const run = await serveThread.ingest(content);
    expect(run.changes.length).toBeGreaterThan(0);
    expect(run.early).toBeNull();
  }, 60_000);

  it('rejects a run that fails, and runs the next one', async () => {
    await expect(serveThread.ingest(path.join(content!, 'dumps', 'gen-1.txt'))).rejects.toThrow(/gen-1\.txt/);
    const again = await serveThread.ingest(content!);
    expect(again.changes).toEqual([]);
  }, 60_000);
});
