// The seal on a completed ingest: a digest of everything a run reads (the names and stamps of captures, sidecars,
// entries, provenance records, manifest and report; the fingerprints of the code and configuration; the options),
// saved when a run completes. Ingest is idempotent, so a run that finds the same digest would change nothing: it says
// so without reading the manifest, the report or the stat cache, from the summary of the report kept with the digest.
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, statSync, type Stats } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { DUMP_LISTING, ENTRY_LISTING, listedNames, PROVENANCE_LISTING, type ArchivePaths } from './archivePaths.ts';
import { FileMemory } from './fileMemory.ts';
import { COARSE_TICK_MS, FINE_TICK_MS, StatCache, stampOf } from './statCache.ts';
import { TEMPORARY, writeFileAtomic } from './writeFileAtomic.ts';

const VERSION = 3;

/**
 * What a run that finds the seal tells, saved with it: reading the report it comes from (9 MB of JSON at 10,000
 * captures) was a fifth of such a run. The report's stamp is in the digest, so it is the report as it is.
 */
export interface SealedSummary {
  /** The report as `formatReport` tells it when no capture was read in the run. */
  told: string;
  /** Captures that failed, for `--strict`. */
  failed: number;
}

interface SealFile extends SealedSummary {
  version: number;
  digest: string;
}

/** One file as a scan saw it. */
export interface Seen {
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
  /** Each capture's own stats (a link's, not its target's), by name: the run takes them rather than stat it again. */
  dumpStats: Map<string, Stats>;
}

/** A file that is not there, as seenAt reports it (the one object for it). */
export const ABSENT: Seen = { stamp: 'absent', changedMs: 0, coarse: false };
const PRESENT: Seen = { stamp: 'present', changedMs: 0, coarse: false };

/** Plain stats, not exact nanoseconds: they cost a scan of the whole archive less (see stampOf). */
function seen(stats: Stats | undefined): Seen {
  if (stats === undefined) return ABSENT;
  const { mtimeMs, ctimeMs } = stats;
  return { stamp: stampOf(stats), changedMs: Math.max(mtimeMs, ctimeMs), coarse: mtimeMs % 1000 === 0 && ctimeMs % 1000 === 0 };
}

/** A link is seen itself and by its target, so retargeting it and changing the file it points to both show. */
function seenDump(file: string, own: Stats | undefined): Seen {
  if (!own?.isSymbolicLink()) return seen(own);
  const target = seen(statSync(file, { throwIfNoEntry: false }));
  const link = seen(own);
  return { stamp: `${link.stamp}>${target.stamp}`, changedMs: Math.max(link.changedMs, target.changedMs), coarse: link.coarse || target.coarse };
}

/** A file as a scan sees it now. */
export const seenFile = (file: string): Seen => seen(statSync(file, { throwIfNoEntry: false }));

/**
 * Calls `visit` with what ingest would read, key by key; false when a folder is missing or unreadable (the run itself
 * says what is wrong) or a killed run left temporary files (the run clears those first).
 */
async function walkInput(paths: ArchivePaths, visit: (key: string, file: Seen) => void, visitDump: (name: string, stats: Stats) => void = () => {}): Promise<boolean> {
  let folders: string[][];
  try {
    folders = await Promise.all([paths.dumpsDir, paths.articlesDir, paths.provenanceDir, paths.contentDir, paths.dataDir].map((dir) => readdir(dir)));
  } catch {
    return false;
  }
  const [dumps, articles, provenance, content, data] = folders as [string[], string[], string[], string[], string[]];
  if ([articles, provenance, content, data].some((names) => names.some((n) => TEMPORARY.test(n)))) return false;
  // In the order of the keys, so that sorting the lines for the digest finds them sorted already. The paths are put
  // together by hand: a name read from a folder has no separator, and path.join's normalising was a tenth of the scan.
  const articlesPrefix = paths.articlesDir + path.sep;
  const dumpsPrefix = paths.dumpsDir + path.sep;
  try {
    for (const name of listedNames(articles, ENTRY_LISTING)) visit(`articles/${name}`, seenFile(articlesPrefix + name));
    for (const name of listedNames(dumps, DUMP_LISTING)) {
      const file = dumpsPrefix + name;
      const own = lstatSync(file, { throwIfNoEntry: false });
      if (own !== undefined) visitDump(name, own);
      visit(`dumps/${name}`, seenDump(file, own));
    }
  } catch {
    return false;
  }
  visit('manifest', seenFile(paths.manifestFile));
  // Ingest reads no provenance record, only whether one exists.
  for (const name of listedNames(provenance, PROVENANCE_LISTING)) visit(`provenance/${name}`, PRESENT);
  visit('report', seenFile(paths.reportFile));
  return true;
}

