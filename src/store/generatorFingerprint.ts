// Fingerprint of everything that shapes an entry (parser and writer code, archive configuration): when it changes, every dump is read again.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../runtimeFiles.ts';

const SRC = path.join(PROJECT_ROOT, 'src');
/** Code whose change can change an entry's bytes. */
const SHAPING_CODE = ['ingest', 'publishers', 'store/renderEntry.ts', 'store/escapeMarkdown.ts', 'store/entrySchema.ts', 'store/headingCase.ts', 'store/storySignature.ts'];
const SHAPING_DATA = ['publishers.json', 'gazetteer.json', 'topic.json'];
/** Stored fingerprints are this many hex digits: plenty to tell versions apart. */
const FINGERPRINT_LENGTH = 16;

async function filesUnder(target: string): Promise<string[]> {
  if (target.endsWith('.ts')) return [target];
  return (await readdir(target)).filter((n) => n.endsWith('.ts')).sort().map((n) => path.join(target, n));
}

export async function generatorFingerprint(dataDir: string): Promise<string> {
  const code = (await Promise.all(SHAPING_CODE.map((t) => filesUnder(path.join(SRC, t))))).flat();
  const files = [...code, ...SHAPING_DATA.map((n) => path.join(dataDir, n))];
  const parts = await Promise.all(files.map(async (f) => `${path.basename(f)}\n${await readFile(f, 'utf8')}`));
  return createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, FINGERPRINT_LENGTH);
}
