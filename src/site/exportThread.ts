// The exports' thread (see backgroundExports.ts): writes them and says when they are written or why they are not.
import { parentPort, workerData } from 'node:worker_threads';
import { writeExportFiles, type ExportedTag } from './exportFiles.ts';
import type { ExportedArticle } from './exportRecords.ts';

export interface ExportJob {
  outputDir: string;
  articles: ExportedArticle[];
  tags: ExportedTag[];
}

export type ExportReply = { kind: 'written' } | { kind: 'failed'; message: string };

const { outputDir, articles, tags } = workerData as ExportJob;
try {
  await writeExportFiles(outputDir, articles, tags);
  parentPort!.postMessage({ kind: 'written' } satisfies ExportReply);
} catch (error) {
  parentPort!.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies ExportReply);
}
