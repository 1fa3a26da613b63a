// "Adding one dump while serving": `serve` in a child process, then one new dump written into the dumps folder and the
// time from that write until the new article's page is served, measured as tests/site/watchIngest.test.ts does.
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

export interface ServeMeasurement {
  /** From starting `serve` to its first answer: ingest of the unchanged dumps and the first build. */
  startupSeconds: number;
  /** From writing the dump to the article's page answering 200; null if it never did within the limit. */
  servedSeconds: number | null;
  /** How long it was given. */
  limitSeconds: number;
  /** From writing the dump to ingest's entry file for it appearing in the entries folder; null if it never did. */
  entryWrittenSeconds: number | null;
  /** Eleventy's builds after the dump was written, until the page was served or the limit: seconds each, as it reports them. */
  rebuildSeconds: number[];
  url: string;
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
 * The next dump of the seed after the archive's own that the parser reads as one on-topic article, and whose headline's
 * slug no entry has taken: its page is then at /articles/<slug>/ for certain.
 */
export function dumpToAdd(seed: number, after: number, palette: Palette, config: ArchiveConfig, articlesDir: string): { dump: GeneratedDump; slug: string } {
  for (let index = after; ; index += 1) {
    const dump = generateDump(seed, index, palette);
    const intended = dump.articles[0]!;
    if (dump.shape === 'listing' || !intended.onTopic) continue;
    const decoded = decodeDump(new TextEncoder().encode(dump.text));
    const parsed = decoded.ok ? parseDump(decoded.text, config).articles : [];
    if (parsed.length !== 1 || parsed[0]!.headline !== intended.headline) continue;
    const slug = slugify(intended.headline);
    if (!existsSync(path.join(articlesDir, `${slug}.md`))) return { dump, slug };
  }
}

export async function measureAddedDump(workspace: Workspace, dump: GeneratedDump, slug: string, nodeFlags: string[]): Promise<ServeMeasurement> {
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
  try {
    const startup = await until200(`${base}/`, STARTUP_LIMIT_MS, () => exited);
    if (startup === null) throw new Error(`serve did not answer within ${STARTUP_LIMIT_MS / 60_000} minutes`);
    const url = `/articles/${slug}/`;
    const entry = path.join(workspace.articles, `${slug}.md`);
    const limit = Math.min(SERVED_LIMIT_MAX_MS, Math.max(SERVED_LIMIT_MIN_MS, SERVED_LIMIT_STARTUPS * startup));
    const printedBefore = step.output().length;
    const written = performance.now();
    let entryWritten: number | null = null;
    await writeFile(path.join(workspace.dumps, dump.name), dump.text);
    const served = await until200(`${base}${url}`, limit, () => exited, written, () => {
      if (entryWritten === null && existsSync(entry)) entryWritten = performance.now() - written;
    });
    const rebuildSeconds = [...step.output().slice(printedBefore).matchAll(BUILD_DONE)].map((m) => Number(m[2]));
    step.child.kill('SIGTERM');
    const run = await step.done;
    return {
      startupSeconds: startup / 1000,
      servedSeconds: served === null ? null : served / 1000,
      limitSeconds: limit / 1000,
      entryWrittenSeconds: entryWritten === null ? null : entryWritten / 1000,
      rebuildSeconds,
      url,
      run,
    };
  } catch (error) {
    step.child.kill('SIGTERM');
    // When `serve` itself failed (ran out of memory, say), its own exit and output say more than a timeout.
    throw (await step.done.then(() => null, (failure: unknown) => failure)) ?? error;
  }
}
