// The provenance records ingest wrote (content/_provenance) → data for the site's provenance pages, each with its URL.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ProvenanceRecord } from '../store/provenanceRecord.ts';
import { slugify } from '../store/slugify.ts';

export const PROVENANCE_DIR = '_provenance';

export function provenanceUrl(dump: string): string {
  return `/provenance/${slugify(dump)}/`;
}

export async function loadProvenance(inputDir: string): Promise<ProvenanceRecord[]> {
  const dir = path.join(inputDir, PROVENANCE_DIR);
  const names = await readdir(dir).catch(() => [] as string[]);
  const records = await Promise.all(
    names.filter((n) => n.endsWith('.json')).sort().map(async (n) => JSON.parse(await readFile(path.join(dir, n), 'utf8')) as ProvenanceRecord),
  );
  return records;
}
