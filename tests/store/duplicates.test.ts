// Duplicate captures: the same page saved under another name, with CRLF line endings or a BOM, yields no second entry and is reported.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestArchive } from '../../src/store/ingestArchive.ts';
import { changedPaths, dumpReport, listArticles, makeContent, putDump, readManifest, removeContent, SEED_NAMES, seedText, snapshotTree } from '../helpers/storeArchive.ts';

/** Sample 003: one Fox News article. */
const ORIGINAL = 'fox-capture.txt';
let content: string;
let text: string;
let entries: string[];

beforeEach(async () => {
  content = await makeContent('dup-');
  text = await seedText(SEED_NAMES[3]);
  await putDump(content, ORIGINAL, text);
  const { report } = await ingestArchive(content);
  entries = dumpReport(report, ORIGINAL).entries.map((e) => e.file);
  expect(entries).toHaveLength(1);
});

afterEach(async () => {
  await removeContent(content);
});

const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);
const withBom = (s: string) => new Uint8Array([...BOM, ...new TextEncoder().encode(s)]);

/** Copies that arrive after the original; names sort before it, so "first by name" would be the wrong owner. */
const COPIES: [string, (s: string) => string | Uint8Array][] = [
  ['a-same-bytes.txt', (s) => s],
  ['b-crlf.txt', (s) => s.replace(/\n/g, '\r\n')],
  ['c-bom.txt', (s) => withBom(s)],
  ['d-bom-crlf.txt', (s) => withBom(s.replace(/\n/g, '\r\n'))],
];

describe('ingest of duplicate captures', () => {
  for (const [name, variant] of COPIES) {
    it(`creates no second entry for ${name} and reports it as a duplicate naming ${ORIGINAL}`, async () => {
      const before = await snapshotTree(path.join(content, 'articles'));
      await putDump(content, name, variant(text));
      const { report, changes } = await ingestArchive(content);
      expect(changes).toEqual([]);
      expect(await listArticles(content)).toEqual(entries);
      expect(changedPaths(before, await snapshotTree(path.join(content, 'articles')))).toEqual([]);
      const copy = dumpReport(report, name);
      expect(copy.status).toBe('duplicate');
      expect(copy.entries).toEqual([]);
      expect(copy.error).toContain(ORIGINAL);
      expect(dumpReport(report, ORIGINAL)).toMatchObject({ status: 'ingested', entries: [expect.objectContaining({ file: entries[0], state: 'generated' })] });
      expect((await readManifest(content)).dumps[name]).toMatchObject({ duplicateOf: ORIGINAL, entries: [] });
    });
  }

  it('creates one set of entries when the original and its copies arrive in the same first run', async () => {
    const fresh = await makeContent('dup-fresh-');
    try {
      await putDump(fresh, 'capture.txt', text);
      await putDump(fresh, 'capture-crlf.txt', text.replace(/\n/g, '\r\n'));
      await putDump(fresh, 'capture-saved-again.txt', text);
      await putDump(fresh, 'capture-with-bom.txt', withBom(text));
      const { report } = await ingestArchive(fresh);
      expect(await listArticles(fresh)).toEqual(entries);
      const ingested = report.dumps.filter((d) => d.status === 'ingested').map((d) => d.dump);
      expect(ingested).toHaveLength(1);
      for (const d of report.dumps.filter((x) => x.dump !== ingested[0])) {
        expect(d).toMatchObject({ status: 'duplicate', entries: [], error: expect.stringContaining(ingested[0]!) });
      }
    } finally {
      await removeContent(fresh);
    }
  });

  it('lets a copy take over the entries when the original dump is removed, instead of writing a second entry', async () => {
    await putDump(content, 'b-crlf.txt', text.replace(/\n/g, '\r\n'));
    await ingestArchive(content);
    await rm(path.join(content, 'dumps', ORIGINAL));
    const { report } = await ingestArchive(content);
    // The same article, captured once, must not appear twice in the archive.
    expect(await listArticles(content)).toEqual(entries);
    expect([...new Set(report.dumps.flatMap((d) => d.entries.map((e) => e.file)))]).toEqual(entries);
    const owned = Object.values((await readManifest(content)).dumps).flatMap((d) => d.entries.map((e) => e.file));
    expect(owned).toEqual(entries);
  });
});
