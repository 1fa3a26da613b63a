// Worker threads that read batches of captures for ingest. Each holds the batch it reads and the next, so it starts
// the next the moment it is done, whatever the main thread is busy with; a worker lost mid-batch fails that batch only.
import { Worker } from 'node:worker_threads';
import type { CaptureTask, ContentTask } from './captureTask.ts';
import type { WriteTask } from './entryWrites.ts';

type PoolTask = CaptureTask | ContentTask | WriteTask;

export interface PoolRequest {
  id: number;
  task: PoolTask;
}

/** The readings (or content hashes, or write outcomes) serialised (see captureThread.ts), or why the batch failed. */
export type PoolAnswer = { id: number; readings: Uint8Array } | { id: number; error: string };

/**
 * Batches a worker holds at once. With one, a worker that finished waited for the main thread to take its answer and
 * send the next batch; the main thread writes files synchronously, and the workers of a cold ingest of 10,000 captures
 * waited 1.5 s each that way.
 */
const IN_HAND = 2;

interface Batch {
  id: number;
  task: PoolTask;
  resolve: (readings: Uint8Array) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  /** Sent to the worker and not yet answered, in the order sent (which is the order it reads them). */
  inHand: Batch[];
  /** Has answered a batch: a worker that fails before that could not start, and one like it would not either. */
  answered: boolean;
  gone: boolean;
}

export class CapturePool {
  readonly #slots: Slot[];
  readonly #queue: Batch[] = [];
  #nextId = 0;
  #closed = false;
  /** Why no worker can start: every batch then fails with it. */
  #broken: Error | null = null;

  /** `workerData` reaches each thread as it starts (captureThread.ts takes `dataDir` from it). */
  constructor(
    private readonly entry: URL,
    threads: number,
    private readonly workerData: { dataDir: string },
  ) {
    this.#slots = Array.from({ length: threads }, () => this.#start());
  }

  /** The batch's readings, content hashes or write outcomes, serialised. */
  run(task: PoolTask): Promise<Uint8Array> {
    if (this.#broken) return Promise.reject(this.#broken);
    if (this.#closed) return Promise.reject(new Error('the capture readers were closed'));
    return new Promise((resolve, reject) => {
      this.#queue.push({ id: this.#nextId++, task, resolve, reject });
      this.#dispatch();
    });
  }

  /** Stops the threads; batches not yet answered fail. */
  async close(): Promise<void> {
    this.#closed = true;
    const closed = new Error('the capture readers were closed');
    for (const batch of this.#queue.splice(0)) batch.reject(closed);
    for (const slot of this.#slots) for (const batch of slot.inHand.splice(0)) batch.reject(closed);
    await Promise.all(this.#slots.map((slot) => slot.worker.terminate()));
  }

  #dispatch(): void {
    while (this.#queue.length > 0) {
      // The worker with least in hand: the batches spread evenly while the pool fills.
      const slot = this.#slots.reduce<Slot | null>((best, s) => (s.gone || s.inHand.length >= IN_HAND || (best && best.inHand.length <= s.inHand.length) ? best : s), null);
      if (slot === null) return;
      const batch = this.#queue.shift()!;
      slot.inHand.push(batch);
      slot.worker.postMessage({ id: batch.id, task: batch.task } satisfies PoolRequest);
    }
  }

  #start(): Slot {
    const worker = new Worker(this.entry, { workerData: this.workerData });
    const slot: Slot = { worker, inHand: [], answered: false, gone: false };
    worker.on('message', (answer: PoolAnswer) => {
      const at = slot.inHand.findIndex((b) => b.id === answer.id);
      if (at < 0) return;
      const [batch] = slot.inHand.splice(at, 1);
      slot.answered = true;
      if ('error' in answer) batch!.reject(new Error(answer.error));
      else batch!.resolve(answer.readings);
      this.#dispatch();
    });
    worker.on('error', (error) => this.#lose(slot, error));
    worker.on('exit', (code) => this.#lose(slot, new Error(`a worker thread stopped (exit code ${code})`)));
    return slot;
  }

  /**
   * A worker that stops before the pool is closed fails the batch it was reading; the batch waiting behind it goes to
   * a new worker. One that never answered could not start: every batch fails, saying why.
   */
  #lose(slot: Slot, error: Error): void {
    if (slot.gone || this.#closed) return;
    slot.gone = true;
    const [reading, ...waiting] = slot.inHand.splice(0);
    if (!slot.answered) {
      this.#broken = error;
      for (const batch of [reading, ...waiting, ...this.#queue.splice(0)]) batch?.reject(error);
      for (const other of this.#slots) for (const batch of other.inHand.splice(0)) batch.reject(error);
      return;
    }
    reading?.reject(error);
    this.#queue.unshift(...waiting);
    this.#slots[this.#slots.indexOf(slot)] = this.#start();
    this.#dispatch();
  }
}
