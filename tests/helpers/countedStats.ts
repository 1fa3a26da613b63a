// node:fs with lstatSync and statSync counting the files they are asked about, for tests that check how often a run
// looks at each file. A test mocks node:fs with `countedFs` and reads the counts from `looked`.

/** How often each file was looked at with lstat or stat since the test last cleared it. */
export const looked = new Map<string, number>();

type Fs = typeof import('node:fs');

export async function countedFs(importOriginal: () => Promise<Fs>): Promise<Fs & { default: Fs }> {
  const actual = await importOriginal();
  const counted = <F extends (...args: never[]) => unknown>(fn: F) =>
    ((file: string, ...rest: unknown[]) => {
      looked.set(String(file), (looked.get(String(file)) ?? 0) + 1);
      return (fn as unknown as (...args: unknown[]) => unknown)(file, ...rest);
    }) as unknown as F;
  const lstatSync = counted(actual.lstatSync);
  const statSync = counted(actual.statSync);
  return { ...actual, lstatSync, statSync, default: { ...actual, lstatSync, statSync } };
}
