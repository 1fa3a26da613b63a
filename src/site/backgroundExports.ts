// The research exports are written on a thread of their own, started as soon as a build knows its articles (their
// collection is made before any page is rendered) and awaited after the pages. On the build's thread they were five
// seconds after the last page at 10,000 captures, making every body plain text and serialising it three ways.
import { MessageChannel, Worker } from 'node:worker_threads';
import type { ExportedTag } from './exportFiles.ts';
import type { ExportedArticle } from './exportRecords.ts';
import type { ExportJob, ExportReply } from './exportThread.ts';
import { runtimeFile } from '../runtimeFiles.ts';

const WORKER = runtimeFile(import.meta.url, './exportWorker.mjs', './exportWorker.js');

/** Emitted on Eleventy's configuration by a build that failed, so no thread of it writes into a folder being removed. */
export const BUILD_FAILED = 'news-archive.buildFailed';

export interface RunningExports {
  /** Resolves once every export file is written; rejects, saying why, when they could not be. */
  written: Promise<void>;
  /** Stops the thread; whatever it had not finished is not written. */
  stop(): Promise<void>;
}

/** Articles per message to the thread. */
const BATCH = 100;

/**
 * The articles go to the thread in batches it takes one at a time, each only while it writes them: handed over at
 * once, all 10,000 lay in its memory together, about 400 MB with what V8 let pile up beside them. A batch waits as
 * compact serialised bytes until taken.
 */
export function startExports(outputDir: string, articles: readonly ExportedArticle[], tags: ExportedTag[]): RunningExports {
  const { port1, port2 } = new MessageChannel();
  // Every batch is on the port before the thread exists: the thread takes them without waiting, and one started first
  // would find the port empty whenever the handing over paused (a long garbage collection on this thread).
  for (let start = 0; start < articles.length; start += BATCH) port1.postMessage(articles.slice(start, start + BATCH));
  const job: ExportJob = { outputDir, count: articles.length, articles: port2, tags };
  const worker = new Worker(WORKER, { workerData: job, transferList: [port2] });
  let stopping = false;
  const written = new Promise<void>((resolve, reject) => {
    worker.on('message', (reply: ExportReply) => {
      if (reply.kind === 'written') resolve();
      else reject(new Error(`exports: ${reply.message}; they were not written (check that the output folder can be written, then build again)`));
    });
    worker.on('error', (error) => reject(new Error(`exports: the thread writing them failed (${error.message}); they were not written: build again, and report it if it recurs`)));
    worker.on('exit', (code) => {
      if (!stopping) reject(new Error(`exports: the thread writing them stopped (exit code ${code}) before they were written; build again`));
    });
  });
  const ended = written.finally(() => worker.terminate());
  // Awaited after the pages, or never when the build failed first: a failure must not surface as an unhandled rejection.
  ended.catch(() => undefined);
  return {
    written: ended,
    stop: async () => {
      stopping = true;
      await worker.terminate();
    },
  };
}
