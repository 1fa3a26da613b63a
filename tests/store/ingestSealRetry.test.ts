// The seal is not put on over a capture that could not be read for a reason of the moment (an I/O error): the next
// run must try it again. The file system is made to fail one capture's or sidecar's read, as a failing disk would.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SEAL_NAME } from '../../src/store/archivePaths.ts';
import { ingestArchive } from '../../src/store/ingestArchive.ts';
import {
  dumpReport, fileText, generatedDump, makeContent, pastClockTick, putDump, removeContent,
} from '../helpers/storeArchive.ts';

const failing = vi.hoisted(() => ({ name: null as string | null }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const readFile = ((file: Parameters<typeof actual.readFile>[0], ...rest: unknown[]) => {
    if (failing.name !== null && String(file).endsWith(failing.name)) {
      return Promise.reject(Object.assign(new Error(`EIO: i/o error, read '${String(file)}'`), { code: 'EIO' }));
    }
    return (actual.readFile as (...args: unknown[]) => Promise<unknown>)(file, ...rest);
  }) as typeof actual.readFile;
  return { ...actual, readFile, default: { ...actual, readFile } };
});

// Captures are read synchronously (see loadBytes), sidecars through the promises API: both fail alike.
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((file: Parameters<typeof actual.readFileSync>[0], ...rest: unknown[]) => {
    if (failing.name !== null && String(file).endsWith(failing.name)) {
      throw Object.assign(new Error(`EIO: i/o error, read '${String(file)}'`), { code: 'EIO' });
    }
    return (actual.readFileSync as (...args: unknown[]) => unknown)(file, ...rest);
  }) as typeof actual.readFileSync;
  return { ...actual, readFileSync, default: { ...actual, readFileSync } };
});

let content: string | undefined;
afterEach(async () => {
  failing.name = null;
  await removeContent(content);
});

describe('the ingest seal and failures of the moment', () => {
  it('is not put on over a capture or sidecar that failed with an I/O error, and the next run reads it again', async () => {
    content = await makeContent('seal-retry-');
    await putDump(content, 'a.txt', generatedDump(0));
    await putDump(content, 'b.txt', generatedDump(1));
    await writeFile(path.join(content, 'dumps', 'b.json'), JSON.stringify({ url: 'https://example.com/b' }));
    await pastClockTick();
    for (const [name, check] of [
      ['a.txt', (run: Awaited<ReturnType<typeof ingestArchive>>) => expect(dumpReport(run.report, 'a.txt')).toMatchObject({ status: 'failed', error: expect.stringContaining('EIO') })],
      ['b.json', (run: Awaited<ReturnType<typeof ingestArchive>>) => expect(dumpReport(run.report, 'b.txt').warnings.join(' ')).toContain('EIO')],
    ] as const) {
      // A capture added, so that this run reads the archive rather than stopping at the last run's seal.
      await putDump(content, `added-before-${name}.txt`, generatedDump(name.length + 5));
      failing.name = path.join('dumps', name);
      await pastClockTick();
      const run = await ingestArchive(content, { workers: 0 });
      expect(run.sealed).toBe(false);
      check(run);
      expect(await fileText(path.join(content, SEAL_NAME))).toBeNull();
      failing.name = null;
      // The run before wrote entries just now: too fresh to seal over until a tick has passed.
      await pastClockTick();
      const again = await ingestArchive(content, { workers: 0 });
      expect(again.sealed).toBe(false);
      expect(again.parsed).toContain(name.replace('.json', '.txt'));
    }
    expect(await fileText(path.join(content, SEAL_NAME))).not.toBeNull();
  });
});
