// Serve's thread: watches the dumps folder, ingests what changed on its own thread, renders there the pages of the
// entries the run wrote (placed among the articles the served site last listed), and tells each run's end, a failed
// one naming what failed. A run is under way, in memory the main thread reads, from before it writes anything.
import { existsSync, readdirSync } from 'node:fs';
import { access, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sortArticles } from '../../src/site/articleOrder.ts';
import { serveThread, type EarlySettings, type ThreadRun } from '../../src/site/serveThread.ts';
import { articleUrl } from '../../src/site/siteUrls.ts';
import { readEntry } from '../../src/store/readEntry.ts';
import { REPO_ROOT } from '../helpers/archiveConfig.ts';
import { generatedDump, makeContent, putDump, removeContent } from '../helpers/storeArchive.ts';
import { prepareSite, readEntryFixtures, removeFixtureSite, type FixtureSite } from './fixtureSite.ts';

const CONFIG_PATH = path.join(REPO_ROOT, '.eleventy.ts');
const WITHIN_MS = 30_000;

let content: string | undefined;
let site: FixtureSite | undefined;
afterEach(async () => {
  await serveThread.close();
  await removeContent(content);
  content = undefined;
  if (site) await removeFixtureSite(site);
  site = undefined;
});

/** What the watch told, as it was told. */
interface Told {
  ran: ThreadRun[];
  failed: string[];
  unwatchable: string[];
}

/** Watches `contentDir`'s dumps on the thread, once the watch is on. */
async function watched(contentDir: string, early: EarlySettings | null = null): Promise<Told> {
  const told: Told = { ran: [], failed: [], unwatchable: [] };
  serveThread.watch(path.join(contentDir, 'dumps'), contentDir, early, {
    ran: (run) => told.ran.push(run),
    failed: (message) => told.failed.push(message),
    unwatchable: (message) => told.unwatchable.push(message),
  });
  await serveThread.watching();
  return told;
}

/** Polls until `count` runs have ended, as told; `onPoll` runs on every round. */
async function untilRuns(told: Told, count: number, onPoll = () => {}): Promise<void> {
  const started = Date.now();
  while (told.ran.length + told.failed.length < count) {
    if (Date.now() - started > WITHIN_MS) throw new Error(`only ${told.ran.length + told.failed.length} of ${count} runs ended within ${WITHIN_MS} ms`);
    onPoll();
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

describe('serveThread', () => {
  it("ingests a capture dropped in and writes the new entries' pages and capture pages before the run ends", async () => {
    const fixtures = await readEntryFixtures('valid');
    site = await prepareSite(fixtures);
    serveThread.served(sortArticles(fixtures.map(({ name, text }) => ({ url: articleUrl(name), data: { entry: readEntry(text, name).entry } }))));
    await mkdir(path.join(site.inputDir, 'dumps'));
    const told = await watched(site.inputDir, { inputDir: site.inputDir, outputDir: site.outputDir, configPath: CONFIG_PATH });

    await putDump(site.inputDir, 'gen-0.txt', generatedDump(0));
    await untilRuns(told, 1);
    expect(told.failed).toEqual([]);
    const run = told.ran[0]!;
    expect(run.sealed).toBe(false);
    const created = run.changes.filter((c) => c.change === 'created').map((c) => c.file);
    expect(created.length).toBeGreaterThan(0);
    expect(run.early).toEqual({ articles: created.map((file) => articleUrl(file)), captures: ['gen-0.txt'] });
    for (const url of created.map((file) => articleUrl(file))) await access(path.join(site.outputDir, url, 'index.html'));
  }, 120_000);

  it('holds a run under way from before it writes anything until its end is told, and writes no pages when not asked', async () => {
    content = await makeContent('serve-watch-');
    const told = await watched(content);
    // Each time this thread looked: an entry file there before the run's end was told, while no run was under way,
    // is a file Eleventy's watcher would have rebuilt on before the run named it.
    let seenUnderWay = false;
    const unheld: string[] = [];
    const articles = path.join(content, 'articles');
    expect(serveThread.runUnderWay()).toBe(false);
    await putDump(content, 'gen-2.txt', generatedDump(2));
    await untilRuns(told, 1, () => {
      // Read and checked with no turn of the event loop between, in which the run's end could be told.
      const entries = existsSync(articles) ? readdirSync(articles) : [];
      const underWay = serveThread.runUnderWay();
      seenUnderWay ||= underWay;
      if (entries.length > 0 && told.ran.length === 0 && !underWay) unheld.push(...entries);
    });
    expect(told.failed).toEqual([]);
    expect(told.ran[0]!.changes.map((c) => c.change)).toContain('created');
    expect(told.ran[0]!.early).toBeNull();
    expect(seenUnderWay).toBe(true);
    expect(unheld).toEqual([]);
    expect(serveThread.runUnderWay()).toBe(false);
    await serveThread.runsEnded();
  }, 60_000);

  it('tells a run that failed, naming what failed, and runs the next one', async () => {
    content = await makeContent('serve-watch-');
    // A folder where the manifest goes: the run cannot read it.
    const manifest = path.join(content, 'ingest-manifest.json');
    await mkdir(manifest);
    const told = await watched(content);
    await putDump(content, 'gen-1.txt', generatedDump(1));
    await untilRuns(told, 1);
    expect(told.failed).toHaveLength(1);
    expect(told.failed[0]).toContain('ingest-manifest.json');
    expect(serveThread.runUnderWay()).toBe(false);

    await rm(manifest, { recursive: true });
    await putDump(content, 'gen-3.txt', generatedDump(3));
    await untilRuns(told, 2);
    expect(told.ran).toHaveLength(1);
    expect(told.ran[0]!.changes.length).toBeGreaterThan(0);
  }, 60_000);

  it('says when the dumps folder cannot be watched', async () => {
    const missing = path.join(REPO_ROOT, 'tests/.artifacts', `no-such-content-${process.pid}`);
    const told = await watched(missing);
    expect(told.unwatchable).toHaveLength(1);
    expect(told.unwatchable[0]).toMatch(/ENOENT|no such file/);
  }, 30_000);
});
