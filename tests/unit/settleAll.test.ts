import { describe, expect, it } from 'vitest';
import { settleAll } from '../../src/site/settleAll.ts';

const after = <T>(ms: number, outcome: () => T) => new Promise<T>((resolve) => setTimeout(resolve, ms)).then(outcome);

describe('settleAll', () => {
  it('resolves when every piece of work has, skipping the absent ones', async () => {
    await expect(settleAll([after(5, () => 1), undefined, Promise.resolve('x')])).resolves.toBeUndefined();
  });

  it('rejects with the first failure only once the other work has finished', async () => {
    let writerDone = false;
    const failure = new Error('exports: they were not written');
    const outcome = settleAll([Promise.reject(failure), after(30, () => (writerDone = true)), after(10, () => Promise.reject(new Error('later')))]);
    await expect(outcome).rejects.toBe(failure);
    expect(writerDone).toBe(true);
  });
});
