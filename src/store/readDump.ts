// A dump file on disk → its bytes, hash and sidecar, or a clear reason it cannot be read; refuses links that leave the dumps folder.
import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, type Stats } from 'node:fs';
import { lstat, readFile, realpath, stat } from 'node:fs/promises';
import { stampOf, type StatCache } from './statCache.ts';
import path from 'node:path';
import { z } from 'zod';
import type { Sidecar } from '../ingest/types.ts';

/** Captures are page text; anything this large is almost certainly not one. Override with --max-bytes. */
export const DEFAULT_MAX_DUMP_BYTES = 5 * 1024 * 1024;

/** Each field is checked on its own: one bad field costs only that field, not the capture time or source beside it. */
const SIDECAR_FIELDS = {
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }),
  captured_at: z.iso.datetime({ offset: true, error: 'must be an ISO 8601 time with an offset, e.g. 2024-11-01T10:00:00Z' }),
  source: z.string().trim().min(1, 'must not be empty'),
} as const;
type SidecarField = keyof typeof SIDECAR_FIELDS;
const isSidecarField = (key: string): key is SidecarField => Object.hasOwn(SIDECAR_FIELDS, key);

export interface DumpFile {
  name: string;
  bytes: Uint8Array;
  sha256: string;
  sidecar?: Sidecar | undefined;
  /** Why the sidecar was ignored, when it exists but cannot be used. */
  sidecarProblem?: string | undefined;
  /** The sidecar could not be read for a reason of the moment (see isMomentary). */
  sidecarRetry?: boolean | undefined;
}

/** `retry`: the capture could not be read for a reason of the moment, not of the file, so a later run must try again. */
export type DumpRead = { ok: true; dump: DumpFile } | { ok: false; name: string; reason: string; retry?: boolean };

/** A dump whose bytes are read only when needed: the stat cache vouched for its hash. */
export type StampedDump = Omit<DumpFile, 'bytes'> & { bytes: Uint8Array | null };
export type StampedRead = { ok: true; dump: StampedDump } | { ok: false; name: string; reason: string; retry?: boolean };

/** Failures that stay until the file or its folder changes, which a later run sees by the file's stamp. */
const LASTING_FAILURES = ['EACCES', 'EPERM', 'EISDIR', 'ENOENT', 'ENOTDIR', 'ELOOP', 'ENAMETOOLONG'];

/** A failure that says nothing about the file (an I/O error, too many open files) and may go away on its own. */
function isMomentary(error: unknown): boolean {
  return !LASTING_FAILURES.includes((error as NodeJS.ErrnoException).code ?? '');
}

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** A symbolic link may point anywhere; only a target inside the dumps folder is read. */
async function leavesFolder(folder: string, file: string): Promise<boolean> {
  if (!(await lstat(file)).isSymbolicLink()) return false;
  const relative = path.relative(await realpath(folder), await realpath(file));
  return relative.startsWith('..') || path.isAbsolute(relative);
}

async function readSidecar(folder: string, file: string): Promise<{ sidecar?: Sidecar; problem?: string; retry?: boolean }> {
  const name = path.basename(file);
  let text: string;
  try {
    if (await leavesFolder(folder, file)) return { problem: `sidecar ${name} is a symbolic link to a file outside the dumps folder; ignored` };
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    return { problem: `sidecar ${name} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}); the dump was read without it`, ...(isMomentary(error) && { retry: true }) };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // The parser's message quotes the file's text; a sidecar's contents are not repeated into reports.
    return { problem: `sidecar ${name} is not valid JSON; fix it to use its URL and capture time` };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { problem: `sidecar ${name} ignored: it must be a JSON object with "url", "captured_at" and "source" fields` };
  }
  const sidecar: Sidecar = {};
  const problems: string[] = [];
  for (const [key, value] of Object.entries(json)) {
    if (!isSidecarField(key)) {
      problems.push(`unknown field "${key}" ignored (known: ${Object.keys(SIDECAR_FIELDS).join(', ')})`);
      continue;
    }
    const parsed = SIDECAR_FIELDS[key].safeParse(value);
    if (parsed.success) sidecar[key] = parsed.data;
    else problems.push(`field "${key}" ignored: ${parsed.error.issues[0]!.message}`);
  }
  return {
    ...(Object.keys(sidecar).length > 0 && { sidecar }),
    ...(problems.length > 0 && { problem: `sidecar ${name}: ${problems.join('; ')}` }),
  };
}

