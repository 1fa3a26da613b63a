// What a run read or wrote of a file, kept in memory for the next run in the same process under the stamp the file
// had: serve's thread ingests again each time a capture is dropped in, and reading, parsing and checking the manifest,
// report and stat cache of 10,000 captures again took it 0.4-0.9 s. A file whose stamp has changed since (edited,
// restored, written by another process) is read from disk as before.

/** One archive's file per memory: a process serves one archive; tests that run many keep only the last. */
export class FileMemory<T> {
  #file: string | null = null;
  #stamp: string | null = null;
  #value: T | undefined;

  /**
   * The value kept for `file` if the file still has the stamp it was kept with. It is handed over, not shared: the
   * memory forgets it, so a run that changes it and then fails leaves nothing half-changed behind.
   */
  take(file: string, stamp: string | null | undefined): T | undefined {
    const value = this.#file === file && stamp != null && this.#stamp === stamp ? this.#value : undefined;
    this.forget();
    return value;
  }

  /** Keeps `value` as the content of `file` while the file has `stamp` (the stamp taken once it was written or read). */
  keep(file: string, stamp: string | null | undefined, value: T): void {
    if (stamp == null) return this.forget();
    this.#file = file;
    this.#stamp = stamp;
    this.#value = value;
  }

  forget(): void {
    this.#file = null;
    this.#stamp = null;
    this.#value = undefined;
  }
}
