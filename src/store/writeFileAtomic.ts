// Writes a file so that readers and a killed process only ever see the old bytes or the new ones, never a part.
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The temporary files temporaryPath names, which a killed run leaves behind. */
export const TEMPORARY = /^\..+\.[0-9a-f]{12}\.tmp$/;

/** Where a file is written before it is renamed into place: hidden (ingest clears those a killed run left in the archive). */
export function temporaryPath(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
}

export async function writeFileAtomic(file: string, data: string): Promise<void> {
  const temp = temporaryPath(file);
  try {
    await writeFile(temp, data, { encoding: 'utf8', flag: 'wx' });
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
