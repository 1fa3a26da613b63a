// Writes a file so that readers and a killed process only ever see the old bytes or the new ones, never a part.
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The temporary files temporaryPath names, which a killed run leaves behind. */
export const TEMPORARY = /^\..+\.[0-9a-f]{12}\.tmp$/;

/**
 * Random per copy of this module (a process, a worker thread) and counted per write: a name no other writer, and no
 * other write of this one, uses at once. Random bytes for every name cost a cold ingest, which writes two files a
 * capture, a few per cent of its time.
 */
const PROCESS_TAG = randomBytes(4).toString('hex');
const COUNTER_SPACE = 0x10000;
let written = 0;

/** Where a file is written before it is renamed into place: hidden (ingest clears those a killed run left in the archive). */
export function temporaryPath(file: string): string {
  written = (written + 1) % COUNTER_SPACE;
  return path.join(path.dirname(file), `.${path.basename(file)}.${PROCESS_TAG}${written.toString(16).padStart(4, '0')}.tmp`);
}

/**
 * Synchronous: through Node's thread pool each of its four steps (open, write, close, rename) is handed to another
 * thread and back, and a cold ingest, which writes two files a capture, spent more time in those hand-overs than in
 * the writes: system time 13.7–19.5 s against 10.3–15.5 s synchronous, wall time 30.8–41.7 s against 26.5–36.0 s
 * (six ingests of 10,000 captures each way, taking turns).
 */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const temp = temporaryPath(file);
  try {
    writeFileSync(temp, data, { encoding: 'utf8', flag: 'wx' });
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
