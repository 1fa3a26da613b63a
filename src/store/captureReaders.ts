// Reads many captures on worker threads, one per core, a few ahead of the ingest that consumes them in order; a
// handful are read in-process, where starting workers (each loads the parser again) would cost more than it saves.
import os from 'node:os';
import { deserialize } from 'node:v8';
import { contentHash } from './captureContent.ts';
import { CapturePool } from './capturePool.ts';
import type { CaptureRequest } from './captureTask.ts';
import { writeTask, type WriteOutcome, type WriteTask } from './entryWrites.ts';
import type { CaptureReading } from './readCapture.ts';
import { runtimeFile } from '../runtimeFiles.ts';

export type { CaptureRequest };

/** A task's readings, made into objects when first asked for (see captureThread.ts). */
export type ReadBatch = () => readonly CaptureReading[];

export interface CaptureReader {
  /** Reads captures in one task: each task costs a message each way. */
  read(requests: readonly CaptureRequest[]): Promise<ReadBatch>;
  /** The hashes of captures' normalised texts (see captureContent.ts), in one task. */
  contents(captures: readonly Uint8Array[]): Promise<(string | null)[]>;
  /** Writes entries ingest has decided on, in one task (see writeTask). */
  write(writes: WriteTask['writes']): Promise<WriteOutcome[]>;
  close(): Promise<void>;
}

const WORKER = runtimeFile(import.meta.url, './captureWorker.mjs', './captureWorker.js');
/** Each worker spends about half a second of a core loading the parser; below this many captures one thread wins. */
const WORKERS_FROM = 64;

export function workerCount(captures: number, cores = os.availableParallelism()): number {
  return captures >= WORKERS_FROM && cores > 1 ? cores : 0;
}

/** The parser is loaded with the first capture read: an ingest with nothing to read never loads it. */
function inProcessReader(dataDir: string): CaptureReader {
  return {
    read: async (requests) => {
      const readings = await (await import('./captureTask.ts')).readCaptureTask({ dataDir, requests });
      return () => readings;
    },
    contents: async (captures) => captures.map(contentHash),
    write: async (writes) => writeTask({ writes }),
    close: async () => {},
  };
}

/**
 * `threads` 0 reads in-process; by default one worker per core once there are enough captures. The workers start
 * loading the parser at once, so a caller that still has work before its first read starts this first.
 */
export function captureReader(dataDir: string, captures: number, threads = workerCount(captures)): CaptureReader {
  if (threads === 0) return inProcessReader(dataDir);
  const pool = new CapturePool(WORKER, threads, { dataDir });
  return {
    read: async (requests) => {
      const serialized = await pool.run({ dataDir, requests });
      let readings: CaptureReading[] | undefined;
      return () => (readings ??= deserialize(serialized) as CaptureReading[]);
    },
    contents: async (captures) => deserialize(await pool.run({ contents: captures })) as (string | null)[],
    write: async (writes) => deserialize(await pool.run({ writes })) as WriteOutcome[],
    close: () => pool.close(),
  };
}

/**
 * Hands out readings in the order they are asked for while keeping `ahead` more in progress: the workers never wait
 * for the consumer, and at most that many finished readings wait in memory, serialised. Captures are sent `batch` at a
 * time: each message costs both threads a little, which added up at one capture a message.
 */
export class ReadingQueue {
  /** Each capture's batch, and its place in it: a batch is opened only when one of its captures is taken. */
  readonly #started = new Map<string, { batch: Promise<ReadBatch>; at: number }>();
  readonly #position: Map<string, number>;
  #next = 0;

  constructor(
    private readonly reader: CaptureReader,
    private readonly order: readonly { name: string; request: CaptureRequest }[],
    private readonly ahead: number,
    private readonly batch = 1,
  ) {
    this.#position = new Map(order.map((item, i) => [item.name, i]));
  }

  take(name: string): Promise<CaptureReading> {
    const at = this.#position.get(name);
    if (at === undefined) throw new Error(`${name}: not among the captures queued for reading`);
    while (this.#next < this.order.length && this.#next <= at + this.ahead) {
      const queued = this.order.slice(this.#next, this.#next + this.batch);
      const batch = this.reader.read(queued.map((item) => item.request));
      // Caught here so a failure waiting its turn is not reported as unhandled; take() still rejects with it.
      batch.catch(() => undefined);
      queued.forEach((item, at) => this.#started.set(item.name, { batch, at }));
      this.#next += queued.length;
    }
    const { batch, at: place } = this.#started.get(name)!;
    this.#started.delete(name);
    return batch.then((open) => open()[place]!);
  }
}
