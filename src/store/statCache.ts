// What ingest last read or wrote, by file stamp (size, times, inode): an unchanged file is known by one stat instead
// of being read and hashed again, as git's index knows unchanged files. A cache only: when it is missing, damaged or
// from another machine it is ignored and rebuilt, and it never decides anything on its own but a file's hash.
import type { Stats } from 'node:fs';
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { FileMemory } from './fileMemory.ts';
import { writeFileAtomic } from './writeFileAtomic.ts';

/** In the archive folder, beside the manifest; each machine has its own (inodes and times differ per clone). */
export const STAT_CACHE_NAME = '.ingest-cache.json';
const VERSION = 2;

interface Known {
  stamp: string;
  sha256: string;
}

interface CacheFile {
  version: number;
  /** When the cache was saved, in milliseconds of the file system's clock. */
  savedAt: number;
  files: Record<string, Known>;
}

/**
 * A file changed again within the clock tick of its last stamp keeps its times and, at the same size, its stamp. Only
 * stamps older than the cache by more than a tick are trusted, as git treats "racily clean" files (a file stamped just
 * before the cache was saved is read again next time). File systems that keep whole seconds (FAT) get two of them.
 */
export const FINE_TICK_MS = 100;
export const COARSE_TICK_MS = 2500;

/**
 * A file's stamp: size, modification and change times, inode and device. Times in milliseconds as doubles (to a
 * fraction of a microsecond): any change moves the change time by at least the kernel's clock tick. The seal's scan
 * stamps files alike (ingestSeal.ts), so a run takes an entry's stamp from the scan rather than stat it again.
 */
export function stampOf(s: Stats): string {
  return `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}:${s.dev}`;
}

/** Whole seconds: the file system keeps no finer times. */
function isCoarse(ms: number): boolean {
  return ms % 1000 === 0;
}

/** The cache as saved: its files are never changed once saved, so a kept copy is shared, not copied. */
interface Saved {
  savedAt: number;
  files: Map<string, Known>;
}

const memory = new FileMemory<Saved>();

export class StatCache {
  /** The files as saved, trusted or not. */
  private readonly saved: Map<string, Known>;
  private readonly trusted: Set<string>;
  private readonly next = new Map<string, Known>();
  /** Whether this run saw anything the saved cache does not say: only then is it written again. */
  private changed = false;
  /** What was loaded, and the file's stamp then: kept again in memory when nothing is saved over it. */
  private readonly loaded: { saved: Saved; stamp: string } | null;

  private constructor(saved: Saved, loaded: { stamp: string } | null) {
    this.saved = saved.files;
    this.trusted = new Set();
    for (const [key, known] of saved.files) {
      const [, mtime = '', ctime = ''] = known.stamp.split(':');
      const tick = isCoarse(Number(mtime)) ? COARSE_TICK_MS : FINE_TICK_MS;
      if (Math.max(Number(mtime), Number(ctime)) < saved.savedAt - tick) this.trusted.add(key);
    }
    this.loaded = loaded === null ? null : { saved, stamp: loaded.stamp };
  }

  static empty(): StatCache {
    return new StatCache({ savedAt: 0, files: new Map() }, null);
  }

  /** Stamped before it is read: a change made meanwhile only makes the next run read it again. */
  static async load(file: string): Promise<StatCache> {
    const stamp = StatCache.statOf(file);
    if (stamp === null) return StatCache.empty();
    const kept = memory.take(file, stamp);
    if (kept !== undefined) return new StatCache(kept, { stamp });
    try {
      const json = JSON.parse(await readFile(file, 'utf8')) as CacheFile;
      if (json.version !== VERSION || typeof json.savedAt !== 'number' || typeof json.files !== 'object') return StatCache.empty();
      return new StatCache({ savedAt: json.savedAt, files: new Map(Object.entries(json.files)) }, { stamp });
    } catch {
      return StatCache.empty();
    }
  }

  /** Loads the cache into memory for the next run in this process to take (see fileMemory.ts). */
  static async preload(file: string): Promise<void> {
    const cache = await StatCache.load(file);
    if (cache.loaded !== null) memory.keep(file, cache.loaded.stamp, cache.loaded.saved);
  }

  /** The file's stamp, or null when it does not exist. */
  static statOf(file: string): string | null {
    const stats = statSync(file, { throwIfNoEntry: false });
    return stats === undefined ? null : stampOf(stats);
  }

  /** The hash recorded for `key` when the file's stamp is still the one it was recorded with. */
  known(key: string, stamp: string): string | undefined {
    const known = this.saved.get(key);
    if (known === undefined || !this.trusted.has(key) || known.stamp !== stamp) return undefined;
    this.next.set(key, known);
    return known.sha256;
  }

  /**
   * Records the hash of a file's bytes with a stamp taken before they were read, or right after they were written, so
   * a change made since can only make the stamp differ.
   */
  remember(key: string, stamp: string, sha256: string): void {
    const known = { stamp, sha256 };
    const saved = this.saved.get(key);
    // A stamp saved but not yet trusted is saved again, so it is judged against a later save next time.
    if (saved === undefined || saved.stamp !== known.stamp || saved.sha256 !== sha256 || !this.trusted.has(key)) this.changed = true;
    this.next.set(key, known);
  }

  /** Keeps only what this run saw: files that are gone or were not looked at drop out. */
  save(file: string): void {
    if (!this.changed && this.next.size === this.saved.size) {
      if (this.loaded !== null) memory.keep(file, this.loaded.stamp, this.loaded.saved);
      return;
    }
    const sorted = [...this.next].sort(([a], [b]) => (a < b ? -1 : 1));
    const json: CacheFile = { version: VERSION, savedAt: Date.now(), files: Object.fromEntries(sorted) };
    writeFileAtomic(file, `${JSON.stringify(json)}\n`);
    memory.keep(file, StatCache.statOf(file), { savedAt: json.savedAt, files: new Map(sorted) });
  }
}
