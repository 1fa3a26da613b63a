// The dumps folder watched directly while serving: one call per burst of changes, told the names that changed; a change
// during a build held to its end; a call told names followed by one that checks everything at the next build's end; a
// burst during a call acted on once it ends, and a failed call handed on rather than lost.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchDumps, type ChangedNames, type DumpsWatch } from '../../src/site/watchDumps.ts';

const QUIET = 60;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let dir: string | undefined;
let watching: DumpsWatch | undefined;

afterEach(async () => {
  watching?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

async function folder(): Promise<string> {
  dir = await mkdtemp(path.join(os.tmpdir(), 'watch-dumps-'));
  return dir;
}

describe('watchDumps', () => {
  it('calls once per burst of changes, after the folder has been quiet, with the names that changed', async () => {
    const dumps = await folder();
    const told: ChangedNames[] = [];
    watching = watchDumps(dumps, async (names) => void told.push(names), { failed: () => {}, quietMs: QUIET });
    for (let i = 0; i < 5; i += 1) {
      await writeFile(path.join(dumps, `a${i}.txt`), 'text');
      await sleep(10);
    }
    expect(told).toEqual([]);
    await sleep(QUIET * 4);
    expect(told).toEqual([new Set(['a0.txt', 'a1.txt', 'a2.txt', 'a3.txt', 'a4.txt'])]);
  });

  it('acts on a change at once whatever else runs, then checks everything once when resumed', async () => {
    const dumps = await folder();
    const told: ChangedNames[] = [];
    watching = watchDumps(dumps, async (names) => void told.push(names), { failed: () => {}, quietMs: QUIET });
    // Nothing told yet: a build's end does not set off a check.
    watching.resume();
    await sleep(QUIET);
    expect(told).toEqual([]);
    await writeFile(path.join(dumps, 'a.txt'), 'text');
    await sleep(QUIET * 4);
    expect(told).toEqual([new Set(['a.txt'])]);
    // The build the change started has ended: the whole folder is checked, and only once.
    watching.resume();
    await sleep(QUIET);
    expect(told).toEqual([new Set(['a.txt']), null]);
    watching.resume();
    await sleep(QUIET);
    expect(told).toHaveLength(2);
  });

  it('says so when the folder cannot be watched', async () => {
    const missing = path.join(await folder(), 'missing');
    expect(() => watchDumps(missing, async () => {}, { failed: () => {} })).toThrow(/ENOENT|no such file/);
  });

  it('acts once more on changes made while a call runs, and hands a failure on', async () => {
    const dumps = await folder();
    const failures: unknown[] = [];
    let calls = 0;
    const told: ChangedNames[] = [];
    let release = () => {};
    watching = watchDumps(
      dumps,
      async (names) => {
        calls += 1;
        told.push(names);
        if (calls === 1) await new Promise<void>((resolve) => (release = resolve));
        if (calls === 2) throw new Error('gen.txt: cannot be read');
      },
      { failed: (error) => failures.push(error), quietMs: QUIET },
    );
    await writeFile(path.join(dumps, 'a.txt'), 'text');
    await sleep(QUIET * 3);
    await writeFile(path.join(dumps, 'b.txt'), 'text');
    await sleep(QUIET * 3);
    expect(calls).toBe(1);
    release();
    await sleep(QUIET);
    expect(calls).toBe(2);
    expect(told).toEqual([new Set(['a.txt']), new Set(['b.txt'])]);
    expect(String(failures[0])).toContain('gen.txt');
  });
});
