// File operations on the entries folder: read, write only on change, keep a backup before replacing an edit, clear leftovers of an interrupted run.
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { sha256 } from './readDump.ts';
import { listedNames } from './archivePaths.ts';
import { TEMPORARY, writeFileAtomic } from './writeFileAtomic.ts';

/** Hex digits of an edited file's hash in its backup's name, so backups of different edits never collide. */
const BACKUP_HASH_LENGTH = 8;

/** What the read gives, or null when the file is not there; any other failure is thrown. */
async function unlessMissing<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export function readIfExists(file: string): Promise<string | null> {
  return unlessMissing(readFile(file, 'utf8'));
}

/**
 * Writes only when the bytes differ, so an unchanged archive leaves every file (and Eleventy's watcher) untouched.
 * `current` is the file's text when the caller read it moments ago (null: it did not exist), saving a second read.
 */
export async function writeIfChanged(file: string, text: string, current?: string | null): Promise<boolean> {
  if ((current === undefined ? await readIfExists(file) : current) === text) return false;
  writeFileAtomic(file, text);
  return true;
}

/** As writeIfChanged, for bytes; `existed` false says the file was not there moments ago, so it is not read. */
export async function writeBytesIfChanged(file: string, bytes: Uint8Array, existed: boolean): Promise<boolean> {
  const current = existed ? await unlessMissing(readFile(file)) : null;
  if (current?.equals(bytes)) return false;
  writeFileAtomic(file, bytes);
  return true;
}

/** `slug.md` edited by hand → `slug.md.<hash>.bak` beside it; not `.md`, so the site never builds it. */
export function backUp(file: string, text: string): string {
  const backup = `${file}.${sha256(text).slice(0, BACKUP_HASH_LENGTH)}.bak`;
  writeFileAtomic(backup, text);
  return backup;
}

export async function listFiles(dir: string, pattern: RegExp): Promise<string[]> {
  try {
    return listedNames(await readdir(dir), pattern);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

export async function removeTemporaryFiles(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => TEMPORARY.test(n)).map((n) => rm(path.join(dir, n), { force: true })));
}
