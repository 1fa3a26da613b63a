// The Pagefind full-text index of the article pages, written into the built site's `pagefind/` folder (in parts, for
// an archive too large for one Pagefind process: see searchIndexParts.ts). It is built beside the site rather than
// after it: each article is sent to the indexer as Eleventy reads its entry, and once every entry has been read the
// index is written by Pagefind's own process while Eleventy renders the pages.
import { MessageChannel, Worker } from 'node:worker_threads';
import path from 'node:path';
import type { Entry } from '../store/entrySchema.ts';
import type { IndexedArticle, IndexerMessage, IndexerOptions, IndexerReply } from './searchIndexer.ts';
import { runtimeFile } from '../runtimeFiles.ts';
import { SearchIndexError } from './entryError.ts';

/** The bundle's folder in the output; the search page loads Pagefind's scripts from here. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

const WORKER = runtimeFile(import.meta.url, './searchWorker.mjs', './searchWorker.js');

/**
 * The indexer's heap limit. Its live data is the records in flight to Pagefind (the articles wait outside its heap);
 * without a limit V8 sized the heap for the whole build and kept about 350 MB of garbage until the end at 10,000
 * captures.
 */
const INDEXER_HEAP_MB = 256;
/**
 * Articles per part of the index (see searchIndexParts.ts): about 4 GB of Pagefind's memory for articles of average
 * length, and an archive of 10,000 captures is indexed in one part.
 */
const PART_ARTICLES = 20_000;

export interface SearchIndexOptions {
  /** The indexer's heap limit. */
  heapMb?: number;
  /** Articles per part of the index. */
  partArticles?: number;
}

export interface SearchIndexBuild {
  /**
   * An article page of this build: its address, entry and Markdown body. Throws the index's failure once there is
   * one, so a build still reading entries stops then rather than after rendering every page.
   */
  add(url: string, entry: Entry, body: string): void;
  /** Every article has been added: the index may be written now, while the rest of the build goes on. */
  allAdded(): void;
  /** Waits until the index holds every article added and is written; rejects when Pagefind failed. */
  finish(): Promise<void>;
  /** Stops indexing (the build failed): Pagefind's process ends and nothing more is written. */
  abort(): Promise<void>;
}

function indexerFailure(error: Error, heapMb: number): Error {
  // Building again would fail the same way: only the archive's content can change the outcome.
  if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new SearchIndexError(
      `search index: the indexer ran out of its ${heapMb} MB of memory, which only an article of tens of millions of characters needs; the site was not published: shorten or split the longest entry in content/articles/, then build again`,
    );
  }
  return new SearchIndexError(`search index: the indexer failed (${error.message}); the site was not published: build again, and report it if it recurs`);
}

/** Records are in the site's language (site.json's `language`), as its pages' `<html lang>` states. */
export function startSearchIndex(outputDir: string, language: string, options: SearchIndexOptions = {}): SearchIndexBuild {
  const heapMb = options.heapMb ?? INDEXER_HEAP_MB;
  const partArticles = options.partArticles ?? PART_ARTICLES;
  if (!Number.isInteger(partArticles) || partArticles < 1) throw new RangeError(`search index: articles per part must be a whole number from 1, not ${partArticles}`);
  const { port1: articles, port2 } = new MessageChannel();
  const indexer: IndexerOptions = {
    outputPath: path.resolve(outputDir, SEARCH_BUNDLE_DIR),
    language,
    articles: port2,
    partArticles,
  };
  const worker = new Worker(WORKER, { workerData: indexer, transferList: [port2], resourceLimits: { maxOldGenerationSizeMb: heapMb } });
  const send = (message: IndexerMessage) => worker.postMessage(message);
  let failure: Error | null = null;
  let exited = false;
  let stopped = () => {};
  const finished = new Promise<void>((resolve, reject) => {
    worker.on('message', (reply: IndexerReply) => {
      if (reply.kind === 'failed') reject((failure ??= new SearchIndexError(reply.message)));
      else if (reply.kind === 'finished') resolve();
      else stopped();
    });
    worker.on('error', (error) => reject((failure ??= indexerFailure(error, heapMb))));
    worker.on('exit', (code) => {
      exited = true;
      stopped();
      reject((failure ??= new SearchIndexError(`search index: the indexer stopped (exit code ${code}) before writing the index; the site was not published: build again, and report it if it recurs`)));
    });
  });
  // A failure is reported by finish(); until then it must not surface as an unhandled rejection.
  finished.catch(() => undefined);
  return {
    add: (url, entry, body) => {
      if (failure !== null) throw failure;
      articles.postMessage({ url, entry, body } satisfies IndexedArticle);
      send({ kind: 'added' });
    },
    allAdded: () => send({ kind: 'write' }),
    finish: async () => {
      send({ kind: 'finish' });
      try {
        await finished;
      } finally {
        await worker.terminate();
        articles.close();
      }
    },
    // Pagefind is asked to end, and waited for, before the staging folder goes: a write of its own still under way
    // would otherwise land in a folder already removed (a later build would find it half there).
    abort: async () => {
      if (!exited) {
        const done = new Promise<void>((resolve) => (stopped = resolve));
        send({ kind: 'stop' });
        await done;
        await worker.terminate();
      }
      articles.close();
    },
  };
}
