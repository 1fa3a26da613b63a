// A pure function of a string, remembered: pages ask for the same slugs, dates and date lines again and again. The
// memory is emptied when it reaches `limit` entries, so a long-running `serve` cannot grow it without end.
export type Memo<T> = ((key: string) => T) & {
  /** Empties the memory: for a memory meant to last one page, emptied as the next begins. */
  forget(): void;
};

export function boundedMemo<T>(compute: (key: string) => T, limit: number): Memo<T> {
  const remembered = new Map<string, T>();
  const memo = (key: string) => {
    let value = remembered.get(key);
    if (value === undefined) {
      if (remembered.size >= limit) remembered.clear();
      value = compute(key);
      remembered.set(key, value);
    }
    return value;
  };
  return Object.assign(memo, { forget: () => remembered.clear() });
}
