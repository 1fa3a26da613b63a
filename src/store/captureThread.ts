// A worker thread of capturePool.ts: reads each batch of captures it is sent, in the order sent, and answers with the
// readings serialised, or with why they could not be read.
import { serialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { archiveConfig, contentTask, readCaptureTask } from './captureTask.ts';
import { writeTask } from './entryWrites.ts';
import type { PoolAnswer, PoolRequest } from './capturePool.ts';

const port = parentPort!;
// Loaded while the first batch is on its way; a configuration that cannot be loaded fails the batches, saying why.
archiveConfig((workerData as { dataDir: string }).dataDir).catch(() => undefined);

/**
 * The readings go back as one serialised buffer, moved to the main thread rather than copied into its objects on
 * arrival. A reading is a few thousand small objects, and those waiting their turn there survived its young-generation
 * collections: 3.7 s of them in a cold ingest of 10,000 captures, 2.7 s since. They become objects when ingest takes
 * them (ReadingQueue).
 */
port.on('message', async ({ id, task }: PoolRequest) => {
  try {
    const readings = serialize('contents' in task ? contentTask(task) : 'writes' in task ? writeTask(task) : await readCaptureTask(task));
    port.postMessage({ id, readings } satisfies PoolAnswer, [readings.buffer]);
  } catch (error) {
    port.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies PoolAnswer);
  }
});
