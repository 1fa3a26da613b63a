// Lets go of the bytes of pages already on disk. Eleventy keeps every page it writes until the build ends, in its
// write results and in a cache on each page's template, though nothing reads them again in a build to files: at
// 10,000 captures that is about 430 MB held for nothing. A page's bytes are let go once its file holds them, by
// detaching the memory under them; Eleventy is left holding an empty Buffer.
import { statSync } from 'node:fs';

interface Held {
  outputPath: string;
  bytes: Buffer;
}

/** The file's size; undefined while it does not exist; 'unwritable' when it cannot be looked at (its path runs through a file). */
function writtenSize(outputPath: string): number | undefined | 'unwritable' {
  try {
    return statSync(outputPath, { throwIfNoEntry: false })?.size;
  } catch {
    return 'unwritable';
  }
}

export class WrittenPages {
  #held: Held[] = [];
  #sweepScheduled = false;

  /**
   * `bytes` are about to be written to `outputPath`. They are let go at the first sweep after the file holds as many
   * bytes, which Eleventy's synchronous write does before any timer runs; a file that does not yet is looked at again
   * at the next sweep, and bytes that share their memory with other Buffers (small ones, cut from Node's common pool)
   * are never let go.
   */
  hold(outputPath: string, bytes: Buffer): void {
    if (bytes.byteOffset !== 0 || bytes.byteLength !== bytes.buffer.byteLength) return;
    this.#held.push({ outputPath, bytes });
    if (this.#sweepScheduled) return;
    this.#sweepScheduled = true;
    setImmediate(() => {
      this.#sweepScheduled = false;
      this.sweep();
    });
  }

  /** Lets go of every held page whose file is written; returns how many. */
  sweep(): number {
    const waiting: Held[] = [];
    let released = 0;
    for (const page of this.#held) {
      const size = writtenSize(page.outputPath);
      // A page whose file can never be there (a file where its folder should be) fails Eleventy's write, which says so.
      if (size === 'unwritable') continue;
      if (size === page.bytes.byteLength) {
        // Transferring an ArrayBuffer detaches it: the Buffers on it become empty and its memory goes with the copy.
        structuredClone(page.bytes.buffer, { transfer: [page.bytes.buffer] });
        released++;
      } else {
        waiting.push(page);
      }
    }
    this.#held = waiting;
    return released;
  }

  /** Pages held but not yet let go. */
  get size(): number {
    return this.#held.length;
  }
}
