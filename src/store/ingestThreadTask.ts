// The ingest thread's side (see ingestThread.ts): runs each ingest it is asked for, one at a time, and says when the
// run's entries are written and when the run is over.
import { parentPort } from 'node:worker_threads';
import { ingestArchive } from './ingestArchive.ts';
import type { IngestThreadReply, IngestThreadRequest } from './ingestThread.ts';

// The code a run that reads captures loads on demand (the run itself, the parser) is loaded as the thread starts, so
// the first capture dropped in does not wait for it (about 2 s of a run's 4 s at 10,000 captures).
await Promise.all([import('./ingestRun.ts'), import('./captureTask.ts')]);

const port = parentPort!;
const reply = (message: IngestThreadReply) => port.postMessage(message);

let queue = Promise.resolve();
port.on('message', ({ id, contentDir }: IngestThreadRequest) => {
  queue = queue.then(async () => {
    try {
      const run = await ingestArchive(contentDir, { onEntriesWritten: (changes) => reply({ id, type: 'entries', changes }) });
      reply({ id, type: 'done', changes: run.changes, sealed: run.sealed });
    } catch (error) {
      reply({ id, type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  });
});
