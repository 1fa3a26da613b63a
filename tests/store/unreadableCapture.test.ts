// A capture that cannot be read any more (emptied, damaged into a binary file, over the size limit) keeps
// the entries it gave, says so, and is read again once mended; a sidecar's problem is told by every run while it lasts.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ingestArchive } from '../../src/store/ingestArchive.ts';
import { dumpReport, generatedDump, listArticles, makeContent, pastClockTick, putDump, readArticle, removeContent } from '../helpers/storeArchive.ts';

let content: string | undefined;
afterEach(async () => {
  await removeContent(content);
});

/** An archive of two captures, ingested; returns its folder and the entries the first capture gave. */
async function ingested(): Promise<{ dir: string; entries: string[] }> {
  content = await makeContent('unreadable-');
  await putDump(content, 'gen-0.txt', generatedDump(0));
  await putDump(content, 'gen-1.txt', generatedDump(1));
  const { report } = await ingestArchive(content, { workers: 0 });
  const entries = dumpReport(report, 'gen-0.txt').entries.map((e) => e.file);
  expect(entries.length).toBeGreaterThan(0);
  return { dir: content, entries };
}

async function texts(dir: string, files: string[]): Promise<string[]> {
  return Promise.all(files.map((f) => readArticle(dir, f)));
}

describe('a capture that cannot be read any more', () => {
  it.each([
    ['emptied', () => '', /^empty file/],
    ['damaged into a binary file', (text: string) => Buffer.concat([Buffer.alloc(16), Buffer.from(text)]), /binary file/],
  ])('keeps its entries when %s, says so, and takes up the capture again once it is mended', async (_how, damage, error) => {
    const { dir, entries } = await ingested();
    const before = await texts(dir, entries);
    const original = generatedDump(0);
    await pastClockTick();
    await putDump(dir, 'gen-0.txt', damage(original));
    const { report, changes } = await ingestArchive(dir, { workers: 0 });
    const failed = dumpReport(report, 'gen-0.txt');
    expect(failed).toMatchObject({ status: 'failed', error: expect.stringMatching(error) });
    expect(failed.warnings).toContainEqual(expect.stringMatching(/from the last reading (is|are) kept until the capture can be read again or is removed$/));
    expect(changes.filter((c) => c.change === 'removed')).toEqual([]);
    expect(await texts(dir, entries)).toEqual(before);

    await pastClockTick();
    await putDump(dir, 'gen-0.txt', original);
    const mended = await ingestArchive(dir, { workers: 0 });
    expect(dumpReport(mended.report, 'gen-0.txt')).toMatchObject({ status: 'ingested' });
    expect(dumpReport(mended.report, 'gen-0.txt').entries.map((e) => e.file)).toEqual(entries);
    expect(await texts(dir, entries)).toEqual(before);
  });

  it('is read again once the size limit that refused it is raised, and not reported as failed', async () => {
    const { dir } = await ingested();
    const refused = await ingestArchive(dir, { workers: 0, maxBytes: 500 });
    expect(dumpReport(refused.report, 'gen-0.txt')).toMatchObject({ status: 'failed', error: expect.stringMatching(/over the 500-byte limit/) });
    const entriesBefore = await listArticles(dir);
    const raised = await ingestArchive(dir, { workers: 0 });
    expect(raised.report.dumps.map((d) => d.status)).toEqual(['ingested', 'ingested']);
    expect(await listArticles(dir)).toEqual(entriesBefore);
  });
});

describe("a sidecar's problem", () => {
  it('is told for a capture already ingested, while the capture itself is not read again', async () => {
    const { dir } = await ingested();
    await pastClockTick();
    await writeFile(path.join(dir, 'dumps', 'gen-1.json'), '{"url": "https://www.example.com/story", captured_at: 2024}');
    for (let run = 0; run < 2; run += 1) {
      const { report } = await ingestArchive(dir, { workers: 0 });
      expect(dumpReport(report, 'gen-1.txt').warnings).toContainEqual(expect.stringMatching(/^sidecar gen-1\.json is not valid JSON/));
    }
  });
});
