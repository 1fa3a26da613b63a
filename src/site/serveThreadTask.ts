// Serve's thread's side (see serveThread.ts): runs each ingest its watch of the dumps folder starts, one at a time,
// renders the pages of the entries a run writes as soon as they are written, and says when the run is over.
import { parentPort, workerData } from 'node:worker_threads';
import { archivePaths } from '../store/archivePaths.ts';
import { ingestChanged, ingestOrTell, rememberSealedInput } from '../store/ingestArchive.ts';
import type { IngestRun } from '../store/ingestReport.ts';
import { markInReadingOrder, type OrderedArticle } from './articleOrder.ts';
import { rememberTagPages } from './relatedArticles.ts';
import type { EarlyOutcome, EarlySettings, RunOutcome, ServeThreadData, ServeThreadReply, ServeThreadRequest } from './serveThread.ts';
import { watchDumps, type ChangedNames, type DumpsWatch } from './watchDumps.ts';

// The code a run that reads captures loads on demand (the run itself, the parser), and Eleventy, are loaded as the
// thread starts, so the first capture dropped in does not wait for them (about 2 s of a run's 4 s at 10,000 captures).
const [{ preloadRun }, , { warmEarlyPages, writeEarlyPages }] = await Promise.all([
  import('../store/ingestRun.ts'),
  import('../store/captureTask.ts'),
  import('./earlyPages.ts'),
]);

const port = parentPort!;
const reply = (message: ServeThreadReply) => port.postMessage(message);
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Copied across threads, the list is no longer the one marked as sorted; it was sent in reading order. */
let known: readonly OrderedArticle[] = markInReadingOrder([]);

const { runsStarted } = workerData as ServeThreadData;
let queue = Promise.resolve();
let dumpsWatch: DumpsWatch | null = null;

/** Runs an ingest once those before it have ended; never rejects: a failure is an outcome. */
function runInTurn(contentDir: string, early: EarlySettings | null, changed: Iterable<string> | null): Promise<RunOutcome> {
  const run = queue.then(async (): Promise<RunOutcome> => {
    let pages: Promise<EarlyOutcome> = Promise.resolve(null);
    try {
      const options = {
        onEntriesWritten: async (changes: IngestRun['changes']) => {
          if (early === null) return;
          pages = writeEarlyPages({ changes }, { ...early, known }).catch((error: unknown) => ({ failed: messageOf(error) }));
          await pages;
        },
      };
      const run = changed === null ? await ingestOrTell(contentDir, options) : await ingestChanged(contentDir, changed, options);
      return { type: 'done', changes: run.changes, sealed: run.sealed, wrote: run.sealed ? {} : run.wrote ?? {}, early: await pages };
    } catch (error) {
      await pages;
      return { type: 'failed', message: messageOf(error) };
    }
  });
  queue = run.then(() => {});
  return run;
}

port.on('message', (request: ServeThreadRequest) => {
  switch (request.type) {
    case 'served': {
      known = markInReadingOrder([...request.articles]);
      const served = known;
      // Between builds the thread is idle: a capture dropped in meanwhile waits at most this long.
      setImmediate(() => rememberTagPages(served));
      dumpsWatch?.resume();
      return;
    }
    case 'warm': {
      const { contentDir, early } = request;
      // What fails here fails the first run or its early pages too, which say so.
      queue = queue
        .then(() => preloadRun(archivePaths(contentDir)))
        .then(() => rememberSealedInput(contentDir))
        .then(() => (early === null ? undefined : warmEarlyPages(early)))
        .catch(() => {});
      return;
    }
    case 'watch': {
      if (dumpsWatch !== null) return;
      const { dumpsDir, contentDir, early } = request;
      const watched = (outcome: RunOutcome) => reply({ type: 'watched', outcome });
      const changed = (names: ChangedNames) => {
        // Counted before the run writes anything: the main thread holds its watcher's events for entry files from now.
        Atomics.add(runsStarted, 0, 1);
        return runInTurn(contentDir, early, names).then(watched);
      };
      try {
        dumpsWatch = watchDumps(dumpsDir, changed, { failed: (error) => watched({ type: 'failed', message: messageOf(error) }) });
        reply({ type: 'watching' });
      } catch (error) {
        reply({ type: 'unwatchable', message: messageOf(error) });
      }
      return;
    }
  }
});