function explain(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read: permission denied (fix the file permissions)';
  if (code === 'ENOENT') return 'not found (moved or deleted, or the path is wrong)';
  if (code === 'EISDIR') return 'is a folder, not a capture';
  return `cannot be read: ${(error as Error).message}`;
}

export async function readDump(dumpsDir: string, name: string, maxBytes = DEFAULT_MAX_DUMP_BYTES): Promise<DumpRead> {
  return (await readStamped(dumpsDir, name, maxBytes, null)) as DumpRead;
}

/**
 * As readDump, but a dump the stat cache knows unchanged (key `dumps/NAME`) is not read: its hash comes from the cache
 * and its bytes are null until `loadBytes`. A dump that is read is recorded in the cache with the stats taken before:
 * `scanned`, the dump's own stats as the run's scan took them, when it has them.
 */
export async function readDumpWithCache(dumpsDir: string, name: string, maxBytes: number, cache: StatCache, hasSidecar: boolean, scanned?: Stats): Promise<StampedRead> {
  return readStamped(dumpsDir, name, maxBytes, cache, hasSidecar, scanned);
}

/**
 * The read of a capture the stat cache knows unchanged, from the stats the run's scan took and without touching the
 * file: a regular file, within the limit, without a sidecar. Null when it takes readDumpWithCache.
 */
export function knownUnchanged(name: string, maxBytes: number, cache: StatCache, hasSidecar: boolean, scanned?: Stats): StampedRead | null {
  if (scanned === undefined || hasSidecar || !scanned.isFile() || scanned.size > maxBytes) return null;
  const hash = cache.known(`dumps/${name}`, stampOf(scanned));
  return hash === undefined ? null : { ok: true, dump: { name, bytes: null, sha256: hash, sidecar: undefined, sidecarProblem: undefined, sidecarRetry: undefined } };
}

/** Synchronous, as writeFileAtomic is: a read through the thread pool is four hand-overs to another thread. */
export function loadBytes(dumpsDir: string, dump: StampedDump): Uint8Array {
  return dump.bytes ?? new Uint8Array(readFileSync(path.join(dumpsDir, dump.name)));
}

/** `hasSidecar` false: the caller listed the folder and saw none, so none is looked for (most captures have none). */
async function readStamped(dumpsDir: string, name: string, maxBytes: number, cache: StatCache | null, hasSidecar = true, scanned?: Stats): Promise<StampedRead> {
  const file = path.join(dumpsDir, name);
  try {
    // One lstat tells a plain file's stats; only a link is followed, and only when it stays inside the folder. It is
    // synchronous because ingest stats every capture, and a stat through the thread pool costs ten times the stat.
    const own = scanned ?? lstatSync(file);
    if (own.isSymbolicLink() && (await leavesFolder(dumpsDir, file))) {
      return { ok: false, name, reason: 'is a symbolic link to a file outside the dumps folder; refused (copy the file in instead)' };
    }
    const info = own.isSymbolicLink() ? await stat(file) : own;
    if (!info.isFile()) return { ok: false, name, reason: 'is not a regular file' };
    if (info.size > maxBytes) {
      return { ok: false, name, reason: `is ${info.size} bytes, over the ${maxBytes}-byte limit for a capture (raise it with --max-bytes if the file is real)` };
    }
    const key = `dumps/${name}`;
    const stamp = stampOf(info);
    const known = cache?.known(key, stamp);
    const bytes = known === undefined ? new Uint8Array(readFileSync(file)) : null;
    const hash = known ?? sha256(bytes!);
    if (known === undefined) cache?.remember(key, stamp, hash);
    const { sidecar, problem, retry } = hasSidecar ? await readSidecar(dumpsDir, file.replace(/\.txt$/i, '.json')) : {};
    return { ok: true, dump: { name, bytes, sha256: hash, sidecar, sidecarProblem: problem, sidecarRetry: retry } };
  } catch (error) {
    return { ok: false, name, reason: explain(error), ...(isMomentary(error) && { retry: true }) };
  }
}
