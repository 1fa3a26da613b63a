// The capture pool's bookkeeping, with stand-in workers that speak its protocol: every batch answered once and with its
// own readings, a worker lost mid-batch failing that batch only, and a worker that cannot start failing every batch
// rather than being started again and again.
import { afterEach, describe, expect, it } from 'vitest';
import { CapturePool } from '../../src/store/capturePool.ts';
import type { CaptureRequest } from '../../src/store/captureTask.ts';

/**
 * A stand-in worker: answers each batch with the first byte of each request. A first byte of 255 ends the thread while
 * it reads the batch; 254 answers that the batch could not be read. `startup` runs as the thread starts.
 */
function standIn(startup = ''): URL {
  const code = `
    import { parentPort } from 'node:worker_threads';
    ${startup}
    parentPort.on('message', ({ id, task }) => {
      const firsts = task.requests.map((r) => r.bytes[0]);
      if (firsts.includes(255)) process.exit(3);
      if (firsts.includes(254)) parentPort.postMessage({ id, error: 'unreadable batch' });
      else parentPort.postMessage({ id, readings: Uint8Array.from(firsts) });
    });`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

const request = (first: number): CaptureRequest => ({ bytes: Uint8Array.of(first), sidecar: undefined, capturedAt: undefined });
const batch = (...firsts: number[]) => ({ dataDir: '/nowhere', requests: firsts.map(request) });

const pools: CapturePool[] = [];
function pool(entry: URL, threads = 2): CapturePool {
  const made = new CapturePool(entry, threads, { dataDir: '/nowhere' });
  pools.push(made);
  return made;
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

describe('CapturePool', () => {
  it('answers every batch with its own readings, more batches than workers can hold at once', async () => {
    const p = pool(standIn());
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => p.run(batch(i, i + 100))));
    expect(answers.map((a) => [...a])).toEqual(Array.from({ length: 20 }, (_, i) => [i, i + 100]));
  });

  it('fails a batch its worker could not read, and goes on with the rest', async () => {
    const p = pool(standIn());
    const runs = [p.run(batch(1)), p.run(batch(254)), p.run(batch(3))];
    await expect(runs[1]).rejects.toThrow('unreadable batch');
    expect([...(await runs[0]!)]).toEqual([1]);
    expect([...(await runs[2]!)]).toEqual([3]);
  });

  it('fails only the batch a lost worker was reading; the batches behind it are read by a new worker', async () => {
    const p = pool(standIn(), 1);
    // Answered first, so the worker is known to have started; then lost while it holds two batches.
    expect([...(await p.run(batch(7)))]).toEqual([7]);
    const lost = p.run(batch(255));
    const waiting = p.run(batch(8));
    const later = p.run(batch(9));
    await expect(lost).rejects.toThrow('exit code 3');
    expect([...(await waiting)]).toEqual([8]);
    expect([...(await later)]).toEqual([9]);
  });

  it('fails every batch, saying why, when its workers cannot start', async () => {
    // One worker: two batches in its hands, one queued, and one asked for once it is gone.
    const p = pool(standIn("throw new Error('the parser cannot be loaded');"), 1);
    const runs = [p.run(batch(1)), p.run(batch(2)), p.run(batch(3))];
    for (const run of runs) await expect(run).rejects.toThrow('the parser cannot be loaded');
    await expect(p.run(batch(4))).rejects.toThrow('the parser cannot be loaded');
  });

  it('fails the batches not yet answered when closed, and takes no more', async () => {
    const p = pool(standIn("await new Promise((resolve) => setTimeout(resolve, 60_000));"), 1);
    const pending = expect(p.run(batch(1))).rejects.toThrow('the capture readers were closed');
    await p.close();
    await pending;
    await expect(p.run(batch(2))).rejects.toThrow('the capture readers were closed');
  });
});
