// Entries ingest has decided to write, written on a capture reader's thread (or in-process) and stamped as the seal
// stamps them: the deciding (never over an edit, never where a person deleted one) stays with ingest.
import { seenFile, type Seen } from './ingestSeal.ts';
import { writeFileAtomic } from './writeFileAtomic.ts';

/** Entries to write, each atomically (see writeFileAtomic.ts). */
export interface WriteTask {
  writes: readonly { file: string; text: string }[];
}

/** How a write went: the file as written, or why it failed (with the system's code, as a failed write throws it). */
export type WriteOutcome = { seen: Seen } | { error: string; code: string | undefined };

export function writeTask({ writes }: WriteTask): WriteOutcome[] {
  return writes.map(({ file, text }) => {
    try {
      writeFileAtomic(file, text);
      return { seen: seenFile(file) };
    } catch (error) {
      return { error: (error as Error).message, code: (error as NodeJS.ErrnoException).code };
    }
  });
}

/** Entries sent to be written a task at a time: per entry, the messages would cost more than the write. */
export const WRITE_BATCH = 32;

/**
 * Writes the entries ingest has decided on a batch at a time, through the capture readers: on their threads when there
 * are any. A cold ingest of 10,000 captures writes 14,792 entries after the last capture is read, and the main thread
 * alone took 1–3.5 s over them while the workers had nothing to do.
 */
export class EntryWriter {
  #pending: { file: string; text: string; done: (outcome: WriteOutcome) => void; failed: (error: Error) => void }[] = [];
  #scheduled = false;

  /** `send` writes a batch where it is to be written: a capture reader's `write`. */
  constructor(private readonly send: (writes: WriteTask['writes']) => Promise<WriteOutcome[]>) {}

  /** The entry as written; throws as writing it in place would, naming the file. */
  async write(file: string, text: string): Promise<Seen> {
    const outcome = await new Promise<WriteOutcome>((done, failed) => {
      this.#pending.push({ file, text, done, failed });
      if (this.#pending.length >= WRITE_BATCH) this.#flush();
      else if (!this.#scheduled) {
        this.#scheduled = true;
        setImmediate(() => this.#flush());
      }
    });
    if ('seen' in outcome) return outcome.seen;
    throw Object.assign(new Error(`${file}: ${outcome.error}`), { code: outcome.code });
  }

  #flush(): void {
    this.#scheduled = false;
    const batch = this.#pending.splice(0);
    if (batch.length === 0) return;
    this.send(batch.map(({ file, text }) => ({ file, text }))).then(
      (outcomes) => batch.forEach((b, i) => b.done(outcomes[i]!)),
      (error: Error) => batch.forEach((b) => b.failed(error)),
    );
  }
}
