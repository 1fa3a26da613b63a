// A run told which captures changed (serve's watch on the dumps folder) looks again at those alone, from the input the
// last sealed run in this process saw; an entry edited by hand meanwhile is kept, and the next full check reads it; and
// without that run's seal (another process replaced it) the whole archive is checked.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { archivePaths } from '../../src/store/archivePaths.ts';
import { ingestArchive, ingestChanged, ingestOrTell } from '../../src/store/ingestArchive.ts';
import { looked } from '../helpers/countedStats.ts';
import { generatedDump, makeContent, pastClockTick, putDump, removeContent } from '../helpers/storeArchive.ts';

vi.mock('node:fs', async (importOriginal) => (await import('../helpers/countedStats.ts')).countedFs(importOriginal));

let content: string | undefined;
afterEach(async () => {
  looked.clear();
  await removeContent(content);
});

/** An archive of three captures, ingested and sealed by this process. */
async function sealedArchive(): Promise<string> {
  content = await makeContent('ingest-changed-');
  for (let i = 0; i < 3; i += 1) await putDump(content, `gen-${i}.txt`, generatedDump(i));
  await pastClockTick();
  await ingestArchive(content, { workers: 0 });
  await pastClockTick();
  expect((await ingestOrTell(content, { workers: 0 })).sealed).toBe(true);
  return content;
}

/** A fourth capture dropped in, ingested by a run told its name: it yields one new entry. */
async function addCapture(dir: string): Promise<void> {
  await putDump(dir, 'gen-3.txt', generatedDump(3));
  await pastClockTick();
  looked.clear();
  const run = await ingestChanged(dir, ['gen-3.txt'], { workers: 0 });
  expect(run.sealed).toBe(false);
  expect(run.changes.filter((c) => c.change === 'created').map((c) => c.dump)).toEqual(['gen-3.txt']);
}

const entriesOf = async (dir: string) => (await readdir(path.join(dir, 'articles'))).filter((name) => name.endsWith('.md')).sort();
const dumpLooks = (dir: string) => [0, 1, 2].map((i) => looked.get(path.join(dir, 'dumps', `gen-${i}.txt`)) ?? 0);

describe('ingestChanged', () => {
  it('looks only at the captures it is told of, and leaves a seal the next full check finds', async () => {
    const dir = await sealedArchive();
    const before = await entriesOf(dir);
    await addCapture(dir);
    expect(dumpLooks(dir)).toEqual([0, 0, 0]);
    expect(looked.get(path.join(dir, 'dumps', 'gen-3.txt'))).toBe(1);
    expect(before.map((name) => looked.get(path.join(dir, 'articles', name)) ?? 0)).toEqual(before.map(() => 0));

    await pastClockTick();
    expect((await ingestOrTell(dir, { workers: 0 })).sealed).toBe(true);
  });

  it('keeps an entry edited by hand meanwhile, and the next full check reads it as edited', async () => {
    const dir = await sealedArchive();
    const [edited] = await entriesOf(dir);
    const file = path.join(dir, 'articles', edited!);
    const text = `${await readFile(file, 'utf8')}\nA note added by hand.\n`;
    await writeFile(file, text);
    await putDump(dir, 'gen-3.txt', generatedDump(3));
    await pastClockTick();
    await ingestChanged(dir, ['gen-3.txt'], { workers: 0 });
    expect(await readFile(file, 'utf8')).toBe(text);

    await pastClockTick();
    const check = await ingestOrTell(dir, { workers: 0 });
    expect(check.sealed).toBe(false);
    if (check.sealed) return;
    const states = check.report.dumps.flatMap((d) => d.entries).filter((e) => e.file === edited).map((e) => e.state);
    expect(states).toEqual(['edited']);
    expect(await readFile(file, 'utf8')).toBe(text);
  });

  it('checks the whole archive when the seal is not the one this process left', async () => {
    const dir = await sealedArchive();
    const seal = archivePaths(dir).sealFile;
    // As another process's run would: the same seal, written again.
    await writeFile(seal, await readFile(seal, 'utf8'));
    await addCapture(dir);
    expect(dumpLooks(dir)).toEqual([1, 1, 1]);
  });
});
