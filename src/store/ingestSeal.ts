// The seal on a completed ingest: a digest of everything a run reads (the names and stamps of captures, sidecars,
// entries, provenance records, manifest and report; the parser's fingerprint; the options), saved when a run
// completes. Ingest is idempotent, so a run that finds the same digest would change nothing: it says so without
// reading the manifest, the report's sources or the stat cache. As with the stat cache, a stamp is trusted only when
// it is older than the seal by a clock tick, so a file changed right after the seal was taken is still seen.
import { createHash } from 'node:crypto';
import { lstatSync, statSync, type BigIntStats } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { DUMP_LISTING, ENTRY_LISTING, PROVENANCE_LISTING, type ArchivePaths } from './archivePaths.ts';
import { COARSE_TICK_MS, FINE_TICK_MS, isCoarse, milliseconds, stampOf } from './statCache.ts';
import { TEMPORARY, writeFileAtomic } from './writeFileAtomic.ts';

const VERSION = 1;

interface SealFile {
  version: number;
  digest: string;
}

interface Scan {
  digest: string;
  /** The latest change time of any file scanned, in milliseconds. */
  newestMs: number;
  /** Whether some file's times are whole seconds (FAT), whose tick is longer. */
  coarse: boolean;
}

async function namesIn(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort();
}

/** Listed the way ingest lists the folder: matching names, hidden ones left out. */
const listed = (names: readonly string[], pattern: RegExp) => names.filter((n) => pattern.test(n) && !n.startsWith('.'));

/**
 * What ingest would read, by name and stamp; null when the folders are not all there or a killed run left temporary
 * files (the run clears those). A link is stamped itself and by its target, so retargeting it and changing the file
 * it points to both show.
 */
async function scanInputs(paths: ArchivePaths, settings: string): Promise<Scan | null> {
  try {
    return await scan(paths, settings);
  } catch {
    // A folder missing or unreadable: the run itself says what is wrong.
    return null;
  }
}

async function scan(paths: ArchivePaths, settings: string): Promise<Scan | null> {
  const folders = await Promise.all([paths.dumpsDir, paths.articlesDir, paths.provenanceDir, paths.contentDir, paths.dataDir].map(namesIn));
  const [dumps, articles, provenance, content, data] = folders as [string[], string[], string[], string[], string[]];
  if ([articles, content, data].some((names) => names.some((n) => TEMPORARY.test(n)))) return null;
  const hash = createHash('sha256').update(`${VERSION}\n${settings}\n`);
  let newestMs = 0;
  let coarse = false;
  const stamp = (stats: BigIntStats | undefined): string => {
    if (stats === undefined) return 'absent';
    const mtime = String(stats.mtimeNs);
    newestMs = Math.max(newestMs, milliseconds(mtime), milliseconds(String(stats.ctimeNs)));
    coarse ||= isCoarse(mtime);
    return stampOf(stats);
  };
  const stampFile = (file: string) => stamp(statSync(file, { bigint: true, throwIfNoEntry: false }));
  for (const name of listed(dumps, DUMP_LISTING)) {
    const file = path.join(paths.dumpsDir, name);
    const own = lstatSync(file, { bigint: true, throwIfNoEntry: false });
    hash.update(`dumps/${name}\t${stamp(own)}${own?.isSymbolicLink() ? `\t${stampFile(file)}` : ''}\n`);
  }
  for (const name of listed(articles, ENTRY_LISTING)) hash.update(`articles/${name}\t${stampFile(path.join(paths.articlesDir, name))}\n`);
  hash.update(`provenance\t${listed(provenance, PROVENANCE_LISTING).join('\t')}\n`);
  hash.update(`manifest\t${stampFile(paths.manifestFile)}\nreport\t${stampFile(paths.reportFile)}\n`);
  return { digest: hash.digest('hex'), newestMs, coarse };
}

const tickOf = (scan: Scan) => (scan.coarse ? COARSE_TICK_MS : FINE_TICK_MS);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether the archive's input is exactly what the last completed run saw. */
export async function isSealed(paths: ArchivePaths, settings: string): Promise<boolean> {
  let saved: SealFile;
  try {
    saved = JSON.parse(await readFile(paths.sealFile, 'utf8')) as SealFile;
  } catch {
    return false;
  }
  if (saved.version !== VERSION || typeof saved.digest !== 'string') return false;
  return (await scanInputs(paths, settings))?.digest === saved.digest;
}

/** Taken off before a run changes anything, so a run that is killed half-way leaves no seal over what it changed. */
export async function breakSeal(paths: ArchivePaths): Promise<void> {
  await rm(paths.sealFile, { force: true });
}

/**
 * Seals the input a run just completed over. Files the run wrote a moment ago are too fresh to trust: the seal waits
 * one fine tick for them and looks again; on a file system with whole-second times it is left for a later run.
 */
export async function sealInput(paths: ArchivePaths, settings: string): Promise<boolean> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const startedAt = Date.now();
    const scanned = await scanInputs(paths, settings);
    if (scanned === null) return false;
    const wait = scanned.newestMs + tickOf(scanned) - startedAt;
    if (wait < 0) {
      // Best effort, as the stat cache: without a seal the next run only reads more.
      return writeFileAtomic(paths.sealFile, `${JSON.stringify({ version: VERSION, digest: scanned.digest } satisfies SealFile)}\n`).then(
        () => true,
        () => false,
      );
    }
    if (scanned.coarse) return false;
    await sleep(Math.min(wait, FINE_TICK_MS) + 1);
  }
  return false;
}
