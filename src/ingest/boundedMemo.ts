// A pure function of a string, remembered: pages ask for the same slugs, dates and date lines again and again. The
// memory is emptied when it reaches `limit` entries, so a long-running `serve` cannot grow it without end.
export function boundedMemo<T>(compute: (key: string) => T, limit: number): (key: string) => T {
  const remembered = new Map<string, T>();
  return (key) => {
    let value = remembered.get(key);
    if (value === undefined) {
      if (remembered.size >= limit) remembered.clear();
      value = compute(key);
      remembered.set(key, value);
    }
    return value;
  };
}
