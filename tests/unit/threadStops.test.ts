// A long-lived thread that stops is told once, with what stopped and why.
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { whenThreadStops } from '../../src/site/threadStops.ts';

/** Everything `whenThreadStops` told about a thread running `code`, once it has exited. */
async function toldAbout(code: string): Promise<string[]> {
  const worker = new Worker(code, { eval: true });
  const told: string[] = [];
  whenThreadStops(worker, 'the test thread', (error) => told.push(error.message));
  await new Promise((resolve) => worker.once('exit', resolve));
  await new Promise((resolve) => setImmediate(resolve));
  return told;
}

describe('whenThreadStops', () => {
  it('tells a thread that threw once, with its error, though it also exits', async () => {
    expect(await toldAbout("throw new Error('boom')")).toEqual(['the test thread stopped: boom']);
  });

  it('tells a thread that exited of its own accord, with its exit code', async () => {
    expect(await toldAbout('process.exit(3)')).toEqual(['the test thread stopped (exit code 3)']);
  });
});
