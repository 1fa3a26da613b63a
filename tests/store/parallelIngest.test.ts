// Captures read on worker threads give an archive identical, byte for byte, to one read in-process; the reading queue
// hands out readings in order and keeps only a bounded number in flight.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPalette } from '../../scripts/bench/palette.ts';
import { generateDumps } from '../../scripts/bench/generateDumps.ts';
import { ReadingQueue, workerCount, type CaptureReader, type CaptureRequest } from '../../src/store/captureReaders.ts';
import { ingestArchive } from '../../src/store/ingestArchive.ts';
import type { CaptureReading } from '../../src/store/readCapture.ts';
import { REPO_ROOT } from '../helpers/archiveConfig.ts';
import { dumpReport, makeContent, putDump, removeContent, runCli, SEED_NAMES, seedText } from '../helpers/storeArchive.ts';
import type { IngestReport } from '../../src/store/ingestReport.ts';
import { MACHINE_FILES } from '../../src/store/archivePaths.ts';

/** With the seeds and the odd files, enough captures that the command line reads them on worker threads. */
const GENERATED = 60;
const dirs: string[] = [];

/** Every file under the archive except the dumps themselves and ingest's per-machine files: path → text. */
async function archiveFiles(dir: string): Promise<Record<string, string>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && !(MACHINE_FILES as readonly string[]).includes(e.name));
  const out: Record<string, string> = {};
  for (const f of files) {
    const relative = path.relative(dir, path.join(f.parentPath, f.name));
    if (!relative.startsWith('dumps')) out[relative] = await readFile(path.join(dir, relative), 'utf8');
  }
  return out;
}

