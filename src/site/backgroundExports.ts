// The research exports are written on a thread of their own, started as soon as a build knows its articles (their
// collection is made before any page is rendered) and awaited after the pages. On the build's thread they were five
// seconds after the last page at 10,000 captures, making every body plain text and serialising it three ways.
import path from 'node:path';
import { MessageChannel, Worker } from 'node:worker_threads';
import { removeTemporaryFiles } from '../store/entryFiles.ts';
import { ARCHIVE_EXPORTS, type ExportedTag } from './exportFiles.ts';
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
 * The thread's heap limit, in proportion to the articles. What it keeps is small (each article's listing lines for the
 * tag exports, about 3 KB), but V8 lets a heap grow to several times what it keeps before collecting, and this thread
 * runs while the build's memory peaks: uncapped, it reached 270 MB at 14,800 articles, over a 40 MB listing.
 */
const HEAP_BASE_MB = 64;
const HEAP_PER_ARTICLE_KB = 8;

export function exportHeapLimitMb(articles: number): number {
  return HEAP_BASE_MB + Math.ceil((articles * HEAP_PER_ARTICLE_KB) / 1024);
}

/** The thread ran out of the heap it was given (not of the machine's memory). */
function outOfHeap(error: unknown): boolean {
  return ((error as Error).cause as { code?: unknown } | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
}

/**
 * The articles go to the thread in batches it takes one at a time, each only while it writes them: handed over at
 * once, all 10,000 lay in its memory together, about 400 MB with what V8 let pile up beside them. A batch waits as
 * compact serialised bytes until taken. Should the exports need more than the heap limit, they are written again by a
 * thread without one: the limit keeps the build's peak down, it never costs the exports.
 */
export function startExports(outputDir: string, articles: readonly ExportedArticle[], tags: ExportedTag[], heapLimitMb = exportHeapLimitMb(articles.length)): RunningExports {
  let stopping = false;
  let worker: Worker | undefined;
  const run = (limitMb: number | undefined) => {
    const { port1, port2 } = new MessageChannel();
    // Every batch is on the port before the thread exists: the thread takes them without waiting, and one started first
    // would find the port empty whenever the handing over paused (a long garbage collection on this thread).
    for (let start = 0; start < articles.length; start += BATCH) port1.postMessage(articles.slice(start, start + BATCH));
    const job: ExportJob = { outputDir, count: articles.length, articles: port2, tags };
    const thread = new Worker(WORKER, { workerData: job, transferList: [port2], ...(limitMb === undefined ? {} : { resourceLimits: { maxOldGenerationSizeMb: limitMb } }) });
    worker = thread;
    const written = new Promise<void>((resolve, reject) => {
      thread.on('message', (reply: ExportReply) => {
        if (reply.kind === 'written') resolve();
        else reject(new Error(`exports: ${reply.message}; they were not written (check that the output folder can be written, then build again)`));
      });
      thread.on('error', (error) =>
        reject(new Error(`exports: the thread writing them failed (${error.message}); they were not written: build again, and report it if it recurs`, { cause: error })),
      );
      thread.on('exit', (code) => {
        if (!stopping) reject(new Error(`exports: the thread writing them stopped (exit code ${code}) before they were written; build again`));
      });
    });
    return written.finally(() => thread.terminate());
  };
  const ended = run(heapLimitMb).catch(async (error: unknown) => {
    if (stopping || !outOfHeap(error)) throw error;
    console.warn(`exports: their thread needed more than its ${heapLimitMb} MB heap; writing them again without a limit (the build's memory peaks higher)`);
    // The partial files the stopped thread left beside the archive exports (see ChunkedFile).
    await removeTemporaryFiles(path.join(outputDir, path.dirname(ARCHIVE_EXPORTS.csv)));
    return run(undefined);
  });
  // Awaited after the pages, or never when the build failed first: a failure must not surface as an unhandled rejection.
  ended.catch(() => undefined);
  return {
    written: ended,
    stop: async () => {
      stopping = true;
      await worker?.terminate();
    },
  };
}
