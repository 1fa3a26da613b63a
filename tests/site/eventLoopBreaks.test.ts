import { describe, expect, it } from 'vitest';
import { EventLoopBreaks } from '../../src/site/eventLoopBreaks.ts';

describe('EventLoopBreaks', () => {
  it('lets waiting I/O callbacks run once the break is due, and not before', async () => {
    const breaks = new EventLoopBreaks(30);
    const ran: string[] = [];
    setImmediate(() => ran.push('immediate'));
    await breaks.take();
    // Not due yet: only promise jobs ran, so the waiting callback did not.
    expect(ran).toEqual([]);
    const end = performance.now() + 40;
    while (performance.now() < end) {
      // Busy, as a build rendering pages is.
    }
    await breaks.take();
    expect(ran).toEqual(['immediate']);
  });

  it('counts the next break from the end of the last one', async () => {
    const breaks = new EventLoopBreaks(30);
    const end = performance.now() + 40;
    while (performance.now() < end) {
      // Busy past the first break.
    }
    await breaks.take();
    const ran: string[] = [];
    setImmediate(() => ran.push('immediate'));
    await breaks.take();
    expect(ran).toEqual([]);
  });
});