async function fillArchive(dir: string): Promise<void> {
  const palette = await loadPalette(path.join(REPO_ROOT, 'content/_data'));
  for (const dump of generateDumps(5, GENERATED, palette)) await putDump(dir, dump.name, dump.text);
  for (const s of SEED_NAMES) await putDump(dir, s, await seedText(s));
  await putDump(dir, 'binary.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]));
  await putDump(dir, 'empty.txt', '   \n');
  await putDump(dir, 'menus.txt', 'Home\nWorld\nPolitics\nMost Popular\n6\nAdvertisement\n');
  // The same capture saved again with other line endings: found a duplicate by its normalised text's hash.
  await putDump(dir, 'zz-saved-again.txt', (await seedText(SEED_NAMES[0])).replace(/\n/g, '\r\n'));
}

describe('ingest on worker threads', () => {
  let inProcess: Record<string, string>;
  let onWorkers: Record<string, string>;
  let fromCli: Record<string, string>;
  let captures: number;

  beforeAll(async () => {
    const [a, b, c] = [await makeContent('serial-'), await makeContent('workers-'), await makeContent('cli-')];
    dirs.push(a, b, c);
    for (const dir of [a, b, c]) await fillArchive(dir);
    captures = (await readdir(path.join(c, 'dumps'))).length;
    await ingestArchive(a, { workers: 0 });
    await ingestArchive(b, { workers: 2 });
    // The command line runs its compiled copy, whose worker threads start from their own compiled entry.
    const cli = await runCli(['ingest', '--content', c]);
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(0);
    inProcess = await archiveFiles(a);
    onWorkers = await archiveFiles(b);
    fromCli = await archiveFiles(c);
  }, 120_000);

  afterAll(async () => {
    for (const dir of dirs) await removeContent(dir);
  });

  it('writes the same entries, provenance records, manifest and report as reading in-process', () => {
    const files = Object.keys(inProcess);
    const report = JSON.parse(onWorkers[path.join('_data', 'ingestReport.json')]!) as IngestReport;
    expect(dumpReport(report, 'zz-saved-again.txt')).toMatchObject({ status: 'duplicate', error: `the same capture as ${SEED_NAMES[0]}; it yields no second entry` });
    expect(files.filter((f) => f.startsWith('articles/')).length).toBeGreaterThan(GENERATED / 2);
    expect(files.some((f) => f.startsWith('_provenance/'))).toBe(true);
    expect(Object.keys(onWorkers).sort()).toEqual(files.sort());
    for (const file of files) expect(onWorkers[file], file).toBe(inProcess[file]);
  });

  it('writes the same through the command line, which reads that many captures on worker threads', () => {
    expect(workerCount(captures, 2)).toBe(2);
    expect(Object.keys(fromCli).sort()).toEqual(Object.keys(inProcess).sort());
    for (const file of Object.keys(inProcess)) expect(fromCli[file], file).toBe(inProcess[file]);
  });

  it('starts workers only for enough captures, and only with more than one core', () => {
    expect(workerCount(10, 8)).toBe(0);
    expect(workerCount(1000, 1)).toBe(0);
    expect(workerCount(1000, 4)).toBe(4);
  });
});

describe('ReadingQueue', () => {
  const readingOf = (i: number): CaptureReading => ({ ok: false, reason: `fake ${i}` });
  const reading = readingOf(0);
  const order = Array.from({ length: 10 }, (_, i) => ({ name: `d${i}.txt`, request: { bytes: new Uint8Array([i]), sidecar: undefined, capturedAt: undefined } }));

  /** `batches` records the captures of each task in the order the tasks were started, `opened` the batches made into readings. */
  function recordingReader(fail?: number): { reader: CaptureReader; started: number[]; batches: number[][]; opened: number[][] } {
    const started: number[] = [];
    const batches: number[][] = [];
    const opened: number[][] = [];
    return {
      started,
      batches,
      opened,
      reader: {
        read: async (requests: readonly CaptureRequest[]) => {
          const ids = requests.map((r) => r.bytes[0]!);
          started.push(...ids);
          batches.push(ids);
          if (ids.includes(fail!)) throw new Error('worker failed');
          const readings = ids.map((i) => (i === 0 ? reading : readingOf(i)));
          return () => {
            opened.push(ids);
            return readings;
          };
        },
        contents: async (captures: readonly Uint8Array[]) => captures.map(() => null),
        write: async () => [],
        close: async () => {},
      },
    };
  }

  it('starts readings in order, never more than the look-ahead beyond the one taken', async () => {
    const { reader, started } = recordingReader();
    const queue = new ReadingQueue(reader, order, 3);
    await queue.take('d0.txt');
    expect(started).toEqual([0, 1, 2, 3]);
    await queue.take('d1.txt');
    expect(started).toEqual([0, 1, 2, 3, 4]);
    for (let i = 2; i < 10; i += 1) expect(await queue.take(`d${i}.txt`)).toEqual(readingOf(i));
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('sends captures a batch at a time, and hands each taker its own capture\'s reading', async () => {
    const { reader, batches } = recordingReader();
    const queue = new ReadingQueue(reader, order, 3, 4);
    expect(await queue.take('d0.txt')).toBe(reading);
    expect(batches).toEqual([[0, 1, 2, 3]]);
    expect(await queue.take('d1.txt')).toEqual(readingOf(1));
    expect(batches).toEqual([[0, 1, 2, 3], [4, 5, 6, 7]]);
    for (let i = 2; i < 10; i += 1) expect(await queue.take(`d${i}.txt`)).toEqual(readingOf(i));
    expect(batches).toEqual([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]);
  });

  it('makes a batch into readings only when one of its captures is taken', async () => {
    const { reader, batches, opened } = recordingReader();
    const queue = new ReadingQueue(reader, order, 3, 2);
    await queue.take('d0.txt');
    await new Promise((resolve) => setImmediate(resolve));
    expect(batches).toEqual([[0, 1], [2, 3]]);
    expect(opened).toEqual([[0, 1]]);
    await queue.take('d1.txt');
    expect(opened).toEqual([[0, 1], [0, 1]]);
    await queue.take('d2.txt');
    expect(opened.at(-1)).toEqual([2, 3]);
  });

  it('fails every capture of a failed batch, and only those', async () => {
    const { reader } = recordingReader(5);
    const queue = new ReadingQueue(reader, order, 3, 4);
    for (let i = 0; i < 4; i += 1) expect(await queue.take(`d${i}.txt`)).toEqual(i === 0 ? reading : readingOf(i));
    for (let i = 4; i < 8; i += 1) await expect(queue.take(`d${i}.txt`)).rejects.toThrow('worker failed');
    for (let i = 8; i < 10; i += 1) expect(await queue.take(`d${i}.txt`)).toEqual(readingOf(i));
  });

  it('passes a failed reading on to its taker, and refuses a capture it was not given', async () => {
    const { reader } = recordingReader(1);
    const queue = new ReadingQueue(reader, order, 2);
    await queue.take('d0.txt');
    await expect(queue.take('d1.txt')).rejects.toThrow('worker failed');
    expect(() => queue.take('other.txt')).toThrow('other.txt: not among the captures queued for reading');
  });
});
