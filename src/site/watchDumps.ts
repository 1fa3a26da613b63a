// While serving, the dumps folder is watched here and not by Eleventy's watcher (chokidar): at 10,000 captures chokidar
// reported a new capture 0.85 s after it was written, since it reads a changed folder again and waits for the write to
// settle, and its work on the folder took the second core from the ingest. A change seen here starts the ingest (and
// the new pages) at once; the ingest names the entry files it wrote to Eleventy's watcher, which starts the rebuild.
// It runs on serve's thread (serveThread.ts): on the main thread, a rebuild kept it from seeing anything for half a
// minute at a time.
import { watch, type FSWatcher } from 'node:fs';

/** A change is acted on once the folder has been quiet this long: a capture being copied in is still being written. */
export const QUIET_MS = 150;

export interface DumpsWatch {
  /** Checks the whole folder if a call told only some names since the last check (call it when a build ends). */
  resume(): void;
  close(): void;
}

/**
 * What `changed` is told: the names in the folder that changed since its last call, or null when the watch cannot say
 * (the system gave no name) or the whole folder is to be checked.
 */
export type ChangedNames = ReadonlySet<string> | null;

/**
 * Calls `changed` after each burst of changes in `dir`, never while the last call is running (a burst meanwhile is
 * acted on when it ends). A build under way does not hold it back: the capture's page goes up on its own (see
 * earlyPages.ts) while the build goes on. Held until the build ended, it waited for the whole rebuild (a capture
 * dropped in during one was served after 53 s at 10,000 captures; about 2 s now, see serveThread.ts). A call told only
 * some names is followed, at the next `resume()` after it, by one told null: a run that looked at the named files alone
 * is checked by one that looks at everything. A call that fails is handed to `failed`. Throws when the folder cannot be
 * watched (it is missing, or the system's watches are used up).
 */
export function watchDumps(dir: string, changed: (names: ChangedNames) => Promise<void>, options: { failed: (error: unknown) => void; quietMs?: number }): DumpsWatch {
  const { failed, quietMs = QUIET_MS } = options;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  /** Names seen since the last call began; null once one came without a name, or when everything is to be checked. */
  let names: Set<string> | null = new Set();
  let checkAll = false;
  const run = () => {
    timer = undefined;
    if (running) {
      again = true;
      return;
    }
    const told = names;
    names = new Set();
    checkAll = told !== null;
    running = changed(told)
      .catch(failed)
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          run();
        }
      });
  };
  const watcher: FSWatcher = watch(dir, (_event, name) => {
    if (name === null) names = null;
    else names?.add(name);
    clearTimeout(timer);
    timer = setTimeout(run, quietMs);
  });
  // A folder removed or unreadable while serving: the next ingest says what is wrong.
  watcher.on('error', () => watcher.close());
  watcher.unref();
  return {
    resume: () => {
      if (timer !== undefined || !checkAll || running) return;
      names = null;
      run();
    },
    close: () => {
      clearTimeout(timer);
      watcher.close();
    },
  };
}