/** The archive's input as it is now, file by file; null where walkInput gives up. */
export async function scanInput(paths: ArchivePaths): Promise<InputScan | null> {
  const startedAt = Date.now();
  const files = new Map<string, Seen>();
  const dumpStats = new Map<string, Stats>();
  const complete = await walkInput(paths, (key, file) => files.set(key, file), (name, stats) => dumpStats.set(name, stats));
  return complete ? { startedAt, files, dumpStats } : null;
}

/** The stamp a scan took of a file it saw (entries and the manifest and report; not captures, seen with their links). */
export function scannedStamp(scan: InputScan | null, key: string): string | undefined {
  const seen = scan?.files.get(key);
  return seen === undefined || seen === ABSENT || seen === PRESENT ? undefined : seen.stamp;
}

function isSorted(lines: readonly string[]): boolean {
  for (let i = 1; i < lines.length; i += 1) if (lines[i - 1]! > lines[i]!) return false;
  return true;
}

/**
 * Sorted, so that a seal put together from a scan and the run's own writes matches a scan made later. A scan's lines
 * come sorted (see walkInput), and telling so takes a third of the sort's time on them.
 */
function digest(files: ReadonlyMap<string, Seen>, settings: string): string {
  const lines: string[] = [];
  for (const [key, file] of files) lines.push(`${key}\t${file.stamp}`);
  if (!isSorted(lines)) lines.sort();
  return createHash('sha256').update(`${VERSION}\n${settings}\n${lines.join('\n')}`).digest('hex');
}

/** Whether a file seen at this stamp could change again later without its stamp changing (the racy case of git's index). */
function isFresh(file: Seen, scanStartedAt: number): boolean {
  return file.changedMs >= scanStartedAt - (file.coarse ? COARSE_TICK_MS : FINE_TICK_MS);
}

/**
 * What the check every run starts with found: the summary saved with the seal when the archive's input is exactly what
 * the last completed run saw; else the input as the check scanned it (null where it was not scanned), which the run
 * then takes as its own scan rather than walking the archive a second time. A file changed after this scan differs
 * from the seal the run leaves, as it would from a later scan.
 */
export type SealCheck = { sealed: SealedSummary } | { sealed: null; scan: InputScan | null };

/**
 * The input a seal was made from, kept while the seal file keeps its stamp: serve's thread, told by its watch which
 * captures changed, looks again at those alone (see rescanChanged) rather than at all 25,000 files of a 10,000-capture
 * archive, which took 0.6-0.9 s of the 2.2-2.4 s until a new capture's page was served.
 */
const keptScans = new FileMemory<InputScan>();

export async function checkSeal(paths: ArchivePaths, settings: string): Promise<SealCheck> {
  // Taken before the seal is read: a seal replaced meanwhile has another stamp, and the scan kept below goes unused.
  const sealStamp = StatCache.statOf(paths.sealFile);
  let saved: SealFile;
  try {
    saved = JSON.parse(await readFile(paths.sealFile, 'utf8')) as SealFile;
  } catch {
    return { sealed: null, scan: null };
  }
  if (saved.version !== VERSION || typeof saved.digest !== 'string' || typeof saved.told !== 'string' || !Number.isInteger(saved.failed)) {
    return { sealed: null, scan: null };
  }
  const scan = await scanInput(paths);
  if (scan === null) return { sealed: null, scan: null };
  if (digest(scan.files, settings) !== saved.digest) return { sealed: null, scan };
  keptScans.keep(paths.sealFile, sealStamp, scan);
  return { sealed: { told: saved.told, failed: saved.failed } };
}

/**
 * The input now, for a run told which captures changed since the last sealed run in this process (serve's watch on the
 * dumps folder): the input that run sealed, with those captures, the manifest and the report looked at again; null
 * when there is none to start from (no seal, or the seal was replaced or removed since). Entries keep the stamps that
 * run saw or left, so one edited by hand since is not noticed by this run: a run reads an entry before it writes one,
 * so the edit is safe, and the seal it leaves differs from the archive, so the next full check reads the entry.
 */
