// A run that finds the seal broken takes the input as the seal's check scanned it, rather than walking the archive a
// second time (a quarter of a second at 10,000 captures), and the seal it leaves still holds for the next run; the
// entries' stamps for the stat cache, and the captures' stats, come from that scan too.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ingestArchive, ingestOrTell } from '../../src/store/ingestArchive.ts';
import { looked } from '../helpers/countedStats.ts';
import { generatedDump, makeContent, pastClockTick, putDump, removeContent } from '../helpers/storeArchive.ts';

vi.mock('node:fs', async (importOriginal) => (await import('../helpers/countedStats.ts')).countedFs(importOriginal));

let content: string | undefined;
afterEach(async () => {
  looked.clear();
  await removeContent(content);
});

describe('a run after a broken seal', () => {
  it('looks at each capture once, whether or not it checked a seal first, and leaves a seal the next run finds', async () => {
    content = await makeContent('seal-scan-');
    for (let i = 0; i < 3; i += 1) await putDump(content, `gen-${i}.txt`, generatedDump(i));
    await pastClockTick();
    looked.clear();
    expect((await ingestArchive(content, { workers: 0 })).sealed).toBe(false);
    const lookedAt = () => [0, 1, 2].map((i) => looked.get(path.join(content!, 'dumps', `gen-${i}.txt`)));
    expect(lookedAt()).toEqual([1, 1, 1]);

    await putDump(content, 'gen-3.txt', generatedDump(3));
    await pastClockTick();
    looked.clear();
    const run = await ingestOrTell(content, { workers: 0 });
    expect(run.sealed).toBe(false);
    expect(run.changes.length).toBeGreaterThan(0);
    expect(lookedAt()).toEqual([1, 1, 1]);
    // Each entry already there was stamped by the scan alone.
    const entries = (await readdir(path.join(content, 'articles'))).filter((name) => name.endsWith('.md'));
    const before = entries.filter((name) => !run.changes.some((c) => c.file === name));
    expect(before.length).toBeGreaterThan(0);
    expect(before.map((name) => looked.get(path.join(content!, 'articles', name)))).toEqual(before.map(() => 1));

    await pastClockTick();
    expect((await ingestOrTell(content, { workers: 0 })).sealed).toBe(true);
  });
});
