// Idempotence of ingest: a run over unchanged input changes no file (bytes and mtimes) and reports no changes.
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestArchive } from '../../src/store/ingestArchive.ts';
import {
  changedPaths, dumpReport, generatedDump, listArticles, makeContent, putDump, readArticle, readStoredReport, removeContent,
  SEED_NAMES, seedText, snapshotTree,
} from '../helpers/storeArchive.ts';
import { STORY_COPY_A, STORY_COPY_B, UNRELATED } from '../helpers/storyDumps.ts';

/** Long enough that a rewrite shows in the modification time even on coarse file systems. */
const pause = () => new Promise((resolve) => setTimeout(resolve, 30));

let content: string;

/** An archive with every kind of dump the report carries over: articles, a story pair, off-topic, no article, failed, duplicate. */
async function fillArchive(dir: string): Promise<void> {
  for (const s of SEED_NAMES) await putDump(dir, s, await seedText(s));
  for (let i = 0; i < 4; i += 1) await putDump(dir, `gen-${i}.txt`, generatedDump(i));
  await putDump(dir, 'herald-copy.txt', STORY_COPY_A);
  await putDump(dir, 'yonhap-copy.txt', STORY_COPY_B);
  await putDump(dir, 'menus.txt', 'Home\nWorld\nPolitics\nMost Popular\n6\nAdvertisement\n');
  await putDump(dir, 'empty.txt', '');
  await putDump(dir, 'zz-second-save.txt', await seedText(SEED_NAMES[3]));
}

beforeEach(async () => {
  content = await makeContent('idem-');
  await fillArchive(content);
});

afterEach(async () => {
  await removeContent(content);
});

describe('ingest idempotence', () => {
  it('a second run over unchanged dumps changes no file under the content folder and reports no changes', async () => {
    const first = await ingestArchive(content);
    // The archive is not trivial: entries, a story, failures and a duplicate are all in play.
    expect((await listArticles(content)).length).toBeGreaterThanOrEqual(14);
    expect(dumpReport(first.report, 'empty.txt').status).toBe('failed');
    expect(dumpReport(first.report, 'menus.txt').status).toBe('no-article');
    expect(dumpReport(first.report, 'zz-second-save.txt').status).toBe('duplicate');
    const before = await snapshotTree(content);
    await pause();

    const second = await ingestArchive(content);
    expect(second.changes).toEqual([]);
    expect(second.report).toEqual(first.report);
    expect(second.report.dumps.flatMap((d) => d.entries).filter((e) => e.state !== 'generated')).toEqual([]);
    expect(changedPaths(before, await snapshotTree(content))).toEqual([]);

    await pause();
    const third = await ingestArchive(content);
    expect(third.changes).toEqual([]);
    expect(changedPaths(before, await snapshotTree(content))).toEqual([]);
  });

  it('a re-run after the report file was deleted changes no entry and no manifest byte, and writes the same report again', async () => {
    await ingestArchive(content);
    const reportFile = path.join(content, '_data', 'ingestReport.json');
    const reportBytes = await readFile(reportFile, 'utf8');
    await rm(reportFile);
    const before = await snapshotTree(content);
    await pause();

    const { changes } = await ingestArchive(content);
    expect(changes).toEqual([]);
    // Only the report comes back; every entry and the manifest keep their bytes and modification times.
    expect(changedPaths(before, await snapshotTree(content))).toEqual(['_data/ingestReport.json']);
    expect(await readFile(reportFile, 'utf8')).toBe(reportBytes);
  });

  it('a re-run after a dump was removed (orphaned entries) changes nothing on the next run', async () => {
    await ingestArchive(content);
    await rm(path.join(content, 'dumps', 'gen-2.txt'));
    const orphaned = await ingestArchive(content);
    expect(dumpReport(orphaned.report, 'gen-2.txt').status).toBe('orphaned');
    const before = await snapshotTree(content);
    await pause();

    const again = await ingestArchive(content);
    expect(again.changes).toEqual([]);
    expect(changedPaths(before, await snapshotTree(content))).toEqual([]);
  });

  it('with an edited entry that a later copy of its story joins, the runs after that change no file (the report does not grow)', async () => {
    const lone = await makeContent('idem-edit-');
    try {
      await putDump(lone, 'herald-copy.txt', STORY_COPY_A);
      await putDump(lone, 'unrelated.txt', UNRELATED);
      const first = await ingestArchive(lone);
      const [entry] = dumpReport(first.report, 'herald-copy.txt').entries;
      expect(entry).toBeDefined();
      const file = entry!.file;
      const edited = `${await readArticle(lone, file)}\nEditor's note: casualty figures were corrected on Nov. 2.\n`;
      await writeFile(path.join(lone, 'articles', file), edited);
      // A second outlet's copy of the same story arrives: the edited entry would now get a story id.
      await putDump(lone, 'yonhap-copy.txt', STORY_COPY_B);
      const joined = await ingestArchive(lone);
      expect(dumpReport(joined.report, 'herald-copy.txt').entries[0]).toMatchObject({ state: 'edited', warnings: [expect.stringMatching(/^edited by hand, so its story id \(s[0-9a-f]{10}\) was not written into it$/)] });

      const before = await snapshotTree(lone);
      await pause();
      const again = await ingestArchive(lone);
      expect(again.changes).toEqual([]);
      expect(await readArticle(lone, file)).toBe(edited);
      expect(changedPaths(before, await snapshotTree(lone))).toEqual([]);
      // The warning about the unwritten story id is stated once, not once more per run.
      expect(dumpReport(await readStoredReport(lone), 'herald-copy.txt').entries[0]!.warnings).toEqual(dumpReport(joined.report, 'herald-copy.txt').entries[0]!.warnings);
      expect(again.report).toEqual(joined.report);
    } finally {
      await removeContent(lone);
    }
  });
});
