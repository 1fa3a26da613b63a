// serve's two long-lived threads (serveThread.ts, threadServer.ts) both start again when they stop, told again what
// they were doing; here is what they share of that.
import type { Worker } from 'node:worker_threads';

/** A thread that stops this many times is not started again: something in it fails at once, every time. */
export const MOST_RESTARTS = 3;

/**
 * Calls `stopped` once when `worker` ends, with an error saying `what` stopped and why: the error it threw, or its exit
 * code (a thread that threw also exits, and is told once).
 */
export function whenThreadStops(worker: Worker, what: string, stopped: (error: Error) => void): void {
  let told = false;
  const tell = (error: Error) => {
    if (told) return;
    told = true;
    stopped(error);
  };
  worker.on('error', (thrown) => tell(new Error(`${what} stopped: ${thrown.message}`)));
  worker.on('exit', (code) => tell(new Error(`${what} stopped (exit code ${code})`)));
}
