// While serving, a build shares the main thread with Eleventy's watcher and the replies of serve's threads (the server
// and the dumps folder's watcher were here too, and have threads of their own now). Eleventy renders page after page
// through promises that settle without waiting on anything else (it writes files synchronously), so none of those got
// a turn until the build ended: at 10,000 captures a capture dropped in during a rebuild was served after 53 s. A break
// now and then lets them in.

/** Gives the event loop a turn when `everyMs` have passed since the last one. */
export class EventLoopBreaks {
  #last = performance.now();

  constructor(private readonly everyMs: number) {}

  /** Resolves at once, or after a turn of the event loop (its timers and I/O) when one is due. */
  async take(): Promise<void> {
    if (performance.now() - this.#last < this.everyMs) return;
    await new Promise((resolve) => setImmediate(resolve));
    this.#last = performance.now();
  }
}
