// What a caller may ask of an ingest run, and which of it changes what the run yields.
import type { IngestRun } from './ingestReport.ts';

export interface IngestOptions {
  maxBytes?: number | undefined;
  /** Reference time for relative dates, overriding sidecars. */
  capturedAt?: Date | undefined;
  /** Entry files to regenerate even when edited; the edited version is kept beside each as a backup. */
  force?: readonly string[] | undefined;
  /** Remove the entries of dumps that are gone (edited ones only when also forced). */
  prune?: boolean | undefined;
  /** Worker threads reading captures; 0 reads them in-process. By default one per core when there are many. */
  workers?: number | undefined;
  /**
   * Told the run's changes once its entries are written, and awaited before the run writes the manifest, report and
   * caches: a server puts the new entries' pages up first, without the run's records competing for the thread. A run
   * that finds the seal changes nothing and does not tell.
   */
  onEntriesWritten?: ((changes: IngestRun['changes']) => void | Promise<void>) | undefined;
}

/** The options that change what a capture yields, as the manifest records them: a --captured-at reference. */
export function optionsKey(options: IngestOptions): string {
  return options.capturedAt ? `captured-at=${options.capturedAt.toISOString()}` : '';
}

export interface Fingerprints {
  /** Of everything that shapes an entry: the parser, the entry writer and the configuration. */
  generator: string;
  /** Of all the code an ingest run executes. */
  code: string;
}

/**
 * What decides a run's outcome besides the files, for the seal: the code and configuration, and the options that
 * change what a capture yields or what is kept.
 */
export function runSettings(fingerprints: Fingerprints, options: IngestOptions): string {
  return JSON.stringify([fingerprints.generator, fingerprints.code, optionsKey(options), options.maxBytes ?? null, options.prune === true]);
}
