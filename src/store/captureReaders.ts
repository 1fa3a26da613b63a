// Reads many captures on worker threads, one per core, a few ahead of the ingest that consumes them in order; a
// handful are read in-process, where starting workers (each loads the parser again) would cost more than it saves.
import os from 'node:os';
import Tinypool from 'tinypool';
import type { CaptureRequest, CaptureTask } from './captureTask.ts';
import type { CaptureReading } from './readCapture.ts';
import { runtimeFile } from '../runtimeFiles.ts';

export type { CaptureRequest };

export interface CaptureReader {
  /** Reads captures in one task: each task costs a message each way and, in the pool, a measurement of the worker's memory. */
  read(requests: readonly CaptureRequest[]): Promise<CaptureReading[]>;
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
    read: async (requests) => (await import('./captureTask.ts')).readCaptureTask({ dataDir, requests }),
    close: async () => {},
  };
}

/** `threads` 0 reads in-process; by default one worker per core once there are enough captures. */
export async function captureReader(dataDir: string, captures: number, threads = workerCount(captures)): Promise<CaptureReader> {
  if (threads === 0) return inProcessReader(dataDir);
  const pool = new Tinypool({ filename: WORKER, minThreads: threads, maxThreads: threads });
  return {
    read: (requests) => pool.run({ dataDir, requests } satisfies CaptureTask) as Promise<CaptureReading[]>,
    close: () => pool.destroy(),
  };
}

/**
 * Hands out readings in the order they are asked for while keeping `ahead` more in progress: the workers never wait
 * for the consumer, and at most that many finished readings wait in memory. Captures are sent `batch` at a time:
 * tinypool measures a worker's memory after every task, which cost a worker a tenth of its time at one capture a task.
 */
export class ReadingQueue {
  readonly #started = new Map<string, Promise<CaptureReading>>();
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
      const readings = this.reader.read(queued.map((item) => item.request));
      queued.forEach((item, i) => {
        const reading = readings.then((all) => all[i]!);
        // Caught here so a failure waiting its turn is not reported as unhandled; take() still rejects with it.
        reading.catch(() => undefined);
        this.#started.set(item.name, reading);
      });
      this.#next += queued.length;
    }
    const reading = this.#started.get(name)!;
    this.#started.delete(name);
    return reading;
  }
}
