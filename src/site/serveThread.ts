// `serve`'s own thread: watches the dumps folder, ingests the captures that changed and renders the pages of the entries
// written (the development server has a thread of its own, threadServer.ts). Its main thread holds Eleventy's whole
// site (about 1.5 GB at 10,000 captures), where every young-generation collection costs ten times what it costs in a
// small heap: ingesting one new capture took 3.4-4.8 s there against about 2 s on its own, and rendering its page
// 0.75-1.1 s against 0.3-0.5 s. And a rebuild holds the main thread for half a minute at a time at that size, during
// which a watcher there could do nothing: a capture dropped in then was served 12-15 s later. Here the capture is
// ingested and its page written while the rebuild goes on. The thread stays, its code loaded, between runs.
import { Worker } from 'node:worker_threads';
import { runtimeFile } from '../runtimeFiles.ts';
import type { IngestRun } from '../store/ingestReport.ts';
import type { OrderedArticle } from './articleOrder.ts';
import type { EarlyPages, EarlyPagesOptions } from './earlyPages.ts';
import { MOST_RESTARTS, whenThreadStops } from './threadStops.ts';

/** Where and how the early pages are rendered; the archive they are placed among is what `served` last told. */
export type EarlySettings = Omit<EarlyPagesOptions, 'known'>;

type WatchRequest = { type: 'watch'; dumpsDir: string; contentDir: string; early: EarlySettings | null };
type WarmRequest = { type: 'warm'; contentDir: string; early: EarlySettings | null };

export type ServeThreadRequest =
  | WarmRequest
  | WatchRequest
  | { type: 'served'; articles: readonly OrderedArticle[] };

/** How the early pages went: written, not wanted, or failed (the rebuild writes them all the same). */
export type EarlyOutcome = EarlyPages | { failed: string } | null;

/** How a run ended. */
export type RunOutcome =
  | { type: 'done'; changes: IngestRun['changes']; sealed: boolean; wrote: Record<string, string>; early: EarlyOutcome }
  | { type: 'failed'; message: string };

export type ServeThreadReply =
  /** A run the thread's watch of the dumps folder started has ended. */
  | { type: 'watched'; outcome: RunOutcome }
  /** The watch of the dumps folder is on; or it cannot be. */
  | { type: 'watching' }
  | { type: 'unwatchable'; message: string };

/** What the thread's shared memory holds: how many runs its watch has started, counted before each writes anything. */
export interface ServeThreadData {
  runsStarted: Int32Array;
}

/** What `serve` needs of a run: its changes and writes, for the watcher and the log, and what became of the early pages. */
export type ThreadRun = Pick<IngestRun, 'changes' | 'sealed'> & { wrote: Record<string, string>; early: EarlyOutcome };

/** Told of the runs the thread's watch of the dumps folder starts, once each has ended. */
export interface WatchListener {
  ran(run: ThreadRun): void;
  /** A run failed, or the thread stopped during one (its runs are then over too). */
  failed(message: string): void;
  /** The folder cannot be watched (it is missing, or the system's watches are used up). */
  unwatchable(message: string): void;
}

const WORKER = runtimeFile(import.meta.url, './serveThreadWorker.mjs', './serveThreadWorker.js');

const runOf = (outcome: Extract<RunOutcome, { type: 'done' }>): ThreadRun => ({ changes: outcome.changes, sealed: outcome.sealed, wrote: outcome.wrote, early: outcome.early });

class ServeThread {
  #worker: Worker | null = null;
  #served: readonly OrderedArticle[] | null = null;
  #warm: WarmRequest | null = null;
  #watch: { request: WatchRequest; listener: WatchListener } | null = null;
  #restarts = 0;
  readonly #runsStarted = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  #runsEnded = 0;
  #runsEndedWaiters: (() => void)[] = [];
  #watching: Promise<void> | null = null;
  #watchSettled: () => void = () => {};

