// The seal on a completed ingest: a digest of everything a run reads (the names and stamps of captures, sidecars,
// entries, provenance records, manifest and report; the fingerprints of the code and configuration; the options),
// saved when a run completes. Ingest is idempotent, so a run that finds the same digest would change nothing: it says
// so without reading the manifest, the report's sources or the stat cache.
import { createHash } from 'node:crypto';
import { lstatSync, statSync, type Stats } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { DUMP_LISTING, ENTRY_LISTING, listedNames, PROVENANCE_LISTING, type ArchivePaths } from './archivePaths.ts';
import { COARSE_TICK_MS, FINE_TICK_MS } from './statCache.ts';
import { TEMPORARY, writeFileAtomic } from './writeFileAtomic.ts';

const VERSION = 2;

interface SealFile {
  version: number;
  digest: string;
}

/** One file as a scan saw it. */
interface Seen {
  stamp: string;
  /** Its latest modification or change time, in milliseconds. */
  changedMs: number;
  /** Its file system keeps whole seconds (FAT), so a later change may keep the same times for longer. */
  coarse: boolean;
}

/** What ingest would read, by key: `dumps/NAME`, `articles/NAME`, `provenance/NAME`, `manifest`, `report`. */
export interface InputScan {
  startedAt: number;
  files: Map<string, Seen>;
}

const ABSENT: Seen = { stamp: 'absent', changedMs: 0, coarse: false };
const PRESENT: Seen = { stamp: 'present', changedMs: 0, coarse: false };

/**
 * Times in milliseconds as doubles (to a fraction of a microsecond): any change moves the change time by at least the
 * kernel's clock tick, and plain stats cost a scan of the whole archive a third less than exact nanoseconds.
 */
function seen(stats: Stats | undefined): Seen {
  if (stats === undefined) return ABSENT;
  const { size, mtimeMs, ctimeMs, ino, dev } = stats;
  return { stamp: `${size}:${mtimeMs}:${ctimeMs}:${ino}:${dev}`, changedMs: Math.max(mtimeMs, ctimeMs), coarse: mtimeMs % 1000 === 0 && ctimeMs % 1000 === 0 };
}

/** A link is seen itself and by its target, so retargeting it and changing the file it points to both show. */
function seenDump(file: string): Seen {
  const own = lstatSync(file, { throwIfNoEntry: false });
  if (!own?.isSymbolicLink()) return seen(own);
  const target = seen(statSync(file, { throwIfNoEntry: false }));
  const link = seen(own);
  return { stamp: `${link.stamp}>${target.stamp}`, changedMs: Math.max(link.changedMs, target.changedMs), coarse: link.coarse || target.coarse };
}

const seenFile = (file: string) => seen(statSync(file, { throwIfNoEntry: false }));

/**
 * Calls `visit` with what ingest would read, key by key, in a fixed order (folders in turn, each listed sorted); false
 * when a folder is missing or unreadable (the run itself says what is wrong) or a killed run left temporary files
 * (the run clears those first).
 */
async function walkInput(paths: ArchivePaths, visit: (key: string, file: Seen) => void): Promise<boolean> {
  let folders: string[][];
  try {
    folders = await Promise.all([paths.dumpsDir, paths.articlesDir, paths.provenanceDir, paths.contentDir, paths.dataDir].map((dir) => readdir(dir)));
  } catch {
    return false;
  }
  const [dumps, articles, provenance, content, data] = folders as [string[], string[], string[], string[], string[]];
  if ([articles, provenance, content, data].some((names) => names.some((n) => TEMPORARY.test(n)))) return false;
  try {
    for (const name of listedNames(dumps, DUMP_LISTING)) visit(`dumps/${name}`, seenDump(path.join(paths.dumpsDir, name)));
    for (const name of listedNames(articles, ENTRY_LISTING)) visit(`articles/${name}`, seenFile(path.join(paths.articlesDir, name)));
  } catch {
    return false;
  }
  // Ingest reads no provenance record, only whether one exists.
  for (const name of listedNames(provenance, PROVENANCE_LISTING)) visit(`provenance/${name}`, PRESENT);
  visit('manifest', seenFile(paths.manifestFile));
  visit('report', seenFile(paths.reportFile));
  return true;
}

/** The archive's input as it is now, file by file; null where walkInput gives up. */
export async function scanInput(paths: ArchivePaths): Promise<InputScan | null> {
  const startedAt = Date.now();
  const files = new Map<string, Seen>();
  return (await walkInput(paths, (key, file) => files.set(key, file))) ? { startedAt, files } : null;
}

function digest(lines: string[], settings: string): string {
  return createHash('sha256').update(`${VERSION}\n${settings}\n${lines.join('\n')}`).digest('hex');
}

const lineOf = (key: string, file: Seen) => `${key}\t${file.stamp}`;

/** The digest of the input as it is now, without keeping each file's stamp: the check every run starts with. */
async function digestNow(paths: ArchivePaths, settings: string): Promise<string | null> {
  const lines: string[] = [];
  return (await walkInput(paths, (key, file) => lines.push(lineOf(key, file)))) ? digest(lines, settings) : null;
}

/** Whether a file seen at this stamp could change again later without its stamp changing (the racy case of git's index). */
function isFresh(file: Seen, scanStartedAt: number): boolean {
  return file.changedMs >= scanStartedAt - (file.coarse ? COARSE_TICK_MS : FINE_TICK_MS);
}

/** Whether the archive's input is exactly what the last completed run saw. */
export async function isSealed(paths: ArchivePaths, settings: string): Promise<boolean> {
  let saved: SealFile;
  try {
    saved = JSON.parse(await readFile(paths.sealFile, 'utf8')) as SealFile;
  } catch {
    return false;
  }
  if (saved.version !== VERSION || typeof saved.digest !== 'string') return false;
  return (await digestNow(paths, settings)) === saved.digest;
}

/** Taken off before a run reads or writes anything, so that a run killed half-way leaves none. */
export async function breakSeal(paths: ArchivePaths): Promise<void> {
  await rm(paths.sealFile, { force: true });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Seals the input a run just completed over, when it is what the run read: every file the run did not write is as it
 * was in `before`, the scan taken as the run started, and was already older than a clock tick then (a file changed
 * within the tick could have changed again unseen). Files the run wrote a moment ago are waited for, one fine tick,
 * and looked at again. `written` holds the keys (as in InputScan) of the files the run wrote or removed.
 */
export async function sealInput(paths: ArchivePaths, settings: string, before: InputScan | null, written: ReadonlySet<string>): Promise<void> {
  if (before === null) return;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const after = await scanInput(paths);
    if (after === null) return;
    let wait = 0;
    for (const key of new Set([...before.files.keys(), ...after.files.keys()])) {
      const then = before.files.get(key) ?? ABSENT;
      const now = after.files.get(key) ?? ABSENT;
      if (written.has(key)) {
        if (!isFresh(now, after.startedAt)) continue;
        if (now.coarse) return;
        wait = Math.max(wait, now.changedMs + FINE_TICK_MS - after.startedAt);
      } else if (then.stamp !== now.stamp || isFresh(then, before.startedAt)) {
        return;
      }
    }
    if (wait <= 0) {
      // Best effort, as the stat cache: without a seal the next run only reads more.
      await writeFileAtomic(paths.sealFile, `${JSON.stringify({ version: VERSION, digest: digest([...after.files].map(([key, file]) => lineOf(key, file)), settings) } satisfies SealFile)}\n`).catch(() => undefined);
      return;
    }
    await sleep(Math.min(wait, FINE_TICK_MS) + 1);
  }
}
