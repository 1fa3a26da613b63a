// The ingest thread of `serve`: runs an ingest on its own thread, tells the written entries before the run ends, and
// reports a failed run as an error naming what failed.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestThread } from '../../src/store/ingestThread.ts';
import { generatedDump, listArticles, makeContent, putDump, removeContent } from '../helpers/storeArchive.ts';

let content: string | undefined;
afterAll(async () => {
  await ingestThread.close();
  await removeContent(content);
});

describe('ingestThread', () => {
  it('ingests on its own thread, telling the entries as soon as they are written, then the run', async () => {
    content = await makeContent('ingest-thread-');
    await putDump(content, 'gen-0.txt', generatedDump(0));
    const told: string[][] = [];
    const run = await ingestThread.ingest(content, (changes) => told.push(changes.map((c) => `${c.change} ${c.file}`)));
    expect(run.sealed).toBe(false);
    expect(told).toEqual([run.changes.map((c) => `${c.change} ${c.file}`)]);
    expect(run.changes.map((c) => c.file)).toEqual((await listArticles(content)).filter((f) => f.endsWith('.md')));
    expect(run.changes.length).toBeGreaterThan(0);
  }, 60_000);

  it('rejects a run that fails, and runs the next one', async () => {
    await expect(ingestThread.ingest(path.join(content!, 'dumps', 'gen-0.txt'))).rejects.toThrow(/gen-0\.txt/);
    const again = await ingestThread.ingest(content!);
    expect(again.changes).toEqual([]);
  }, 60_000);
});
