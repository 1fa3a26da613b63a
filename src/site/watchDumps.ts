// While serving, the dumps folder is watched directly as well as by Eleventy's watcher: at 10,000 captures Eleventy's
// watcher (chokidar) reported a new capture 0.85 s after it was written, since it reads a changed folder again and
// waits for the write to settle, and only then could ingest start. A change seen here starts the ingest (and the new
// pages) at once; Eleventy's watcher still starts the rebuild, whose own ingest then finds nothing left to do.
import { watch, type FSWatcher } from 'node:fs';

/** A change is acted on once the folder has been quiet this long: a capture being copied in is still being written. */
export const QUIET_MS = 150;

export interface DumpsWatch {
  close(): void;
}

/**
 * Calls `changed` after each burst of changes in `dir`, never while the last call is running (a burst meanwhile is
 * acted on when it ends), and not at all while `busy()` says so: that work is left to Eleventy's watcher. A call that
 * fails is handed to `failed`.
 */
export function watchDumps(dir: string, changed: () => Promise<void>, options: { busy: () => boolean; failed: (error: unknown) => void; quietMs?: number }): DumpsWatch {
  const { busy, failed, quietMs = QUIET_MS } = options;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  const run = () => {
    timer = undefined;
    if (busy()) return;
    if (running) {
      again = true;
      return;
    }
    running = changed()
      .catch(failed)
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          run();
        }
      });
  };
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dir, () => {
      clearTimeout(timer);
      timer = setTimeout(run, quietMs);
    });
  } catch {
    // A folder that cannot be watched this way leaves the work to Eleventy's watcher, as before.
    return { close: () => {} };
  }
  // A folder removed or unreadable while serving: Eleventy's watcher and the next ingest say what is wrong.
  watcher.on('error', () => watcher?.close());
  watcher.unref();
  return {
    close: () => {
      clearTimeout(timer);
      watcher?.close();
    },
  };
}
