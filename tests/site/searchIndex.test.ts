// The indexer thread hands articles to Pagefind a batch at a time and waits for each batch: an archive of several
// batches is indexed whole.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SEARCH_BUNDLE_DIR, startSearchIndex } from '../../src/site/searchIndex.ts';
import type { Entry } from '../../src/store/entrySchema.ts';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

function entry(i: number): Entry {
  return {
    headline: `Article number ${i} about troops near Kursk`,
    source: 'Example News',
    date: '2024-11-05',
    tags: ['Kursk'],
    dump: `dump-${i}.txt`,
  } as unknown as Entry;
}

async function scratch(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'search-index-'));
  dirs.push(dir);
  return dir;
}

/** Pages in the index written into `dir`, over every language. */
async function indexedPages(dir: string): Promise<number> {
  const written = JSON.parse(await readFile(path.join(dir, SEARCH_BUNDLE_DIR, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(written.languages).reduce((sum, l) => sum + l.page_count, 0);
}

describe('the search index of many articles', () => {
  it('indexes every article of an archive larger than one batch', async () => {
    const dir = await scratch();
    const articles = 1300;
    const index = startSearchIndex(dir, 'en');
    for (let i = 0; i < articles; i++) index.add(`/articles/a-${i}/`, entry(i), `Paragraph ${i} of the body, about shelling word${i}.\n`);
    index.allAdded();
    await index.finish();
    expect(await indexedPages(dir)).toBe(articles);
  }, 60_000);

  it('indexes more article text than the indexer could hold at once, taking the articles as it goes', async () => {
    const dir = await scratch();
    const articles = 30;
    // A megabyte of text each, thirty megabytes in all, through an indexer of a 32 MB heap.
    const index = startSearchIndex(dir, 'en', 32);
    for (let i = 0; i < articles; i++) index.add(`/articles/long-${i}/`, entry(i), `${`Shelling near Kursk went on, word${i}. `.repeat(25_000)}\n`);
    index.allAdded();
    await index.finish();
    expect(await indexedPages(dir)).toBe(articles);
  }, 120_000);

  it('says which article-sized problem it is when the indexer runs out of memory, and what to do', async () => {
    const dir = await scratch();
    const index = startSearchIndex(dir, 'en', 32);
    index.add('/articles/huge/', entry(0), `${'Обстрел Курска продолжался всю ночь. '.repeat(250_000)}\n`);
    index.allAdded();
    await expect(index.finish()).rejects.toThrow(/ran out of its 32 MB of memory.*shorten or split the longest entry in content\/articles\//);
  }, 120_000);
});