  /**
   * Starts the thread ahead of the first run, if it is not running: it loads the ingest's and Eleventy's code, what a
   * run reads first of the archive in `contentDir`, and with `early`, the configuration the pages are rendered with.
   */
  warm(contentDir: string, early: EarlySettings | null = null): void {
    if (this.#worker !== null) return;
    this.#warm = { type: 'warm', contentDir, early };
    this.#start().postMessage(this.#warm satisfies ServeThreadRequest);
  }

  /**
   * The served site's articles as its last build listed them: the early pages are placed among them. Kept here too, so
   * that a thread started again after a failure has them. A watch that ran on some names only then checks the folder.
   */
  served(articles: readonly OrderedArticle[]): void {
    this.#served = articles;
    this.#worker?.postMessage({ type: 'served', articles } satisfies ServeThreadRequest);
  }

  /**
   * Watches `dumpsDir` on the thread (see watchDumps.ts) and ingests the archive in `contentDir` after each burst of
   * changes, rendering the new entries' pages with `early`; `listener` hears how each run ended. Called again, only the
   * listener changes (Eleventy loads its configuration again when the file changes).
   */
  watch(dumpsDir: string, contentDir: string, early: EarlySettings | null, listener: WatchListener): void {
    if (this.#watch !== null) {
      this.#watch.listener = listener;
      return;
    }
    this.#watch = { request: { type: 'watch', dumpsDir, contentDir, early }, listener };
    this.#watching = new Promise((resolve) => (this.#watchSettled = resolve));
    this.#start().postMessage(this.#watch.request satisfies ServeThreadRequest);
  }

  /**
   * Resolves once the watch asked for is on, or the listener has heard why it cannot be (at once, if none was asked
   * for): a capture written after that is seen. The thread loads its code first, which takes a second or two.
   */
  watching(): Promise<void> {
    return this.#watching ?? Promise.resolve();
  }

  /** Whether a run the watch started has not yet been told ended; true from before the run writes its first file. */
  runUnderWay(): boolean {
    return Atomics.load(this.#runsStarted, 0) > this.#runsEnded;
  }

  /** Resolves once no run the watch started is under way (at once, if none is). */
  runsEnded(): Promise<void> {
    if (!this.runUnderWay()) return Promise.resolve();
    return new Promise((resolve) => this.#runsEndedWaiters.push(resolve));
  }

  /** Stops the thread and its watch; a later call starts another. */
  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = null;
    this.#watch = null;
    this.#watchSettled();
    this.#watching = null;
    this.#warm = null;
    this.#endRuns();
    await worker?.terminate();
  }

  /** The runs started so far have ended: their end has been told, or they died with the thread. */
  #endRuns(count = Atomics.load(this.#runsStarted, 0)): void {
    this.#runsEnded = count;
    if (this.runUnderWay()) return;
    const waiters = this.#runsEndedWaiters;
    this.#runsEndedWaiters = [];
    for (const resolve of waiters) resolve();
  }

  #receive(reply: ServeThreadReply): void {
    const listener = this.#watch?.listener;
    if (reply.type === 'watching' || reply.type === 'unwatchable') {
      if (reply.type === 'unwatchable') listener?.unwatchable(reply.message);
      this.#watchSettled();
      return;
    }
    // Counted ended before it is told, so that what it is told sees no run under way unless another is.
    this.#endRuns(this.#runsEnded + 1);
    if (reply.outcome.type === 'done') listener?.ran(runOf(reply.outcome));
    else listener?.failed(reply.outcome.message);
  }

  #start(): Worker {
    if (this.#worker !== null) return this.#worker;
    const worker = new Worker(WORKER, { workerData: { runsStarted: this.#runsStarted } satisfies ServeThreadData });
    // An idle thread must not keep the server's process alive once it is asked to stop.
    worker.unref();
    if (this.#served !== null) worker.postMessage({ type: 'served', articles: this.#served } satisfies ServeThreadRequest);
    worker.on('message', (reply: ServeThreadReply) => this.#receive(reply));
    // A thread that died takes its runs with it; one that watched starts again at once, told again what to do.
    whenThreadStops(worker, "serve's thread", (error) => {
      if (this.#worker !== worker) return;
      this.#worker = null;
      const interrupted = this.runUnderWay();
      this.#endRuns();
      if (interrupted) this.#watch?.listener.failed(error.message);
      if (this.#watch !== null && this.#restarts < MOST_RESTARTS) {
        this.#restarts += 1;
        this.#restart();
      } else if (this.#watch !== null) {
        this.#watch.listener.unwatchable(`${error.message}, and was not started again: restart serve`);
        this.#watchSettled();
      }
    });
    this.#worker = worker;
    return worker;
  }

  #restart(): void {
    const worker = this.#start();
    if (this.#warm !== null) worker.postMessage(this.#warm satisfies ServeThreadRequest);
    if (this.#watch !== null) worker.postMessage(this.#watch.request satisfies ServeThreadRequest);
  }
}

/** One per process: the configuration file is loaded again when it changes, and must not start a thread each time. */
export const serveThread = new ServeThread();
