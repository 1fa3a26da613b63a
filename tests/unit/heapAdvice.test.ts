// The warning a large archive gets before a build that may outgrow Node's heap.
import { describe, expect, it } from 'vitest';
import { heapAdvice } from '../../src/site/heapAdvice.ts';

const GB = 1e9;

describe('heapAdvice', () => {
  it('says nothing while the estimate fits the heap with room to spare', () => {
    expect(heapAdvice(8, 4.3 * GB, 'build')).toBeNull();
    expect(heapAdvice(44_000, 4.3 * GB, 'build')).toBeNull();
  });

  it('names the entry count, the estimate, the limit and the setting that lifts it', () => {
    const advice = heapAdvice(100_000, 4.3 * GB, 'build')!;
    expect(advice).toContain('100,000 entries');
    expect(advice).toContain('about 5.0 GB');
    expect(advice).toContain('limited to 4.3 GB');
    const suggested = Number(/--max-old-space-size=(\d+)/.exec(advice)![1]);
    expect(suggested % 1024).toBe(0);
    expect(suggested * 1024 * 1024).toBeGreaterThan(5.0 * GB);
  });

  it('warns a little before the estimate reaches the limit', () => {
    expect(heapAdvice(75_000, 4.3 * GB, 'build')).not.toBeNull();
  });

  it('warns sooner for serve, which keeps every page it renders as text', () => {
    expect(heapAdvice(25_000, 4.3 * GB, 'build')).toBeNull();
    expect(heapAdvice(25_000, 4.3 * GB, 'serve')).toMatch(/^25,000 entries: serving them takes about 4\.0 GB/);
  });
});
