// Lets a fixed number of pages render at once. Eleventy starts rendering every page of the site together and each
// advances a step at a time in turn, so at 10,000 pages thousands of finished pages wait at once between their layout
// and their writing, each holding its whole text: measured, about 390 MB of a 1.2 GB heap. Pages that wait for a turn
// before their layout hold nothing yet.
export class RenderGate {
  #free: number;
  readonly #waiting: (() => void)[] = [];
  /** The pages holding a turn: a page enters once however many of its templates ask. */
  readonly #holders = new WeakSet<object>();

  constructor(turns: number) {
    if (!Number.isInteger(turns) || turns < 1) throw new RangeError(`a render gate needs at least one turn, not ${turns}`);
    this.#free = turns;
  }

  /** Resolves when `page` may render. */
  async enter(page: object): Promise<void> {
    if (this.#holders.has(page)) return;
    if (this.#free > 0) {
      this.#free--;
    } else {
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    }
    this.#holders.add(page);
  }

  /** `page` is rendered: its turn goes to the longest waiting page. A page that never entered changes nothing. */
  leave(page: object): void {
    if (!this.#holders.delete(page)) return;
    const next = this.#waiting.shift();
    if (next === undefined) this.#free++;
    else next();
  }
}
