// The ingest manifest: per dump, its hash and the entries it produced with the hash of each as written, so hand edits can be told apart.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';

const manifestSchema = z.object({
  version: z.literal(1),
  dumps: z.record(
    z.string(),
    z.object({
      sha256: z.string(),
      entries: z.array(z.object({ file: z.string(), headline: z.string(), sha256: z.string() })),
    }),
  ),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestEntry = Manifest['dumps'][string]['entries'][number];

export function emptyManifest(): Manifest {
  return { version: 1, dumps: {} };
}

export async function loadManifest(file: string): Promise<Manifest> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyManifest();
    throw new Error(`${file}: cannot read the ingest manifest (${(error as Error).message})`);
  }
  const parsed = manifestSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    throw new Error(`${file}: the ingest manifest is damaged (${parsed.error.issues[0]?.message}); restore it from version control before ingesting, or entries you edited could not be recognised`);
  }
  return parsed.data;
}

/** Sorted keys and a trailing newline: the same archive always gives the same manifest bytes. */
export function serializeManifest(manifest: Manifest): string {
  const dumps = Object.fromEntries(Object.keys(manifest.dumps).sort().map((k) => [k, manifest.dumps[k]!]));
  return `${JSON.stringify({ ...manifest, dumps }, null, 2)}\n`;
}
