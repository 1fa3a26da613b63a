// Dumps folder → entries folder. An archive whose input is exactly what the last completed run saw (ingestSeal.ts)
// is left as it is, without loading the parser or the writer: the command line tells the summary saved with the seal,
// and callers that want the report read it back. Any other archive is ingested in full (ingestRun.ts).
import { readFile } from 'node:fs/promises';
import { archivePaths, type ArchivePaths } from './archivePaths.ts';
import { ingestFingerprints } from './generatorFingerprint.ts';
import { runSettings, type Fingerprints, type IngestOptions } from './ingestOptions.ts';
import type { IngestReport, IngestRun } from './ingestReport.ts';
import { checkSeal, rescanChanged, type InputScan, type SealedSummary } from './ingestSeal.ts';

export type { IngestOptions } from './ingestOptions.ts';

/** A run that found the seal: nothing was read or written, and what the last run reported is told from the seal. */
export interface SealedRun extends SealedSummary {
  sealed: true;
  changes: [];
}

/** Ingest as the command line runs it: a sealed archive's report is not read, only its summary told. */
export async function ingestOrTell(contentDir: string, options: IngestOptions = {}): Promise<(IngestRun & { sealed: false }) | SealedRun> {
  const paths = archivePaths(contentDir);
  const fingerprints = await ingestFingerprints(paths.dataDir);
  // A forced file is regenerated whatever the seal says.
  if ((options.force ?? []).length > 0) return fullRun(paths, options, fingerprints, null);
  const check = await checkSeal(paths, runSettings(fingerprints, options));
  if (check.sealed !== null) return { ...check.sealed, sealed: true, changes: [] };
  return fullRun(paths, options, fingerprints, check.scan);
}

/**
 * Ingest after a watch on the dumps folder saw the `changed` captures (and sidecars) change: when this process sealed
 * the archive last, only they are looked at again (see rescanChanged), and the run goes ahead without the seal's
 * check; otherwise as ingestOrTell.
 */
export async function ingestChanged(contentDir: string, changed: Iterable<string>, options: IngestOptions = {}): Promise<(IngestRun & { sealed: false }) | SealedRun> {
  const paths = archivePaths(contentDir);
  const scan = (options.force ?? []).length > 0 ? null : rescanChanged(paths, changed);
  if (scan === null) return ingestOrTell(contentDir, options);
  return fullRun(paths, options, await ingestFingerprints(paths.dataDir), scan);
}

/**
 * Checks the seal without running, so that this process keeps the input it was made from when it holds: the first
 * ingestChanged then looks only at the changed captures. Serve's thread does this as it starts.
 */
export async function rememberSealedInput(contentDir: string): Promise<void> {
  const paths = archivePaths(contentDir);
  await checkSeal(paths, runSettings(await ingestFingerprints(paths.dataDir), {}));
}

/** The run that reads the archive, its code loaded only then. */
async function fullRun(paths: ArchivePaths, options: IngestOptions, fingerprints: Fingerprints, scan: InputScan | null): Promise<IngestRun & { sealed: false }> {
  const { runIngest } = await import('./ingestRun.ts');
  return runIngest(paths, options, fingerprints, scan);
}

/** Ingest with the report of the archive in every case: a sealed archive's is read back. */
export async function ingestArchive(contentDir: string, options: IngestOptions = {}): Promise<IngestRun> {
  const run = await ingestOrTell(contentDir, options);
  if (!run.sealed) return run;
  // The report's stamp is in the seal; one that cannot be read all the same is written again by a full run.
  const report = await readReport(contentDir).catch(() => null);
  if (report !== null) return { report, changes: [], parsed: [], sealed: true };
  const paths = archivePaths(contentDir);
  return fullRun(paths, options, await ingestFingerprints(paths.dataDir), null);
}

export async function readReport(contentDir: string): Promise<IngestReport | null> {
  const text = await readFile(archivePaths(contentDir).reportFile, 'utf8').catch(() => null);
  return text === null ? null : (JSON.parse(text) as IngestReport);
}
