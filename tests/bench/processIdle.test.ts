import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { waitUntilIdle } from '../../scripts/bench/processIdle.ts';

const children: ChildProcess[] = [];
const node = (code: string) => {
  const child = spawn(process.execPath, ['-e', code], { stdio: 'ignore' });
  children.push(child);
  return child;
};
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

describe('waitUntilIdle', () => {
  it('returns once a process has done nothing for the quiet time', async () => {
    const sleeper = node('setTimeout(() => {}, 60_000)');
    const wait = await waitUntilIdle(sleeper.pid!, { quietMs: 600, busyShare: 0.05, sampleMs: 100, limitMs: 10_000 });
    expect(wait.idle).toBe(true);
    expect(wait.seconds).toBeGreaterThanOrEqual(0.6);
    expect(wait.seconds).toBeLessThan(5);
  });

  it('gives up at the limit on a process that keeps a core busy', async () => {
    const spinner = node('for (;;) {}');
    const wait = await waitUntilIdle(spinner.pid!, { quietMs: 600, busyShare: 0.05, sampleMs: 100, limitMs: 1_500 });
    expect(wait.idle).toBe(false);
    expect(wait.seconds).toBeGreaterThanOrEqual(1.5);
  });

  it('waits again from the start when the process works in between', async () => {
    // Busy for its first second, idle after: the quiet time counts from the end of the work.
    const worker = node('const end = Date.now() + 1000; while (Date.now() < end) {} setTimeout(() => {}, 60_000)');
    const wait = await waitUntilIdle(worker.pid!, { quietMs: 600, busyShare: 0.05, sampleMs: 100, limitMs: 10_000 });
    expect(wait.idle).toBe(true);
    expect(wait.seconds).toBeGreaterThanOrEqual(1.4);
  });
});
