// Ingest's stat cache: a file is known unchanged by its stamp only when the stamp is older than the cache by a clock
// tick; any change of size, time or inode means reading it again; a damaged cache is ignored; and hand edits and
// changed captures are still found when the cache is in use, whatever their size.
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ingestArchive } from '../../src/store/ingestArchive.ts';
import { SEAL_NAME } from '../../src/store/archivePaths.ts';
import { STAT_CACHE_NAME, StatCache } from '../../src/store/statCache.ts';
import {
  dumpReport, dumpText, makeContent, pastClockTick, putDump, readArticle, removeContent, sha256,
} from '../helpers/storeArchive.ts';

let dir: string | undefined;
afterEach(async () => {
  await removeContent(dir);
  dir = undefined;
});

async function stampedFile(text: string): Promise<{ file: string; cacheFile: string }> {
  dir = await makeContent('stat-cache-');
  const file = path.join(dir, 'a.txt');
  await writeFile(file, text);
  return { file, cacheFile: path.join(dir, STAT_CACHE_NAME) };
}

/** A file "a" whose stamp a cache remembered and saved, a tick later (`settled`) or at once. */
async function savedStamp(settled: boolean): Promise<{ file: string; cacheFile: string }> {
  const stamped = await stampedFile('first');
  const cache = StatCache.empty();
  cache.remember('a', StatCache.statOf(stamped.file)!, sha256('first'));
  if (settled) await pastClockTick();
  cache.save(stamped.cacheFile);
  return stamped;
}

const knownAfterLoad = async (file: string, cacheFile: string) => (await StatCache.load(cacheFile)).known('a', StatCache.statOf(file)!);

describe('StatCache', () => {
  it('knows a file by its stamp once the stamp is older than the saved cache by a tick', async () => {
    const { file, cacheFile } = await savedStamp(true);
    expect(await knownAfterLoad(file, cacheFile)).toBe(sha256('first'));
  });

  it('does not trust a stamp taken within a tick of saving: the file could change again without its times changing', async () => {
    const { file, cacheFile } = await savedStamp(false);
    expect(await knownAfterLoad(file, cacheFile)).toBeUndefined();
  });

  it('forgets a file changed since, even to the same size', async () => {
    const { file, cacheFile } = await savedStamp(true);
    await writeFile(file, 'fir5t');
    expect(await knownAfterLoad(file, cacheFile)).toBeUndefined();
  });

  it('ignores a damaged or foreign cache file instead of failing', async () => {
    const { file, cacheFile } = await stampedFile('first');
    // Version 1 kept nanoseconds: its stamps are never this version's, and it is read as no cache.
    for (const text of ['{not json', '{"version": 99, "savedAt": 1, "files": {}}', '[]', '{"version": 1, "savedAt": "1", "files": {}}']) {
      await writeFile(cacheFile, text);
      expect(await knownAfterLoad(file, cacheFile)).toBeUndefined();
    }
  });

  it('is written again only when the run learnt something', async () => {
    const { file, cacheFile } = await savedStamp(true);
    const written = (await stat(cacheFile)).mtimeMs;
    const again = await StatCache.load(cacheFile);
    again.known('a', StatCache.statOf(file)!);
    again.save(cacheFile);
    expect((await stat(cacheFile)).mtimeMs).toBe(written);
  });
});

describe('ingest with the stat cache', () => {
  const capture = (word: string) =>
    dumpText({
      headline: 'North Korean troops reach the front in Kursk region',
      byline: 'Jane Doe',
      paragraphs: [
        `North Korean soldiers have engaged Ukrainian forces in the Kursk region for the first time, officials said on ${word}.`,
        'The troops, numbering several thousand, were moved to the front line after weeks of training in the east of Russia.',
        'Pyongyang has not confirmed the deployment, and Moscow has declined to comment on the reports from Ukrainian officials.',
      ],
    });

  /** Two runs a tick apart: after them every file ingest knows is trusted from its stamp. */
  async function cachedArchive(): Promise<{ content: string; file: string }> {
    dir = await makeContent('stat-cache-ingest-');
    await putDump(dir, 'a.txt', capture('Monday'));
    const first = await ingestArchive(dir, { workers: 0 });
    await pastClockTick();
    await ingestArchive(dir, { workers: 0 });
    await pastClockTick();
    return { content: dir, file: dumpReport(first.report, 'a.txt').entries[0]!.file };
  }

  it('still finds an entry edited by hand to the very same size, and keeps the edit', async () => {
    const { content, file } = await cachedArchive();
    const original = await readArticle(content, file);
    const edited = original.replace('Pyongyang', 'Pyongyanq');
    expect(edited.length).toBe(original.length);
    await writeFile(path.join(content, 'articles', file), edited);
    const run = await ingestArchive(content, { workers: 0 });
    expect(dumpReport(run.report, 'a.txt').entries[0]!.state).toBe('edited');
    expect(await readArticle(content, file)).toBe(edited);
  });

  it('reads a capture changed to the very same size again and updates its entry', async () => {
    const { content, file } = await cachedArchive();
    const changed = capture('Friday');
    expect(changed.length).toBe(capture('Monday').length);
    await putDump(content, 'a.txt', changed);
    const run = await ingestArchive(content, { workers: 0 });
    expect(run.changes.map((c) => c.change)).toEqual(['updated']);
    expect(await readArticle(content, file)).toContain('officials said on Friday');
  });

  it('works the same with the cache deleted or damaged', async () => {
    const { content, file } = await cachedArchive();
    const entry = await readArticle(content, file);
    for (const damage of [() => rm(path.join(content, STAT_CACHE_NAME)), () => writeFile(path.join(content, STAT_CACHE_NAME), '{"version":1,')]) {
      await damage();
      // Without the seal, which would vouch for the archive without the cache.
      await rm(path.join(content, SEAL_NAME));
      const run = await ingestArchive(content, { workers: 0 });
      expect(run.changes).toEqual([]);
      expect(await readArticle(content, file)).toBe(entry);
    }
    expect(JSON.parse(await readFile(path.join(content, STAT_CACHE_NAME), 'utf8')).version).toBe(2);
  });
});
