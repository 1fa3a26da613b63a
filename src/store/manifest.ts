// The ingest manifest: per dump, its hashes and the entries it produced (each with the hash of its bytes as written), so unchanged dumps are skipped and hand edits are recognised.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';

const entryRecord = z.object({
  file: z.string(),
  headline: z.string(),
  /** SHA-256 of the entry file exactly as ingest last wrote it: a file that differs was edited by hand. */
  sha256: z.string(),
  /** MinHash signature of the body, for finding other outlets' copies of the story. */
  signature: z.string().default(''),
  story: z.string().nullable().default(null),
});

const dumpRecord = z.object({
  /** SHA-256 of the dump's bytes. */
  sha256: z.string(),
  /** SHA-256 of its normalised text: the same capture saved twice, or with other line endings, has the same. */
  content: z.string().default(''),
  /** SHA-256 of its sidecar, or null without one. */
  sidecar: z.string().nullable().default(null),
  /** Another dump holding the same capture; this one then produces no entries. */
  duplicateOf: z.string().optional(),
  entries: z.array(entryRecord),
});

const manifestSchema = z.object({
  version: z.union([z.literal(1), z.literal(2)]),
  /** Fingerprint of the parser and configuration that produced the entries. */
  generator: z.string().default(''),
  /** Options that change what a dump yields (a --captured-at reference). */
  options: z.string().default(''),
  dumps: z.record(z.string(), dumpRecord),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type DumpRecord = Manifest['dumps'][string];
export type ManifestEntry = DumpRecord['entries'][number];

export function emptyManifest(): Manifest {
  return { version: 2, generator: '', options: '', dumps: {} };
}

/** The manifest with the text it was read from (null when there is none yet), so an unchanged one need not be read again. */
export async function readManifest(file: string): Promise<{ manifest: Manifest; text: string | null }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { manifest: emptyManifest(), text: null };
    throw new Error(`${file}: cannot read the ingest manifest (${(error as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`${file}: the ingest manifest is damaged; restore it from version control before ingesting, or entries you edited could not be recognised`);
  }
  return { manifest: { ...parsed.data, version: 2 }, text };
}

/** Sorted keys and a trailing newline: the same archive always gives the same manifest bytes. */
export function serializeManifest(manifest: Manifest): string {
  const dumps = Object.fromEntries(Object.keys(manifest.dumps).sort().map((k) => [k, manifest.dumps[k]!]));
  return `${JSON.stringify({ ...manifest, dumps }, null, 2)}\n`;
}
