// While serving, the main thread rebuilds the whole site after each change (a minute at 10,000 captures), and serve's
// own threads ingest a new capture and put its pages up meanwhile. On Linux a thread has a nice value of its own, so
// the rebuild can give way to them on a busy machine without slowing anything else: they were started before this.
import os from 'node:os';

/** How far the rebuilding thread steps back: well behind the threads a reader waits on, still ahead of idle work. */
const REBUILD_NICE = 10;

/**
 * Lowers the calling process's main thread's priority. Elsewhere than Linux the value belongs to the whole process,
 * serving threads included, so nothing would give way and the call is not made. Threads started later from the main
 * thread (a restarted serve thread, the exports' thread) step back with it.
 */
export function rebuildBehindServing(): void {
  if (process.platform !== 'linux') return;
  try {
    if (os.getPriority(process.pid) < REBUILD_NICE) os.setPriority(process.pid, REBUILD_NICE);
  } catch {
    // A system that refuses it serves as before.
  }
}
