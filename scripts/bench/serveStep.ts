// "Adding one dump while serving": `serve` in a child process, then a new dump written into the dumps folder and the
// time from that write until the new article's page is served, measured as tests/site/watchIngest.test.ts does. Three
// times: as soon as the server first answers, once it has rebuilt after that and gone idle, and while it rebuilds again.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeDump } from '../../src/ingest/decodeDump.ts';
import { parseDump } from '../../src/ingest/parseDump.ts';
import type { ArchiveConfig } from '../../src/store/loadArchiveConfig.ts';
import { slugify } from '../../src/store/slugify.ts';
import { generateDump, type GeneratedDump } from './generateDumps.ts';
import { startStep, type StepRun } from './measure.ts';
import type { Palette } from './palette.ts';
import { REPO_ROOT, type Workspace } from './workspace.ts';
import { waitUntilIdle, type IdleWait } from './processIdle.ts';
import { freePort } from '../freePort.ts';

const CLI = path.join(REPO_ROOT, 'bin/news-archive.js');
const POLL_MS = 50;
/** Ingest and the first build of a large archive come before the server answers. */
const STARTUP_LIMIT_MS = 60 * 60_000;
/**
 * How long the new page may take, in multiples of the start-up (ingest and a whole build): room for the rebuild the
 * dump starts and for those that ingest's own writes start after it; past it the page counts as never served.
 */
const SERVED_LIMIT_STARTUPS = 3;
const SERVED_LIMIT_MIN_MS = 60_000;
const SERVED_LIMIT_MAX_MS = 20 * 60_000;
/** Eleventy's summary line after each build. */
const BUILD_DONE = /Wrote (\d+) files in ([\d.]+) seconds/g;

/** One dump written into the dumps folder while serving, and what followed. */
export interface AddedDump {
  /** From writing the dump to the article's page answering 200; null if it never did within the limit. */
  servedSeconds: number | null;
  /** From writing the dump to ingest's entry file for it appearing in the entries folder; null if no poll saw it before the page answered. */
  entryWrittenSeconds: number | null;
  /** Eleventy's builds after the dump was written, until the page was served or the limit: seconds each, as it reports them. */
  rebuildSeconds: number[];
  url: string;
}

export interface ServeMeasurement {
  /** From starting `serve` to its first answer: ingest of the unchanged dumps and the first build. */
  startupSeconds: number;
  /** How long each dump's page was given. */
  limitSeconds: number;
  /** The first dump, written as soon as the server first answered, while it still settles. */
  atStartup: AddedDump;
  /**
   * The second, written once the rebuild the first started had ended and the server had gone idle; null when the first
   * page was never served. `seconds`: how long after that rebuild ended; `idle` as waitUntilIdle says.
   */
  settled: (AddedDump & IdleWait) | null;
  /**
   * The third, written while the rebuild the second started runs: `intoRebuildSeconds` after that rebuild was set off
   * (a quarter of the first capture's rebuild). Null when the second page was never served.
   */
  duringRebuild: (AddedDump & { intoRebuildSeconds: number }) | null;
  run: StepRun;
}

