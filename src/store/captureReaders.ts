// Reads many captures on worker threads, one per core, a few ahead of the ingest that consumes them in order; a
// handful are read in-process, where starting workers (each loads the parser again) would cost more than it saves.
import os from 'node:os';
import Tinypool from 'tinypool';
import type { CaptureTask } from './captureTask.ts';
import type { CaptureReading } from './readCapture.ts';

export type CaptureRequest = Omit<CaptureTask, 'dataDir'>;

export interface CaptureReader {
  read(request: CaptureRequest): Promise<CaptureReading>;
  close(): Promise<void>;
}

const WORKER = new URL('./captureWorker.mjs', import.meta.url).href;
/** Each worker spends about half a second of a core loading the parser; below this many captures one thread wins. */
const WORKERS_FROM = 64;

export function workerCount(captures: number, cores = os.availableParallelism()): number {
  return captures >= WORKERS_FROM && cores > 1 ? cores : 0;
}

/** The parser is loaded with the first capture read: an ingest with nothing to read never loads it. */
function inProcessReader(dataDir: string): CaptureReader {
  return {
    read: async (request) => (await import('./captureTask.ts')).readCaptureTask({ dataDir, ...request }),
    close: async () => {},
  };
}

/** `threads` 0 reads in-process; by default one worker per core once there are enough captures. */
export async function captureReader(dataDir: string, captures: number, threads = workerCount(captures)): Promise<CaptureReader> {
  if (threads === 0) return inProcessReader(dataDir);
  const pool = new Tinypool({ filename: WORKER, minThreads: threads, maxThreads: threads });
  return {
    read: (request) => pool.run({ dataDir, ...request } satisfies CaptureTask) as Promise<CaptureReading>,
    close: () => pool.destroy(),
  };
}

/**
 * Hands out readings in the order they are asked for while keeping `ahead` more in progress: the workers never wait
 * for the consumer, and at most that many finished readings wait in memory.
 */
export class ReadingQueue {
  readonly #started = new Map<string, Promise<CaptureReading>>();
  readonly #position: Map<string, number>;
  #next = 0;

  constructor(
    private readonly reader: CaptureReader,
    private readonly order: readonly { name: string; request: CaptureRequest }[],
    private readonly ahead: number,
  ) {
    this.#position = new Map(order.map((item, i) => [item.name, i]));
  }

  take(name: string): Promise<CaptureReading> {
    const at = this.#position.get(name);
    if (at === undefined) throw new Error(`${name}: not among the captures queued for reading`);
    while (this.#next < this.order.length && this.#next <= at + this.ahead) {
      const { name: queued, request } = this.order[this.#next]!;
      // Caught here so a failure waiting its turn is not reported as unhandled; take() still rejects with it.
      const reading = this.reader.read(request);
      reading.catch(() => undefined);
      this.#started.set(queued, reading);
      this.#next += 1;
    }
    const reading = this.#started.get(name)!;
    this.#started.delete(name);
    return reading;
  }
}
