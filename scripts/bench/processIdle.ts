// Waits until a process has stopped working: its CPU time, all threads together, as Linux counts it in /proc. A
// server that has just answered its first request is still settling (Eleventy's watcher reads the whole input folder
// after the first build), and a figure taken then measures that as much as the step itself.
import { readFile } from 'node:fs/promises';

/** Clock ticks per second in /proc/<pid>/stat on Linux (USER_HZ, 100 on every architecture Node runs on). */
const TICKS_PER_SECOND = 100;

/** The process's user and system time so far, in seconds; null where /proc cannot be read (not Linux, or gone). */
async function cpuSeconds(pid: number): Promise<number | null> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
  if (stat === null) return null;
  // The command name (field 2) may hold spaces and parentheses: fields are counted from after its closing one.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const [user, system] = [Number(fields[11]), Number(fields[12])];
  return Number.isFinite(user) && Number.isFinite(system) ? (user + system) / TICKS_PER_SECOND : null;
}

export interface IdleOptions {
  /** How long the process must stay below `busyShare` of one core. */
  quietMs: number;
  busyShare: number;
  sampleMs: number;
  limitMs: number;
}

export interface IdleWait {
  /** How long it took; the limit when the process never went quiet. */
  seconds: number;
  /** false: the limit came first, or the process ended; null: its CPU time cannot be read here, so the wait was the limit. */
  idle: boolean | null;
}

/** Resolves once `pid` has used less than `busyShare` of a core over `quietMs`, or when `limitMs` has passed. */
export async function waitUntilIdle(pid: number, options: IdleOptions): Promise<IdleWait> {
  const started = performance.now();
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  let previous = await cpuSeconds(pid);
  if (previous === null) {
    await pause(options.limitMs);
    return { seconds: options.limitMs / 1000, idle: null };
  }
  let quietSince = performance.now();
  while (performance.now() - started < options.limitMs) {
    const sampled = performance.now();
    await pause(options.sampleMs);
    const now = await cpuSeconds(pid);
    if (now === null) break;
    const share = (now - previous) / ((performance.now() - sampled) / 1000);
    previous = now;
    if (share > options.busyShare) quietSince = performance.now();
    else if (performance.now() - quietSince >= options.quietMs) return { seconds: (performance.now() - started) / 1000, idle: true };
  }
  return { seconds: (performance.now() - started) / 1000, idle: false };
}
