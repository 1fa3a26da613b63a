// readDump: a dump file in a temp folder → bytes, hash and sidecar, or a reason; size limit, links out of the folder and odd files refused.
import { createHash } from 'node:crypto';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDump } from '../../src/store/readDump.ts';

let root: string;
let dumps: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'readDump-'));
  dumps = path.join(root, 'dumps');
  await mkdir(dumps);
});

afterEach(async () => {
  await chmod(path.join(dumps, 'locked.txt'), 0o644).catch(() => undefined);
  await rm(root, { recursive: true, force: true });
});

async function readOk(name: string, maxBytes?: number) {
  const result = await readDump(dumps, name, maxBytes);
  if (!result.ok) throw new Error(`expected ${name} to be read, got: ${result.reason}`);
  return result.dump;
}

async function readRefused(name: string, maxBytes?: number): Promise<string> {
  const result = await readDump(dumps, name, maxBytes);
  if (result.ok) throw new Error(`expected ${name} to be refused`);
  expect(result.name).toBe(name);
  return result.reason;
}

describe('readDump', () => {
  it('reads a dump’s bytes and their SHA-256', async () => {
    await writeFile(path.join(dumps, 'a.txt'), 'Headline\nBody 북한\n');
    const dump = await readOk('a.txt');
    expect(Buffer.from(dump.bytes).toString('utf8')).toBe('Headline\nBody 북한\n');
    expect(dump.sha256).toBe(createHash('sha256').update('Headline\nBody 북한\n').digest('hex'));
    expect(dump.sidecar).toBeUndefined();
    expect(dump.sidecarProblem).toBeUndefined();
  });

  it('reads an empty file (ingest reports it later)', async () => {
    await writeFile(path.join(dumps, 'empty.txt'), '');
    const dump = await readOk('empty.txt');
    expect(dump.bytes.length).toBe(0);
  });

  it('refuses a file over the size limit, naming the limit', async () => {
    await writeFile(path.join(dumps, 'big.txt'), 'x'.repeat(2048));
    const reason = await readRefused('big.txt', 1024);
    expect(reason).toContain('1024');
    expect(reason).toContain('2048');
    expect((await readOk('big.txt', 2048)).bytes.length).toBe(2048);
  });

  it('refuses a symbolic link to a file outside the dumps folder', async () => {
    await writeFile(path.join(root, 'secret.txt'), 'outside');
    await symlink(path.join(root, 'secret.txt'), path.join(dumps, 'link.txt'));
    expect(await readRefused('link.txt')).toMatch(/symbolic link.*outside/);
  });

  it('refuses a relative symbolic link that climbs out of the folder', async () => {
    await writeFile(path.join(root, 'secret.txt'), 'outside');
    await symlink('../secret.txt', path.join(dumps, 'climb.txt'));
    expect(await readRefused('climb.txt')).toMatch(/outside/);
  });

  it('follows a symbolic link to a file inside the dumps folder', async () => {
    await mkdir(path.join(dumps, 'archive'));
    await writeFile(path.join(dumps, 'archive', 'real.txt'), 'inside');
    await symlink(path.join(dumps, 'archive', 'real.txt'), path.join(dumps, 'alias.txt'));
    expect(Buffer.from((await readOk('alias.txt')).bytes).toString()).toBe('inside');
  });

  it('refuses a folder named like a dump', async () => {
    await mkdir(path.join(dumps, 'folder.txt'));
    expect(await readRefused('folder.txt')).toMatch(/not a regular file|folder/);
  });

  it('refuses a file it cannot read, with a reason (as root, where chmod 000 does not stop reads, a folder named .txt stands in)', async () => {
    const runsAsRoot = process.getuid?.() === 0;
    if (runsAsRoot) {
      await mkdir(path.join(dumps, 'locked.txt'));
      expect(await readRefused('locked.txt')).toMatch(/not a regular file|folder/);
    } else {
      await writeFile(path.join(dumps, 'locked.txt'), 'secret');
      await chmod(path.join(dumps, 'locked.txt'), 0o000);
      expect(await readRefused('locked.txt')).toMatch(/permission denied/);
    }
  });

  it('reports a missing file as a reason, not an exception', async () => {
    expect(await readRefused('missing.txt')).toMatch(/.+/);
  });

  it('reads a valid sidecar', async () => {
    await writeFile(path.join(dumps, 'a.txt'), 'text');
    await writeFile(path.join(dumps, 'a.json'), JSON.stringify({ url: 'https://example.com/a', captured_at: '2024-11-01T10:00:00Z', source: 'NBC News' }));
    const dump = await readOk('a.txt');
    expect(dump.sidecar).toEqual({ url: 'https://example.com/a', captured_at: '2024-11-01T10:00:00Z', source: 'NBC News' });
    expect(dump.sidecarProblem).toBeUndefined();
  });

  it('reads the dump without an invalid-JSON sidecar and says why', async () => {
    await writeFile(path.join(dumps, 'a.txt'), 'text');
    await writeFile(path.join(dumps, 'a.json'), '{"url": "https://example.com/a",');
    const dump = await readOk('a.txt');
    expect(Buffer.from(dump.bytes).toString()).toBe('text');
    expect(dump.sidecar).toBeUndefined();
    expect(dump.sidecarProblem).toMatch(/a\.json.*not valid JSON/);
  });

  it('ignores a sidecar with a javascript: URL or a capture time without offset, and says which field', async () => {
    await writeFile(path.join(dumps, 'a.txt'), 'text');
    await writeFile(path.join(dumps, 'a.json'), JSON.stringify({ url: 'javascript:alert(1)' }));
    expect((await readOk('a.txt')).sidecarProblem).toMatch(/url/);
    await writeFile(path.join(dumps, 'a.json'), JSON.stringify({ captured_at: '2024-11-01 10:00' }));
    const dump = await readOk('a.txt');
    expect(dump.sidecar).toBeUndefined();
    expect(dump.sidecarProblem).toMatch(/captured_at/);
  });

  it('keeps the good fields of a sidecar with one bad field, and names the bad and the unknown ones', async () => {
    await writeFile(path.join(dumps, 'a.txt'), 'text');
    await writeFile(path.join(dumps, 'a.json'), JSON.stringify({ url: ' JaVaScRiPt:alert(1)', captured_at: '2024-11-01T10:00:00Z', source: 'NBC News', sorce: 'typo' }));
    const dump = await readOk('a.txt');
    expect(dump.sidecar).toEqual({ captured_at: '2024-11-01T10:00:00Z', source: 'NBC News' });
    expect(dump.sidecarProblem).toBe('sidecar a.json: field "url" ignored: must be an http(s) address; unknown field "sorce" ignored (known: url, captured_at, source)');
  });

  it('ignores a sidecar that is not a JSON object', async () => {
    await writeFile(path.join(dumps, 'a.txt'), 'text');
    await writeFile(path.join(dumps, 'a.json'), '["https://example.com/a"]');
    const dump = await readOk('a.txt');
    expect(dump.sidecar).toBeUndefined();
    expect(dump.sidecarProblem).toMatch(/a\.json ignored: it must be a JSON object/);
  });

  it('does not use a sidecar that links to a file outside the dumps folder', async () => {
    await writeFile(path.join(dumps, 'a.txt'), 'text');
    await writeFile(path.join(root, 'outside.json'), JSON.stringify({ source: 'Planted Outlet' }));
    await symlink(path.join(root, 'outside.json'), path.join(dumps, 'a.json'));
    const dump = await readOk('a.txt');
    expect(dump.sidecar).toBeUndefined();
    expect(dump.sidecarProblem).toMatch(/outside/);
  });

  it('does not quote the contents of a file outside the folder that a sidecar links to', async () => {
    await writeFile(path.join(dumps, 'b.txt'), 'text');
    await writeFile(path.join(root, 'secret.txt'), 'SECRET-TOKEN=hunter2');
    await symlink(path.join(root, 'secret.txt'), path.join(dumps, 'b.json'));
    expect((await readOk('b.txt')).sidecarProblem ?? '').not.toContain('SECRET');
  });
});
