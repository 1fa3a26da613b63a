// Story ids: copies of one syndicated story from different outlets share a `story` value that stays put as copies arrive and runs repeat.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestArchive } from '../../src/store/ingestArchive.ts';
import type { IngestReport } from '../../src/store/ingestReport.ts';
import { readEntry } from '../../src/store/readEntry.ts';
import { dumpReport, makeContent, putDump, readArticle, readManifest, removeContent } from '../helpers/storeArchive.ts';
import { STORY_COPY_A, STORY_COPY_B, STORY_COPY_C, UNRELATED } from '../helpers/storyDumps.ts';

let content: string;

beforeEach(async () => {
  content = await makeContent('story-');
  await putDump(content, 'herald.txt', STORY_COPY_A);
  await putDump(content, 'newsweek.txt', STORY_COPY_B);
  await putDump(content, 'fox-prisoners.txt', UNRELATED);
});

afterEach(async () => {
  await removeContent(content);
});

function fileOf(report: IngestReport, dump: string): string {
  const entries = dumpReport(report, dump).entries;
  expect(entries, `${dump} yields one entry`).toHaveLength(1);
  return entries[0]!.file;
}

async function storyOf(file: string): Promise<string | undefined> {
  const { entry } = readEntry(await readArticle(content, file), file);
  return entry.story;
}

const STORY_ID = /^s[0-9a-f]{10}$/;

describe('ingest story ids', () => {
  it('gives two outlets\' lightly edited copies of one story the same story id, and an unrelated article none', async () => {
    const { report } = await ingestArchive(content);
    const [herald, newsweek, fox] = ['herald.txt', 'newsweek.txt', 'fox-prisoners.txt'].map((d) => fileOf(report, d));
    // Different outlets and headlines, so different entries.
    const heraldEntry = readEntry(await readArticle(content, herald!), herald!).entry;
    const newsweekEntry = readEntry(await readArticle(content, newsweek!), newsweek!).entry;
    expect(heraldEntry.source).toBe('The Korea Herald');
    expect(newsweekEntry.source).toBe('Newsweek');
    expect(heraldEntry.headline).not.toBe(newsweekEntry.headline);

    const id = await storyOf(herald!);
    expect(id).toMatch(STORY_ID);
    expect(await storyOf(newsweek!)).toBe(id);
    expect(await storyOf(fox!)).toBeUndefined();
    expect(await readArticle(content, fox!)).not.toMatch(/^story:/m);
  });

  it('adds a third copy that arrives later to the same story without changing the id or rewriting the first two', async () => {
    const first = await ingestArchive(content);
    const [herald, newsweek] = ['herald.txt', 'newsweek.txt'].map((d) => fileOf(first.report, d));
    const id = await storyOf(herald!);
    expect(id).toMatch(STORY_ID);
    const before = [await readArticle(content, herald!), await readArticle(content, newsweek!)];

    // Its name sorts first, and its entry's file name may too: the id must still be the one already given.
    await putDump(content, '0-nbc.txt', STORY_COPY_C);
    const { report, changes } = await ingestArchive(content);
    const nbc = fileOf(report, '0-nbc.txt');
    expect(await storyOf(nbc)).toBe(id);
    expect(await storyOf(herald!)).toBe(id);
    expect(await storyOf(newsweek!)).toBe(id);
    expect([await readArticle(content, herald!), await readArticle(content, newsweek!)]).toEqual(before);
    expect(changes).toEqual([{ dump: '0-nbc.txt', file: nbc, change: 'created' }]);
    expect(await storyOf(fileOf(report, 'fox-prisoners.txt'))).toBeUndefined();
  });

  it('keeps every story id across re-runs, including runs that parse every dump again', async () => {
    await putDump(content, 'nbc.txt', STORY_COPY_C);
    const first = await ingestArchive(content);
    const ids = async () => {
      const manifest = await readManifest(content);
      return Object.fromEntries(Object.values(manifest.dumps).flatMap((d) => d.entries.map((e) => [e.file, e.story])));
    };
    const expected = await ids();
    const story = expected[fileOf(first.report, 'herald.txt')];
    expect(story).toMatch(STORY_ID);
    expect(Object.values(expected).filter((s) => s === story)).toHaveLength(3);

    await ingestArchive(content);
    expect(await ids()).toEqual(expected);
    // Without the report every dump is parsed again; the ids must come out the same.
    await rm(path.join(content, '_data', 'ingestReport.json'));
    await ingestArchive(content);
    expect(await ids()).toEqual(expected);
    for (const [file, id] of Object.entries(expected)) expect(await storyOf(file)).toBe(id ?? undefined);
  });
});
