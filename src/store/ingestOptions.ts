// What a caller may ask of an ingest run, and which of it changes what the run yields.

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
}

/** The options that change what a capture yields, as the manifest records them: a --captured-at reference. */
export function optionsKey(options: IngestOptions): string {
  return options.capturedAt ? `captured-at=${options.capturedAt.toISOString()}` : '';
}

/**
 * What decides a run's outcome besides the files, for the seal: the parser and its configuration (`generator`), and
 * the options that change what a capture yields or what is kept.
 */
export function runSettings(generator: string, options: IngestOptions): string {
  return JSON.stringify([generator, optionsKey(options), options.maxBytes ?? null, options.prune === true]);
}
