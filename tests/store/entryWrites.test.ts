// Entries written where ingest sends them (a capture reader's thread, or in-process): each write atomic and stamped as
// the seal's scan stamps the file, and a failed write told with the system's code rather than thrown across threads.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EntryWriter, WRITE_BATCH, writeTask, type WriteOutcome, type WriteTask } from '../../src/store/entryWrites.ts';
import { seenFile } from '../../src/store/ingestSeal.ts';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('writeTask', () => {
  it('writes each entry, stamps it as the seal would, and leaves no temporary file', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'entry-writes-'));
    const writes = [
      { file: path.join(dir, 'a.md'), text: '---\nheadline: A\n---\nBody “quoted”.\n' },
      { file: path.join(dir, 'b.md'), text: 'second' },
    ];
    const outcomes = writeTask({ writes });
    for (const [i, { file, text }] of writes.entries()) {
      expect(await readFile(file, 'utf8')).toBe(text);
      expect(outcomes[i]).toEqual({ seen: seenFile(file) });
    }
    expect((await readdir(dir)).sort()).toEqual(['a.md', 'b.md']);
  });

  it('tells a failed write with its code, and still writes the others', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'entry-writes-'));
    const outcomes = writeTask({ writes: [{ file: path.join(dir, 'missing-folder', 'a.md'), text: 'x' }, { file: path.join(dir, 'b.md'), text: 'y' }] });
    expect(outcomes[0]).toMatchObject({ code: 'ENOENT', error: expect.stringContaining('no such file or directory') });
    expect(outcomes[1]).toHaveProperty('seen');
    expect(await readFile(path.join(dir, 'b.md'), 'utf8')).toBe('y');
  });
});

describe('EntryWriter', () => {
  /** Stands in for a capture reader's write: records each batch, and stamps each entry with its own name. */
  function recording(answer: (writes: WriteTask['writes']) => Promise<WriteOutcome[]> = async (writes) => writes.map(({ file }) => ({ seen: { stamp: file, changedMs: 0, coarse: false } }))) {
    const batches: string[][] = [];
    const writer = new EntryWriter(async (writes) => {
      batches.push(writes.map((w) => w.file));
      return answer(writes);
    });
    return { writer, batches };
  }

  it('sends the entries asked for together in batches, and gives each its own stamp', async () => {
    const { writer, batches } = recording();
    const files = Array.from({ length: 2 * WRITE_BATCH + 6 }, (_, i) => `e${i}.md`);
    const seen = await Promise.all(files.map((file) => writer.write(file, 'text')));
    expect(seen.map((s) => s.stamp)).toEqual(files);
    expect(batches.map((b) => b.length)).toEqual([WRITE_BATCH, WRITE_BATCH, 6]);
    expect(batches.flat()).toEqual(files);
  });

  it('fails the entry whose write failed, naming it and keeping the code, and only that one', async () => {
    const { writer } = recording(async (writes) => writes.map(({ file }) => (file === 'bad.md' ? { error: 'EACCES: permission denied', code: 'EACCES' } : { seen: { stamp: file, changedMs: 0, coarse: false } })));
    const [good, bad] = [writer.write('good.md', 'x'), writer.write('bad.md', 'y')];
    await expect(bad).rejects.toMatchObject({ message: 'bad.md: EACCES: permission denied', code: 'EACCES' });
    expect((await good).stamp).toBe('good.md');
  });

  it('fails every entry of a batch whose task failed', async () => {
    const { writer } = recording(async () => {
      throw new Error('a worker thread stopped (exit code 1)');
    });
    const writes = [writer.write('a.md', 'x'), writer.write('b.md', 'y')];
    for (const write of writes) await expect(write).rejects.toThrow('a worker thread stopped');
  });
});
