// The exports' thread (see backgroundExports.ts): writes them and says when they are written or why they are not.
import { parentPort, receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import { writeExportFiles, type ExportedTag } from './exportFiles.ts';
import type { ExportedArticle } from './exportRecords.ts';

export interface ExportJob {
  outputDir: string;
  /** How many articles come through `articles`. */
  count: number;
  /** Where they come, in reading order, in batches all posted before the thread starts. */
  articles: MessagePort;
  tags: ExportedTag[];
}

export type ExportReply = { kind: 'written' } | { kind: 'failed'; message: string };

/** Takes each batch off the port only when the one before is written, so one batch at a time is in memory. */
function* received(port: MessagePort, count: number): Generator<ExportedArticle> {
  let taken = 0;
  while (taken < count) {
    const batch = receiveMessageOnPort(port)?.message as ExportedArticle[] | undefined;
    if (batch === undefined) throw new Error(`only ${taken} of the ${count} articles reached the exports' thread`);
    taken += batch.length;
    yield* batch;
  }
}

const { outputDir, count, articles, tags } = workerData as ExportJob;
try {
  await writeExportFiles(outputDir, received(articles, count), count, tags);
  parentPort!.postMessage({ kind: 'written' } satisfies ExportReply);
} catch (error) {
  parentPort!.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies ExportReply);
}
