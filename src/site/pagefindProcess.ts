// Pagefind's Node API starts its indexing process but never watches it: when that process dies (the kernel's
// out-of-memory killer, a crash), every request already sent to it waits forever, and so did the build. Once this
// module is imported, each Pagefind process the API starts in this thread is watched, and a death rejects
// `pagefindDied` and every request waiting on Pagefind with what happened and what to do.
import childProcess, { type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { close } from 'pagefind';
import { PAGEFIND_MEMORY_SETTINGS } from './pagefindMemory.ts';

let deathReported: (error: Error) => void = () => undefined;
let died = false;
/** The requests waiting on Pagefind now, each failed at once if its process dies. */
const waiting = new Set<(error: Error) => void>();
/** Rejects once a Pagefind process ends without having been asked to; never resolves. */
export const pagefindDied: Promise<never> = new Promise<never>((_resolve, reject) => {
  deathReported = reject;
});
// Nothing may be waiting on it when a process dies; the death is still reported to whoever awaits it next.
pagefindDied.catch(() => undefined);

/** Processes running now, each with whether its end is expected (asked for by `closePagefind`) and its end. */
const running = new Map<ChildProcess, { expected: boolean; ended: Promise<void> }>();
/** How long a process asked to end may take before it is killed. */
const END_WAIT_MS = 5_000;
/** The binaries the API starts (`pagefind_extended` where available), not any program whose path names Pagefind. */
const PAGEFIND_BINARY = /^pagefind(_extended)?(\.exe)?$/;

function deathMessage(code: number | null, signal: NodeJS.Signals | null): string {
  if (signal === 'SIGKILL') {
    return "search index: Pagefind's indexing process was killed (SIGKILL), which on Linux almost always means the machine ran out of memory; the site was not published: free memory (close other programs, or build on a machine with more), then build again";
  }
  const how = signal === null ? `exit code ${code}` : `signal ${signal}`;
  return `search index: Pagefind's indexing process ended unexpectedly (${how}); the site was not published: build again, and report it with the messages above if it recurs`;
}

// Set in this thread's own copy of the environment (a worker thread's is its own), which every Pagefind process it
// starts inherits, through a wrapper named by PAGEFIND_EXTENDED_BINARY_PATH too. A value set by whoever runs the build,
// even an empty one (jemalloc's defaults), is theirs to keep.
process.env[PAGEFIND_MEMORY_SETTINGS.name] ??= PAGEFIND_MEMORY_SETTINGS.value;

const spawn = childProcess.spawn;
// The API calls `spawn` on the module object each time it starts a process, so replacing it there (in this thread's
// own copy of the module) is how the process becomes visible: the API exposes neither the process nor its end.
childProcess.spawn = function spawnWatched(this: unknown, ...args: unknown[]): ChildProcess {
  const child = (spawn as (...a: unknown[]) => ChildProcess).apply(this, args);
  if (!PAGEFIND_BINARY.test(path.basename(String(args[0])))) return child;
  let ended = () => {};
  const state = { expected: false, ended: new Promise<void>((resolve) => (ended = resolve)) };
  running.set(child, state);
  child.on('exit', (code, signal) => {
    running.delete(child);
    ended();
    if (state.expected || died) return;
    died = true;
    const death = new Error(deathMessage(code, signal));
    deathReported(death);
    for (const fail of waiting) fail(death);
    waiting.clear();
  });
  return child;
} as typeof childProcess.spawn;

/** Why Pagefind's API gave up on its process, as it first said: see the console below. */
let serviceStop: string | null = null;
const consoleError = console.error;
// The API logs "Service stopped" with a stack trace for each request it could not send once the process is gone: a
// death mid-build printed hundreds. The first reason is kept for the failure's message, which says it once.
console.error = (...args: unknown[]) => {
  if (args[0] !== 'Service stopped') return consoleError(...args);
  serviceStop ??= args[1] instanceof Error ? args[1].message : String(args[1]);
};

/** The reason Pagefind's API gave for giving up on its process, or null if it has not. */
export function pagefindStopReason(): string | null {
  return serviceStop;
}

/**
 * Waits for a Pagefind response, or fails if Pagefind's process dies first. Not a race with `pagefindDied`: that
 * never settles, and would keep every response raced against it (one per article) until the thread ends.
 */
export function fromPagefind<T>(response: Promise<T>): Promise<T> {
  if (died) return pagefindDied;
  return new Promise<T>((resolve, reject) => {
    waiting.add(reject);
    response.then(resolve, reject).finally(() => waiting.delete(reject));
  });
}

/**
 * Ends the Pagefind process of this thread, as expected (its end is not a death), and waits until it has ended, so
 * the next part's process never runs beside it.
 */
export async function closePagefind(): Promise<void> {
  const ending = [...running];
  for (const [, state] of ending) state.expected = true;
  await close();
  await Promise.all(
    ending.map(async ([child, state]) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), END_WAIT_MS);
      await state.ended;
      clearTimeout(timer);
    }),
  );
}

/** Whether a Pagefind process of this thread has died. */
export function pagefindHasDied(): boolean {
  return died;
}
