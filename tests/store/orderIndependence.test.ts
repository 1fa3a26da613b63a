// Order independence of ingest: the same dumps, written into two fresh folders in different orders, give byte-identical archives.
import { utimes } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ingestArchive } from '../../src/store/ingestArchive.ts';
import { fileText, folderBytes, generatedDump, listArticles, makeContent, putDump, readManifest, removeContent, SEED_NAMES, seedText } from '../helpers/storeArchive.ts';
import { STORY_COPY_A, STORY_COPY_B, STORY_COPY_C, UNRELATED } from '../helpers/storyDumps.ts';

const made: string[] = [];

afterEach(async () => {
  await Promise.all(made.splice(0).map((d) => removeContent(d)));
});

/** Name → bytes of every dump: seeds, generated captures, a story in three copies, two headline collisions and two duplicates. */
async function dumpSet(): Promise<[string, string | Uint8Array][]> {
  const dumps: [string, string | Uint8Array][] = [];
  for (const s of SEED_NAMES) dumps.push([s, await seedText(s)]);
  for (let i = 0; i < 8; i += 1) dumps.push([`gen-${i}.txt`, generatedDump(i)]);
  // Same headline as gen-0 and gen-1 with another body: two slugs collide and must be told apart the same way in both folders.
  const headlineOf = (text: string) => text.split('\n')[4]!;
  dumps.push(['collide-a.txt', generatedDump(20).replace(headlineOf(generatedDump(20)), headlineOf(generatedDump(0)))]);
  dumps.push(['collide-b.txt', generatedDump(21).replace(headlineOf(generatedDump(21)), headlineOf(generatedDump(1)))]);
  dumps.push(['story-herald.txt', STORY_COPY_A], ['story-newsweek.txt', STORY_COPY_B], ['story-nbc.txt', STORY_COPY_C], ['unrelated.txt', UNRELATED]);
  // The same capture saved twice: which one keeps the entries must not depend on which was copied first.
  dumps.push(['seed-again.txt', await seedText(SEED_NAMES[1])], ['a-seed-crlf.txt', (await seedText(SEED_NAMES[4])).replace(/\n/g, '\r\n')]);
  return dumps;
}

async function archiveFrom(dumps: [string, string | Uint8Array][], stamp: (i: number) => number): Promise<string> {
  const dir = await makeContent('order-');
  made.push(dir);
  for (const [i, [name, data]] of dumps.entries()) {
    await putDump(dir, name, data);
    const t = stamp(i);
    await utimes(path.join(dir, 'dumps', name), t, t);
  }
  await ingestArchive(dir);
  return dir;
}

describe('ingest order independence', () => {
  it('gives byte-identical articles folders, manifests and reports whatever order the dumps were copied in', async () => {
    const dumps = await dumpSet();
    const base = Date.UTC(2024, 10, 1) / 1000;
    const forward = await archiveFrom(dumps, (i) => base + i * 60);
    // Reversed creation order and reversed modification times.
    const reversed = await archiveFrom([...dumps].reverse(), (i) => base - i * 3600);
    // Interleaved: odd positions first, then even ones.
    const shuffled = await archiveFrom([...dumps.filter((_, i) => i % 2 === 1), ...dumps.filter((_, i) => i % 2 === 0)], (i) => base + ((i * 7919) % 97) * 60);

    const expected = await folderBytes(path.join(forward, 'articles'));
    // Enough entries, collisions resolved to distinct files, and story ids in play, or the comparison proves little.
    expect(Object.keys(expected).length).toBeGreaterThanOrEqual(20);
    expect(Object.values(expected).filter((b) => Buffer.from(b, 'base64').toString('utf8').includes('\nstory: ')).length).toBeGreaterThanOrEqual(3);
    const manifest = await readManifest(forward);
    expect(Object.keys(manifest.dumps)).toHaveLength(dumps.length);
    expect(manifest.dumps['seed-again.txt']!.duplicateOf).toBe(SEED_NAMES[1]);
    expect(manifest.dumps['a-seed-crlf.txt']!.duplicateOf).toBe(SEED_NAMES[4]);
    for (const [a, b] of [['collide-a.txt', 'gen-0.txt'], ['collide-b.txt', 'gen-1.txt']] as const) {
      const [short, long] = [manifest.dumps[a]!.entries[0]!.file, manifest.dumps[b]!.entries[0]!.file].sort((x, y) => x.length - y.length);
      expect(long).toMatch(new RegExp(`^${short!.replace(/\.md$/, '')}-[0-9a-f]{6}\.md$`));
    }

    for (const other of [reversed, shuffled]) {
      expect(await listArticles(other)).toEqual(Object.keys(expected));
      expect(await folderBytes(path.join(other, 'articles'))).toEqual(expected);
      for (const file of ['ingest-manifest.json', '_data/ingestReport.json']) {
        expect(await fileText(path.join(other, file)), file).toBe(await fileText(path.join(forward, file)));
      }
    }
  });
});
