// Where an archive keeps what ingest reads and writes, and which files in each folder count: one layout for the
// ingest run and for the seal that vouches for its input.
import path from 'node:path';
import { STAT_CACHE_NAME } from './statCache.ts';

export interface ArchivePaths {
  contentDir: string;
  dumpsDir: string;
  articlesDir: string;
  dataDir: string;
  manifestFile: string;
  reportFile: string;
  /** Per-dump provenance records for the site (derived: rebuilt when missing, not kept in version control). */
  provenanceDir: string;
  /** What ingest last read or wrote, by file stamp (derived, per machine: not kept in version control). */
  statCacheFile: string;
  /** The digest of a completed run's input (derived, per machine: not kept in version control). */
  sealFile: string;
}

export const SEAL_NAME = '.ingest-seal.json';
/** Ingest's own files in the content folder that are per machine: neither part of the archive nor watched. */
export const MACHINE_FILES = [STAT_CACHE_NAME, SEAL_NAME] as const;

/** Captures and their sidecars in the dumps folder. */
export const DUMP_LISTING = /\.(txt|json)$/i;
export const ENTRY_LISTING = /\.md$/;
export const PROVENANCE_LISTING = /\.json$/;

/** A folder's names as ingest lists them: matching ones, hidden ones (temporary files among them) left out, sorted. */
export function listedNames(names: readonly string[], pattern: RegExp): string[] {
  return names.filter((n) => pattern.test(n) && !n.startsWith('.')).sort();
}

export function archivePaths(contentDir: string): ArchivePaths {
  return {
    contentDir,
    dumpsDir: path.join(contentDir, 'dumps'),
    articlesDir: path.join(contentDir, 'articles'),
    dataDir: path.join(contentDir, '_data'),
    manifestFile: path.join(contentDir, 'ingest-manifest.json'),
    reportFile: path.join(contentDir, '_data', 'ingestReport.json'),
    provenanceDir: path.join(contentDir, '_provenance'),
    statCacheFile: path.join(contentDir, STAT_CACHE_NAME),
    sealFile: path.join(contentDir, SEAL_NAME),
  };
}

export function provenanceFile(paths: ArchivePaths, dump: string): string {
  return path.join(paths.provenanceDir, `${dump}.json`);
}
