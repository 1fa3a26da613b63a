// The provenance records ingest wrote (content/_provenance) → the site's capture pages. The build lists the captures
// and reads one record as its page is written, so memory holds a few captures' lines at a time, not the whole archive's.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ProvenanceRecord } from '../store/provenanceRecord.ts';
import { slugify } from '../store/slugify.ts';
import { EntryError } from './entryError.ts';

export const PROVENANCE_DIR = '_provenance';
const RECORD_EXTENSION = '.json';

/** A capture with a provenance record; `dump` is the capture's file name. */
export interface Capture {
  dump: string;
}

export function provenanceUrl(dump: string): string {
  return `/provenance/${slugify(dump)}/`;
}

export async function listCaptures(inputDir: string): Promise<Capture[]> {
  const names = await readdir(path.join(inputDir, PROVENANCE_DIR)).catch(() => [] as string[]);
  return names
    .filter((n) => n.endsWith(RECORD_EXTENSION))
    .sort()
    .map((n) => ({ dump: n.slice(0, -RECORD_EXTENSION.length) }));
}

export async function readProvenance(inputDir: string, dump: string): Promise<ProvenanceRecord> {
  const file = path.join(inputDir, PROVENANCE_DIR, `${dump}${RECORD_EXTENSION}`);
  try {
    return JSON.parse(await readFile(file, 'utf8')) as ProvenanceRecord;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new EntryError(file, `cannot be read as a provenance record (${reason})`, 'Delete it and run `news-archive ingest` to write it again.');
  }
}

/** Membership in a list the build hands every page, computed once per list rather than once per page. */
export function memberOf<T>(key: (item: T) => string): (value: string, list: readonly T[]) => boolean {
  const sets = new WeakMap<readonly T[], Set<string>>();
  return (value, list) => {
    let set = sets.get(list);
    if (set === undefined) {
      set = new Set(list.map(key));
      sets.set(list, set);
    }
    return set.has(value);
  };
}
