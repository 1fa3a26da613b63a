// `serve`'s own thread: ingests the captures that changed and renders the pages of the entries written. Its main
// thread holds Eleventy's whole site (about 1.5 GB at 10,000 captures), where every young-generation collection costs
// ten times what it costs in a small heap: ingesting one new capture took 3.4-4.8 s there against about 2 s on its
// own, and rendering its page 0.75-1.1 s against 0.3-0.5 s. The thread stays, its code loaded, between runs; and while
// it runs, the server goes on answering.
import { Worker } from 'node:worker_threads';
import { runtimeFile } from '../runtimeFiles.ts';
import type { IngestRun } from '../store/ingestReport.ts';
import type { OrderedArticle } from './articleOrder.ts';
import type { EarlyPages, EarlyPagesOptions } from './earlyPages.ts';

/** Where and how the early pages are rendered; the archive they are placed among is what `served` last told. */
export type EarlySettings = Omit<EarlyPagesOptions, 'known'>;

export type ServeThreadRequest =
  | { type: 'warm'; contentDir: string; early: EarlySettings | null }
  | { type: 'ingest'; id: number; contentDir: string; early: EarlySettings | null; changed: string[] | null }
  | { type: 'served'; articles: readonly OrderedArticle[] };

/** How the early pages went: written, not wanted, or failed (the rebuild writes them all the same). */
export type EarlyOutcome = EarlyPages | { failed: string } | null;

export type ServeThreadReply =
  | { id: number; type: 'done'; changes: IngestRun['changes']; sealed: boolean; wrote: Record<string, string>; early: EarlyOutcome }
  | { id: number; type: 'failed'; message: string };

/** What `serve` needs of a run: its changes and writes, for the watcher and the log, and what became of the early pages. */
export type ThreadRun = Pick<IngestRun, 'changes' | 'sealed'> & { wrote: Record<string, string>; early: EarlyOutcome };

const WORKER = runtimeFile(import.meta.url, './serveThreadWorker.mjs', './serveThreadWorker.js');

interface Pending {
  resolve: (run: ThreadRun) => void;
  reject: (error: Error) => void;
}

class ServeThread {
  #worker: Worker | null = null;
  #pending = new Map<number, Pending>();
  #nextId = 1;
  #served: readonly OrderedArticle[] | null = null;

  /**
   * Starts the thread ahead of the first run, if it is not running: it loads the ingest's and Eleventy's code, what a
   * run reads first of the archive in `contentDir`, and with `early`, the configuration the pages are rendered with.
   */
  warm(contentDir: string, early: EarlySettings | null = null): void {
    if (this.#worker !== null) return;
    this.#start().postMessage({ type: 'warm', contentDir, early } satisfies ServeThreadRequest);
  }

  /**
   * The served site's articles as its last build listed them: the early pages are placed among them. Kept here too, so
   * that a thread started again after a failure has them.
   */
  served(articles: readonly OrderedArticle[]): void {
    this.#served = articles;
    this.#worker?.postMessage({ type: 'served', articles } satisfies ServeThreadRequest);
  }

  /**
   * Ingests the archive in `contentDir`; with `early`, the pages of the entries it writes are rendered as soon as they
   * are written, before the run's own records, and the run ends once they are on the served site. `changed`: the names
   * in the dumps folder a watch saw change, if it knows them (see ingestChanged); null checks the whole archive.
   */
  ingest(contentDir: string, early: EarlySettings | null = null, changed: Iterable<string> | null = null): Promise<ThreadRun> {
    const worker = this.#start();
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      worker.postMessage({ type: 'ingest', id, contentDir, early, changed: changed === null ? null : [...changed] } satisfies ServeThreadRequest);
    });
  }

  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = null;
    await worker?.terminate();
  }

  #start(): Worker {
    if (this.#worker !== null) return this.#worker;
    const worker = new Worker(WORKER);
    // An idle thread must not keep the server's process alive once it is asked to stop.
    worker.unref();
    if (this.#served !== null) worker.postMessage({ type: 'served', articles: this.#served } satisfies ServeThreadRequest);
    worker.on('message', (reply: ServeThreadReply) => {
      const pending = this.#pending.get(reply.id);
      if (pending === undefined) return;
      this.#pending.delete(reply.id);
      if (reply.type === 'done') pending.resolve({ changes: reply.changes, sealed: reply.sealed, wrote: reply.wrote, early: reply.early });
      else pending.reject(new Error(reply.message));
    });
    // A thread that died takes its runs with it; the next run starts another.
    const fail = (error: Error) => {
      if (this.#worker === worker) this.#worker = null;
      for (const pending of this.#pending.values()) pending.reject(error);
      this.#pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`serve's ingest thread stopped (exit code ${code})`)));
    this.#worker = worker;
    return worker;
  }
}

/** One per process: the configuration file is loaded again when it changes, and must not start a thread each time. */
export const serveThread = new ServeThread();
