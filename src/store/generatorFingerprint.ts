// Fingerprints of the code and configuration behind ingest: of everything that shapes an entry (when it changes, every
// dump is read again), and of all the code a run executes (when it changes, the seal on the last run no longer holds).
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../runtimeFiles.ts';
import type { Fingerprints } from './ingestOptions.ts';

const SRC = path.join(PROJECT_ROOT, 'src');
/** Code whose change can change an entry's bytes. */
const SHAPING_CODE = ['ingest', 'publishers', 'store/renderEntry.ts', 'store/escapeMarkdown.ts', 'store/entrySchema.ts', 'store/headingCase.ts', 'store/storySignature.ts'];
/** Code an ingest run executes: a new version may read, report or group differently where entries come out the same. */
const RUNNING_CODE = ['ingest', 'publishers', 'store'];
const SHAPING_DATA = ['publishers.json', 'gazetteer.json', 'topic.json'];
/** Stored fingerprints are this many hex digits: plenty to tell versions apart. */
const FINGERPRINT_LENGTH = 16;

async function filesUnder(target: string): Promise<string[]> {
  if (target.endsWith('.ts')) return [target];
  return (await readdir(target)).filter((n) => n.endsWith('.ts')).sort().map((n) => path.join(target, n));
}

async function fingerprint(files: readonly string[], read: (file: string) => Promise<string>): Promise<string> {
  const parts = await Promise.all(files.map(async (f) => `${path.basename(f)}\n${await read(f)}`));
  return createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, FINGERPRINT_LENGTH);
}

async function codeFiles(targets: readonly string[]): Promise<string[]> {
  return (await Promise.all(targets.map((t) => filesUnder(path.join(SRC, t))))).flat();
}

/** A configuration file that cannot be read says which and what to do, as loading the configuration does. */
async function readConfiguration(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`${file}: cannot read the configuration file (${(error as Error).message}); restore it from the repository.`);
  }
}

/** Both fingerprints, each file read once: every ingest run starts with them, the unchanged one included. */
export async function ingestFingerprints(dataDir: string): Promise<Fingerprints> {
  const [shaping, running] = await Promise.all([codeFiles(SHAPING_CODE), codeFiles(RUNNING_CODE)]);
  const data = SHAPING_DATA.map((n) => path.join(dataDir, n));
  const texts = new Map<string, Promise<string>>();
  const read = (f: string) => {
    let text = texts.get(f);
    if (text === undefined) {
      text = data.includes(f) ? readConfiguration(f) : readFile(f, 'utf8');
      texts.set(f, text);
    }
    return text;
  };
  const [generator, code] = await Promise.all([fingerprint([...shaping, ...data], read), fingerprint(running, read)]);
  return { generator, code };
}

export async function generatorFingerprint(dataDir: string): Promise<string> {
  return (await ingestFingerprints(dataDir)).generator;
}
