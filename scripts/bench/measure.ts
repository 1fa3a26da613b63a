// Runs one measured step as a child process: its wall time, its own peak memory, and Pagefind's when it started Pagefind.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const GNU_TIME = '/usr/bin/time';
const PEAK_HOOK = path.join(import.meta.dirname, 'peakHook.mjs');
/** Pagefind's service can outlive the Node process that started it by a moment (it is unref'd); its report follows. */
const PAGEFIND_REPORT_WAIT_MS = 10_000;

export const hasGnuTime = existsSync(GNU_TIME);

export interface ProcessPeak {
  /** Peak resident set size in MB (10^6 bytes). */
  peakMB: number;
  seconds: number;
}

export interface StepRun {
  /** Wall time from spawning the child to its exit, start-up included, as a user waits for it. */
  seconds: number;
  /** Peak RSS (MB) of the step's own Node process (process.resourceUsage().maxRSS at exit); null if it did not report. */
  selfPeakMB: number | null;
  /** Peak RSS (MB) by /usr/bin/time -v: of the process or of any child it waited for, whichever peaked higher. */
  treePeakMB: number | null;
  /** Each Pagefind process the step started, measured by /usr/bin/time around it; null when that is not possible. */
  pagefind: ProcessPeak[] | null;
  stdout: string;
  stderr: string;
}

export interface StepOptions {
  name: string;
  /** Arguments to node: a script and its arguments, optionally preceded by node flags. */
  nodeArgs: string[];
  cwd: string;
  logDir: string;
  env?: Record<string, string>;
  /**
   * The bench stops this step itself with SIGTERM (`serve`): it is not run under /usr/bin/time, which would be the one
   * killed, and its exit status 143 is expected.
   */
  stoppedByBench?: boolean;
}

/** Both /usr/bin/time and maxRSS count kibibytes. */
const kibToMB = (kib: number) => (kib * 1024) / 1e6;

/** "Maximum resident set size (kbytes): 123" and "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.03" from time -v. */
function parseGnuTime(report: string): ProcessPeak | null {
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
  const elapsed = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(report);
  if (!rss) return null;
  const seconds = elapsed ? Number(elapsed[1] ?? 0) * 3600 + Number(elapsed[2]) * 60 + Number(elapsed[3]) : Number.NaN;
  return { peakMB: kibToMB(Number(rss[1])), seconds };
}

/**
 * A stand-in for Pagefind's binary (its npm package takes the path from PAGEFIND_EXTENDED_BINARY_PATH) that runs the
 * real one under /usr/bin/time -v. The Node API stops its service by closing its input and then sending SIGTERM, which
 * would kill `time` before it reports: the wrapper ignores SIGTERM (and so does Pagefind under it), and Pagefind ends
 * on the closed input as it always does.
 */
export async function writePagefindWrapper(dir: string): Promise<string | null> {
  if (!hasGnuTime) return null;
  // Resolved from Pagefind's own package, as its resolver does (it exports only an ES module entry).
  const binary = createRequire(fileURLToPath(import.meta.resolve('pagefind'))).resolve(`@pagefind/${process.platform}-${process.arch}/bin/pagefind_extended`);
  const wrapper = path.join(dir, 'pagefind-under-time.sh');
  await writeFile(wrapper, `#!/bin/sh\ntrap '' TERM\nexec ${GNU_TIME} -v -o "$BENCH_PAGEFIND_DIR/pagefind-$$.txt" '${binary}' "$@"\n`);
  await chmod(wrapper, 0o755);
  return wrapper;
}

async function pagefindReports(dir: string): Promise<ProcessPeak[]> {
  const deadline = Date.now() + PAGEFIND_REPORT_WAIT_MS;
  for (;;) {
    const files = (await readdir(dir)).filter((f) => f.endsWith('.txt'));
    const parsed = await Promise.all(files.map(async (f) => parseGnuTime(await readFile(path.join(dir, f), 'utf8'))));
    if (parsed.every((p) => p !== null) || Date.now() > deadline) return parsed.filter((p): p is ProcessPeak => p !== null);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface StartedStep {
  child: ChildProcess;
  /** What the child has printed on standard output so far. */
  output(): string;
  /** Resolves when the child has exited, with what was measured. */
  done: Promise<StepRun>;
}

/** Starts a step, under /usr/bin/time -v when that exists. */
export async function startStep(options: StepOptions): Promise<StartedStep> {
  const underTime = hasGnuTime && !options.stoppedByBench;
  const dir = path.join(options.logDir, options.name);
  const pagefindDir = path.join(dir, 'pagefind');
  // A step measured again (after running out of memory) starts from nothing the failed attempt left.
  await rm(dir, { recursive: true, force: true });
  await mkdir(pagefindDir, { recursive: true });
  const peakFile = path.join(dir, 'self-peak.txt');
  const timeFile = path.join(dir, 'time-v.txt');
  const node = [process.execPath, '--import', PEAK_HOOK, ...options.nodeArgs];
  const [command, ...args] = underTime ? [GNU_TIME, '-v', '-o', timeFile, ...node] : node;
  const started = performance.now();
  const child = spawn(command!, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env, BENCH_PEAK_FILE: peakFile, BENCH_PAGEFIND_DIR: pagefindDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<StepRun>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      const seconds = (performance.now() - started) / 1000;
      void (async () => {
        await writeFile(path.join(dir, 'stdout.txt'), stdout);
        await writeFile(path.join(dir, 'stderr.txt'), stderr);
        if (code !== 0 && !(options.stoppedByBench && (code === 143 || signal === 'SIGTERM'))) {
          throw new Error(`${options.name} exited with ${signal ?? `status ${code}`}; its output is in ${dir}\n${stderr.slice(-2000)}`);
        }
        const self = await readFile(peakFile, 'utf8').catch(() => null);
        const tree = existsSync(timeFile) ? parseGnuTime(await readFile(timeFile, 'utf8')) : null;
        const pagefind = options.env?.PAGEFIND_EXTENDED_BINARY_PATH ? await pagefindReports(pagefindDir) : null;
        return { seconds, selfPeakMB: self === null ? null : kibToMB(Number(self)), treePeakMB: tree?.peakMB ?? null, pagefind, stdout, stderr };
      })().then(resolve, reject);
    });
  });
  return { child, output: () => stdout, done };
}

export async function runStep(options: StepOptions): Promise<StepRun> {
  return (await startStep(options)).done;
}
