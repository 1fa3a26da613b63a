// Reads many captures on worker threads, one per core, a few ahead of the ingest that consumes them in order; a
// handful are read in-process, where starting workers (each loads the parser again) would cost more than it saves.
import os from 'node:os';
import { deserialize } from 'node:v8';
import Tinypool from 'tinypool';
import type { CaptureRequest, CaptureTask } from './captureTask.ts';
import type { CaptureReading } from './readCapture.ts';
import { runtimeFile } from '../runtimeFiles.ts';

export type { CaptureRequest };

/** A task's readings, made into objects when first asked for (see serializedCaptureTask). */
export type ReadBatch = () => readonly CaptureReading[];

export interface CaptureReader {
  /** Reads captures in one task: each task costs a message each way and, in the pool, a measurement of the worker's memory. */
  read(requests: readonly CaptureRequest[]): Promise<ReadBatch>;
  close(): Promise<void>;
}

const WORKER = runtimeFile(import.meta.url, './captureWorker.mjs', './captureWorker.js').href;
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
    close: async () => {},
  };
}

/** `threads` 0 reads in-process; by default one worker per core once there are enough captures. */
export async function captureReader(dataDir: string, captures: number, threads = workerCount(captures)): Promise<CaptureReader> {
  if (threads === 0) return inProcessReader(dataDir);
  const pool = new Tinypool({ filename: WORKER, minThreads: threads, maxThreads: threads });
  return {
    read: async (requests) => {
      const serialized = (await pool.run({ dataDir, requests } satisfies CaptureTask)) as Uint8Array;
      let readings: CaptureReading[] | undefined;
      return () => (readings ??= deserialize(serialized) as CaptureReading[]);
    },
    close: () => pool.destroy(),
  };
}

/**
 * Hands out readings in the order they are asked for while keeping `ahead` more in progress: the workers never wait
 * for the consumer, and at most that many finished readings wait in memory, serialised. Captures are sent `batch` at a time:
 * tinypool measures a worker's memory after every task, which cost a worker a tenth of its time at one capture a task.
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
