// A page captured again after its outlet changed the headline keeps its entry: the same file name and address, the
// new headline in it; an article that is another story gets an entry of its own.
import { afterEach, describe, expect, it } from 'vitest';
import { ingestArchive } from '../../src/store/ingestArchive.ts';
import { dumpReport, generatedDump, listArticles, makeContent, pastClockTick, putDump, readArticle, removeContent, SEED_NAMES, seedText } from '../helpers/storeArchive.ts';

let content: string | undefined;
afterEach(async () => {
  await removeContent(content);
});

/** The generated capture's first line holding its headline. */
function headlineOf(dump: string): string {
  return dump.split('\n').find((line) => line.endsWith('(1)'))!;
}

describe('a capture taken again with its headline changed', () => {
  it('keeps its entry, its file name and address, with the new headline', async () => {
    content = await makeContent('recaptured-');
    const first = generatedDump(0);
    await putDump(content, 'page.txt', first);
    const before = await ingestArchive(content, { workers: 0 });
    const [entry] = dumpReport(before.report, 'page.txt').entries;
    expect(entry).toBeDefined();

    const old = headlineOf(first);
    const changed = 'Seoul says North Korean troops have moved to the front near Kursk (1)';
    await pastClockTick();
    await putDump(content, 'page.txt', first.split(old).join(changed));
    const after = await ingestArchive(content, { workers: 0 });
    expect(after.changes.map((c) => [c.file, c.change])).toEqual([[entry!.file, 'updated']]);
    expect(await listArticles(content)).toEqual([entry!.file]);
    const text = await readArticle(content, entry!.file);
    expect(text).toContain(`headline: ${changed}`);
    expect(text).not.toContain(old);
  });

  it('gives another story under another headline an entry of its own', async () => {
    content = await makeContent('recaptured-');
    await putDump(content, 'page.txt', generatedDump(0));
    const before = await ingestArchive(content, { workers: 0 });
    const [entry] = dumpReport(before.report, 'page.txt').entries;
    await pastClockTick();
    // The Korea Herald's report in the bundled samples: another story, one article.
    await putDump(content, 'page.txt', await seedText(SEED_NAMES[2]));
    const after = await ingestArchive(content, { workers: 0 });
    const [replacement] = dumpReport(after.report, 'page.txt').entries;
    expect(replacement!.file).not.toBe(entry!.file);
    expect(after.changes.map((c) => c.change).sort()).toEqual(['created', 'removed']);
  });
});
