// Pagefind's Node API starts its indexing process but never watches it: when that process dies (the kernel's
// out-of-memory killer, a crash), every request already sent to it waits forever, and so did the build. Once this module
// is imported, each Pagefind process the API starts in this thread is watched, and a death
// rejects `pagefindDied` with what happened and what to do.
import childProcess, { type ChildProcess } from 'node:child_process';
import { close } from 'pagefind';

let deathReported: (error: Error) => void = () => undefined;
let died = false;
/** Rejects once a Pagefind process ends without having been asked to; never resolves. */
export const pagefindDied: Promise<never> = new Promise<never>((_resolve, reject) => {
  deathReported = reject;
});
// Nothing may be waiting on it when a process dies; the death is still reported to whoever awaits it next.
pagefindDied.catch(() => undefined);

/** Processes running now, each with whether its end is expected (asked for by `closePagefind`). */
const running = new Map<ChildProcess, { expected: boolean }>();

function deathMessage(code: number | null, signal: NodeJS.Signals | null): string {
  if (signal === 'SIGKILL') {
    return "search index: Pagefind's indexing process was killed (SIGKILL), which on Linux almost always means the machine ran out of memory; the site was not published: free memory (close other programs, or build on a machine with more), then build again";
  }
  const how = signal === null ? `exit code ${code}` : `signal ${signal}`;
  return `search index: Pagefind's indexing process ended unexpectedly (${how}); the site was not published: build again, and report it with the messages above if it recurs`;
}

const spawn = childProcess.spawn;
// The API calls `spawn` on the module object each time it starts a process, so replacing it there (in this thread's
// own copy of the module) is how the process becomes visible: the API exposes neither the process nor its end.
childProcess.spawn = function spawnWatched(this: unknown, ...args: unknown[]): ChildProcess {
  const child = (spawn as (...a: unknown[]) => ChildProcess).apply(this, args);
  if (!String(args[0]).includes('pagefind')) return child;
  const state = { expected: false };
  running.set(child, state);
  child.on('exit', (code, signal) => {
    running.delete(child);
    if (state.expected || died) return;
    died = true;
    deathReported(new Error(deathMessage(code, signal)));
  });
  return child;
} as typeof childProcess.spawn;

/** Waits for a Pagefind response, or fails if Pagefind's process dies first. */
export function fromPagefind<T>(response: Promise<T>): Promise<T> {
  return Promise.race([response, pagefindDied]);
}

/** Ends the Pagefind process of this thread, as expected: its end is not a death. */
export async function closePagefind(): Promise<void> {
  for (const state of running.values()) state.expected = true;
  await close();
}

/** Whether a Pagefind process of this thread has died. */
export function pagefindHasDied(): boolean {
  return died;
}