export function rescanChanged(paths: ArchivePaths, changed: Iterable<string>): InputScan | null {
  const left = keptScans.take(paths.sealFile, StatCache.statOf(paths.sealFile));
  if (left === undefined) return null;
  const startedAt = Date.now();
  const files = new Map(left.files);
  const dumpStats = new Map(left.dumpStats);
  try {
    for (const name of listedNames([...changed], DUMP_LISTING)) {
      const file = path.join(paths.dumpsDir, name);
      const own = lstatSync(file, { throwIfNoEntry: false });
      if (own === undefined) {
        files.delete(`dumps/${name}`);
        dumpStats.delete(name);
      } else {
        dumpStats.set(name, own);
        files.set(`dumps/${name}`, seenDump(file, own));
      }
    }
  } catch {
    // An unreadable capture or folder: the full scan gives up as well, and the run says what is wrong.
    return null;
  }
  files.set('manifest', seenFile(paths.manifestFile));
  files.set('report', seenFile(paths.reportFile));
  return { startedAt, files, dumpStats };
}

/** Taken off before a run reads or writes anything, so that a run killed half-way leaves none. */
export async function breakSeal(paths: ArchivePaths): Promise<void> {
  await rm(paths.sealFile, { force: true });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The longest a run waits for its own writes to age past the tick; past it (file times ahead of the clock), no seal. */
const MAX_WAIT_MS = 3 * FINE_TICK_MS;

/** What a scan would see at one key now. */
export function seenAt(paths: ArchivePaths, key: string): Seen {
  if (key === 'manifest') return seenFile(paths.manifestFile);
  if (key === 'report') return seenFile(paths.reportFile);
  if (key.startsWith('articles/')) return seenFile(path.join(paths.articlesDir, key.slice('articles/'.length)));
  if (key.startsWith('provenance/')) return existsSync(path.join(paths.provenanceDir, key.slice('provenance/'.length))) ? PRESENT : ABSENT;
  throw new Error(`not a key of the seal's scan: ${key}`);
}

/** Keys the run wrote or removed, each with what was there right after. */
export type OwnWrites = Map<string, Seen>;

/**
 * Seals the input a run just completed over: the scan taken as the run started (`before`), with the files the run
 * wrote or removed as it left them. A file changed after the scan (a capture dropped in, an edit while the run read)
 * then differs from the seal, so the next run reads it. Input the run did not write must have been older than a clock
 * tick when the scan saw it (a file changed within the tick could change again unseen); what the run wrote is waited
 * for, about one fine tick, and must still be as the run left it.
 */
export async function sealInput(paths: ArchivePaths, settings: string, before: InputScan | null, written: OwnWrites, summary: SealedSummary): Promise<void> {
  if (before === null) return;
  for (const [key, file] of before.files) if (!written.has(key) && isFresh(file, before.startedAt)) return;
  const giveUpAt = Date.now() + MAX_WAIT_MS;
  for (;;) {
    const now = Date.now();
    let wait = 0;
    for (const [key, left] of written) {
      const current = seenAt(paths, key);
      if (current.stamp !== left.stamp) return;
      if (!isFresh(current, now)) continue;
      if (current.coarse) return;
      wait = Math.max(wait, current.changedMs + FINE_TICK_MS - now + 1);
    }
    if (wait === 0) {
      const files = new Map(before.files);
      for (const [key, left] of written) {
        // A removed entry or record is not listed; a missing manifest or report is, as absent.
        if (left.stamp === ABSENT.stamp && key !== 'manifest' && key !== 'report') files.delete(key);
        else files.set(key, left);
      }
      // Best effort, as the stat cache: without a seal the next run only reads more.
      const seal: SealFile = { version: VERSION, digest: digest(files, settings), told: summary.told, failed: summary.failed };
      try {
        writeFileAtomic(paths.sealFile, `${JSON.stringify(seal)}\n`);
        keptScans.keep(paths.sealFile, StatCache.statOf(paths.sealFile), { startedAt: before.startedAt, files, dumpStats: before.dumpStats });
      } catch {
        // Nothing to do: the next run reads the archive in full.
      }
      return;
    }
    if (now + wait > giveUpAt) return;
    // Looked at again after the wait, not taken as over: a timer set after long synchronous work (the stats above)
    // counts from the event loop's last look at the clock, and can fire early by that much.
    await sleep(wait);
  }
}
