// Dumps folder → entries folder. An archive whose input is exactly what the last completed run saw (ingestSeal.ts)
// is left as it is, and its report read back, without loading the parser or the writer; any other runs in full
// (ingestRun.ts).
import { readFile } from 'node:fs/promises';
import { archivePaths } from './archivePaths.ts';
import { ingestFingerprints } from './generatorFingerprint.ts';
import { runSettings, type IngestOptions } from './ingestOptions.ts';
import type { IngestReport, IngestRun } from './ingestReport.ts';
import { isSealed } from './ingestSeal.ts';

export type { IngestOptions } from './ingestOptions.ts';

export async function ingestArchive(contentDir: string, options: IngestOptions = {}): Promise<IngestRun> {
  const paths = archivePaths(contentDir);
  const fingerprints = await ingestFingerprints(paths.dataDir);
  // A forced file is regenerated whatever the seal says.
  if ((options.force ?? []).length === 0 && (await isSealed(paths, runSettings(fingerprints, options)))) {
    // A report that cannot be read is written again by a full run.
    const report = await readReport(contentDir).catch(() => null);
    if (report !== null) return { report, changes: [], parsed: [], sealed: true };
  }
  const { runIngest } = await import('./ingestRun.ts');
  return runIngest(paths, options, fingerprints);
}

export async function readReport(contentDir: string): Promise<IngestReport | null> {
  const text = await readFile(archivePaths(contentDir).reportFile, 'utf8').catch(() => null);
  return text === null ? null : (JSON.parse(text) as IngestReport);
}
