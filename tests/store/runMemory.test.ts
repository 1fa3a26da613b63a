// Runs in one process (serve's thread) take the manifest, report and stat cache the last run left from memory while the
// files are as it left them, and read them from disk again once anything else changed them; a value is handed to one
// run, never shared.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { archivePaths } from '../../src/store/archivePaths.ts';
import { FileMemory } from '../../src/store/fileMemory.ts';
import { ingestArchive } from '../../src/store/ingestArchive.ts';
import { preloadRun } from '../../src/store/ingestRun.ts';
import { generatedDump, makeContent, pastClockTick, putDump, removeContent } from '../helpers/storeArchive.ts';

/** How often each file was read through node:fs/promises. */
const reads = vi.hoisted(() => new Map<string, number>());

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const readFile = ((file: string, ...rest: unknown[]) => {
    reads.set(String(file), (reads.get(String(file)) ?? 0) + 1);
    return (actual.readFile as (...args: unknown[]) => unknown)(file, ...rest);
  }) as typeof actual.readFile;
  return { ...actual, readFile, default: { ...actual, readFile } };
});

let content: string | undefined;
afterEach(async () => {
  reads.clear();
  await removeContent(content);
  content = undefined;
});

describe('FileMemory', () => {
  it('hands a value over once, and only for the file and stamp it was kept with', () => {
    const memory = new FileMemory<string>();
    memory.keep('/a', 's1', 'A');
    expect(memory.take('/b', 's1')).toBeUndefined();
    memory.keep('/a', 's1', 'A');
    expect(memory.take('/a', 's2')).toBeUndefined();
    memory.keep('/a', 's1', 'A');
    expect(memory.take('/a', 's1')).toBe('A');
    expect(memory.take('/a', 's1')).toBeUndefined();
    memory.keep('/a', null, 'A');
    expect(memory.take('/a', null)).toBeUndefined();
  });
});

describe('runs in one process', () => {
  it('take what the last run left from memory, reading neither the manifest, the report nor the stat cache', async () => {
    content = await makeContent('run-memory-');
    const paths = archivePaths(content);
    await putDump(content, 'gen-0.txt', generatedDump(0));
    await ingestArchive(content, { workers: 0 });
    await putDump(content, 'gen-1.txt', generatedDump(1));
    await pastClockTick();
    reads.clear();
    const run = await ingestArchive(content, { workers: 0 });
    expect(run.parsed).toEqual(['gen-1.txt']);
    expect([paths.manifestFile, paths.reportFile, paths.statCacheFile].map((file) => reads.get(file) ?? 0)).toEqual([0, 0, 0]);
  });

  it('read a manifest, report or stat cache changed since from disk', async () => {
    content = await makeContent('run-memory-');
    const paths = archivePaths(content);
    for (let i = 0; i < 2; i += 1) await putDump(content, `gen-${i}.txt`, generatedDump(i));
    await ingestArchive(content, { workers: 0 });

    // A damaged report is read, found damaged, and every capture read again.
    await writeFile(paths.reportFile, '{ not json');
    await putDump(content, 'gen-2.txt', generatedDump(2));
    await pastClockTick();
    expect((await ingestArchive(content, { workers: 0 })).parsed).toEqual(['gen-0.txt', 'gen-1.txt', 'gen-2.txt']);

    // A stat cache replaced by another is the one used.
    await writeFile(paths.statCacheFile, '{}');
    await putDump(content, 'gen-3.txt', generatedDump(3));
    await pastClockTick();
    reads.clear();
    await ingestArchive(content, { workers: 0 });
    expect(reads.get(paths.statCacheFile)).toBe(1);

    // A manifest damaged by hand stops the run, as it does a run in a new process.
    const manifest = await readFile(paths.manifestFile, 'utf8');
    await writeFile(paths.manifestFile, manifest.slice(0, manifest.length / 2));
    await putDump(content, 'gen-4.txt', generatedDump(4));
    await expect(ingestArchive(content, { workers: 0 })).rejects.toThrow(/ingest manifest is damaged/);
  });

  it('take what was preloaded, as serve\'s thread does before the first capture is dropped in', async () => {
    content = await makeContent('run-memory-');
    const paths = archivePaths(content);
    await putDump(content, 'gen-0.txt', generatedDump(0));
    await ingestArchive(content, { workers: 0 });
    await preloadRun(paths);
    await putDump(content, 'gen-1.txt', generatedDump(1));
    await pastClockTick();
    reads.clear();
    expect((await ingestArchive(content, { workers: 0 })).parsed).toEqual(['gen-1.txt']);
    expect([paths.manifestFile, paths.reportFile, paths.statCacheFile].map((file) => reads.get(file) ?? 0)).toEqual([0, 0, 0]);
  });
});