async function status(url: string): Promise<number> {
  try {
    const response = await fetch(url);
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

/** Polls `done` until it is true or the time is up. */
async function untilTrue(done: () => boolean, limitMs: number, exited: () => boolean): Promise<boolean> {
  const started = performance.now();
  while (performance.now() - started < limitMs && !exited()) {
    if (done()) return true;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return done();
}

/**
 * Polls until the URL answers 200 or the time is up; the milliseconds since `started`, or null. `onPoll` runs on every
 * round, for anything else to watch meanwhile.
 */
async function until200(url: string, limitMs: number, exited: () => boolean, started = performance.now(), onPoll = () => {}): Promise<number | null> {
  while (performance.now() - started < limitMs && !exited()) {
    onPoll();
    if ((await status(url)) === 200) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return null;
}

/**
 * The next three dumps of the seed after the archive's own that the parser reads as one on-topic article each, and
 * whose headlines' slugs no entry has taken (nor another's): their pages are then at /articles/<slug>/ for certain.
 */
export function dumpsToAdd(seed: number, after: number, palette: Palette, config: ArchiveConfig, articlesDir: string): DumpsToAdd {
  const found: DumpsToAdd[number][] = [];
  for (let index = after; found.length < 3; index += 1) {
    const dump = generateDump(seed, index, palette);
    const intended = dump.articles[0]!;
    if (dump.shape === 'listing' || !intended.onTopic) continue;
    const decoded = decodeDump(new TextEncoder().encode(dump.text));
    const parsed = decoded.ok ? parseDump(decoded.text, config).articles : [];
    if (parsed.length !== 1 || parsed[0]!.headline !== intended.headline) continue;
    const slug = slugify(intended.headline);
    if (!existsSync(path.join(articlesDir, `${slug}.md`)) && !found.some((f) => f.slug === slug)) found.push({ dump, slug });
  }
  return [found[0]!, found[1]!, found[2]!];
}

/** A server that has used less than this share of a core for QUIET_MS is idle. */
const IDLE = { quietMs: 2_000, busyShare: 0.05, sampleMs: 250, limitMs: 5 * 60_000 };

/** A dump to add, with its article's slug. */
type DumpToAdd = { dump: GeneratedDump; slug: string };
/** The dumps to add, in order: three, whose slugs differ. */
export type DumpsToAdd = readonly [DumpToAdd, DumpToAdd, DumpToAdd];

export async function measureAddedDumps(workspace: Workspace, dumps: DumpsToAdd, nodeFlags: string[]): Promise<ServeMeasurement> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const step = await startStep({
    name: 'serve',
    nodeArgs: [...nodeFlags, CLI, 'serve', '--content', workspace.content, '--output', workspace.servedSite, '--port', String(port)],
    cwd: REPO_ROOT,
    logDir: workspace.logs,
    stoppedByBench: true,
  });
  let exited = false;
  step.done.catch(() => undefined).finally(() => (exited = true));
  const builds = () => [...step.output().matchAll(BUILD_DONE)].map((m) => Number(m[2]));
  try {
    const startup = await until200(`${base}/`, STARTUP_LIMIT_MS, () => exited);
    if (startup === null) throw new Error(`serve did not answer within ${STARTUP_LIMIT_MS / 60_000} minutes`);
    const limit = Math.min(SERVED_LIMIT_MAX_MS, Math.max(SERVED_LIMIT_MIN_MS, SERVED_LIMIT_STARTUPS * startup));
    const add = async ({ dump, slug }: DumpToAdd): Promise<AddedDump> => {
      const url = `/articles/${slug}/`;
      const entry = path.join(workspace.articles, `${slug}.md`);
      const buildsBefore = builds().length;
      const written = performance.now();
      let entryWritten: number | null = null;
      await writeFile(path.join(workspace.dumps, dump.name), dump.text);
      const served = await until200(`${base}${url}`, limit, () => exited, written, () => {
        if (entryWritten === null && existsSync(entry)) entryWritten = performance.now() - written;
      });
      return {
        servedSeconds: served === null ? null : served / 1000,
        entryWrittenSeconds: entryWritten === null ? null : entryWritten / 1000,
        rebuildSeconds: builds().slice(buildsBefore),
        url,
      };
    };
    const buildsAtStart = builds().length;
    const atStartup = await add(dumps[0]);
    let settled: ServeMeasurement['settled'] = null;
    let duringRebuild: ServeMeasurement['duringRebuild'] = null;
    if (atStartup.servedSeconds !== null) {
      // The rebuild the first dump started puts its page on the listing pages; the second dump comes after it.
      const rebuilt = await untilTrue(() => builds().length > buildsAtStart, limit, () => exited);
      if (!rebuilt) throw new Error(`serve did not finish the rebuild after the first added dump within ${(limit / 1000).toFixed(0)} s`);
      const wait = await waitUntilIdle(step.child.pid!, IDLE);
      settled = { ...(await add(dumps[1])), ...wait };
    }
    if (settled !== null && settled.servedSeconds !== null) {
      // serve names the entry a run wrote to Eleventy's watcher as the run ends, which sets the rebuild off.
      const announced = new RegExp(`File added: .*${dumps[1].slug}\\.md`);
      if (!(await untilTrue(() => announced.test(step.output()), limit, () => exited))) throw new Error(`serve never started the rebuild for ${dumps[1].slug}`);
      const intoRebuild = (builds()[buildsAtStart] ?? 0) / 4;
      await new Promise((resolve) => setTimeout(resolve, intoRebuild * 1000));
      duringRebuild = { ...(await add(dumps[2])), intoRebuildSeconds: intoRebuild };
    }
    step.child.kill('SIGTERM');
    const run = await step.done;
    return { startupSeconds: startup / 1000, limitSeconds: limit / 1000, atStartup, settled, duringRebuild, run };
  } catch (error) {
    step.child.kill('SIGTERM');
    // When `serve` itself failed (ran out of memory, say), its own exit and output say more than a timeout.
    throw (await step.done.then(() => null, (failure: unknown) => failure)) ?? error;
  }
}
