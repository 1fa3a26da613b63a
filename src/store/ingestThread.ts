// Ingest on a thread of its own, for `serve`. Its main thread holds Eleventy's whole site (about 1.5 GB at 10,000
// captures), where every young-generation collection costs ten times what it costs in a small heap: ingesting one
// new capture took 3.4-4.8 s there against about 2 s on its own. The thread stays, its code loaded, between runs; and
// while it runs, the server goes on answering.
import { Worker } from 'node:worker_threads';
import { runtimeFile } from '../runtimeFiles.ts';
import type { IngestRun } from './ingestReport.ts';

export interface IngestThreadRequest {
  id: number;
  contentDir: string;
}

export type IngestThreadReply =
  | { id: number; type: 'entries'; changes: IngestRun['changes'] }
  | { id: number; type: 'done'; changes: IngestRun['changes']; sealed: boolean }
  | { id: number; type: 'failed'; message: string };

/** What `serve` needs of a run: its changes, for the watcher, the early pages and the log. */
export type ThreadRun = Pick<IngestRun, 'changes' | 'sealed'>;

const WORKER = runtimeFile(import.meta.url, './ingestThreadWorker.mjs', './ingestThreadWorker.js');

interface Pending {
  onEntriesWritten: (changes: IngestRun['changes']) => void;
  resolve: (run: ThreadRun) => void;
  reject: (error: Error) => void;
}

class IngestThread {
  #worker: Worker | null = null;
  #pending = new Map<number, Pending>();
  #nextId = 1;

  /** Starts the thread (loading the ingest's code) ahead of the first run, if it is not running. */
  warm(): void {
    this.#start();
  }

  /** Ingests the archive in `contentDir`; `onEntriesWritten` is told the changes as soon as the entries are written. */
  ingest(contentDir: string, onEntriesWritten: (changes: IngestRun['changes']) => void = () => {}): Promise<ThreadRun> {
    const worker = this.#start();
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { onEntriesWritten, resolve, reject });
      worker.postMessage({ id, contentDir } satisfies IngestThreadRequest);
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
    worker.on('message', (reply: IngestThreadReply) => {
      const pending = this.#pending.get(reply.id);
      if (pending === undefined) return;
      if (reply.type === 'entries') return pending.onEntriesWritten(reply.changes);
      this.#pending.delete(reply.id);
      if (reply.type === 'done') pending.resolve({ changes: reply.changes, sealed: reply.sealed });
      else pending.reject(new Error(reply.message));
    });
    // A thread that died takes its runs with it; the next run starts another.
    const fail = (error: Error) => {
      if (this.#worker === worker) this.#worker = null;
      for (const pending of this.#pending.values()) pending.reject(error);
      this.#pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the ingest thread stopped (exit code ${code})`)));
    this.#worker = worker;
    return worker;
  }
}

/** One per process: the configuration file is loaded again when it changes, and must not start a thread each time. */
export const ingestThread = new IngestThread();
