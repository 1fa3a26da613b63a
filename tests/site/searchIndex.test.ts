// The indexer thread hands articles to Pagefind a batch at a time and waits for each batch: an archive of several
// batches is indexed whole, one of several parts is indexed part by part, and a Pagefind process that dies fails the
// build instead of hanging it.
import { access, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SEARCH_BUNDLE_DIR, startSearchIndex, type SearchIndexOptions } from '../../src/site/searchIndex.ts';
import { PAGEFIND_MEMORY_SETTINGS } from '../../src/site/pagefindMemory.ts';
import { PARTS_FILE } from '../../src/site/searchIndexParts.ts';
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

/** Pages in the index (or the part of it in `part`) written into `dir`, over every language. */
async function indexedPages(dir: string, part = ''): Promise<number> {
  const written = JSON.parse(await readFile(path.join(dir, SEARCH_BUNDLE_DIR, part, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(written.languages).reduce((sum, l) => sum + l.page_count, 0);
}

async function furtherParts(dir: string): Promise<string[]> {
  return JSON.parse(await readFile(path.join(dir, SEARCH_BUNDLE_DIR, PARTS_FILE), 'utf8')) as string[];
}

/** Pages in each part of the index: the first, then each further part listed. */
async function pagesPerPart(dir: string): Promise<number[]> {
  return Promise.all(['', ...(await furtherParts(dir))].map((part) => indexedPages(dir, part)));
}

/** Indexes `count` short articles into `dir` and waits until the index is written. */
async function indexArticles(dir: string, count: number, options?: SearchIndexOptions): Promise<void> {
  const index = startSearchIndex(dir, 'en', options);
  for (let i = 0; i < count; i++) index.add(`/articles/a-${i}/`, entry(i), `Paragraph ${i} of the body, about shelling word${i}.\n`);
  index.allAdded();
  await index.finish();
}

/** The Pagefind processes this test's process has started and not yet waited for, read from Linux's /proc. */
async function pagefindProcesses(): Promise<number[]> {
  const found: number[] = [];
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
    // The command name is in parentheses and may hold spaces; the state and the parent's id follow it. A process that
    // has ended but not been waited for (a zombie) still counts.
    const parent = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1];
    if (Number(parent) === process.pid && stat.includes('(pagefind')) found.push(Number(name));
  }
  return found;
}

describe('the search index of many articles', () => {
  it('indexes every article of an archive larger than one batch, in one part', async () => {
    const dir = await scratch();
    await indexArticles(dir, 1300);
    expect(await furtherParts(dir)).toEqual([]);
    expect(await pagesPerPart(dir)).toEqual([1300]);
  }, 60_000);

  it('indexes an archive larger than a part in parts, each a bundle of its own listed beside the first', async () => {
    const dir = await scratch();
    await indexArticles(dir, 7, { partArticles: 3 });
    expect(await furtherParts(dir)).toEqual(['part-2/', 'part-3/']);
    expect(await pagesPerPart(dir)).toEqual([3, 3, 1]);
    // Each part is a whole bundle: the search page loads Pagefind from the first and merges the others.
    for (const part of ['', 'part-2', 'part-3']) {
      expect(await readdir(path.join(dir, SEARCH_BUNDLE_DIR, part))).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-entry.json', 'fragment', 'index']));
    }
    // Each part's process has ended, and been waited for, before the next starts or the index is finished.
    expect(await pagefindProcesses()).toEqual([]);
  }, 60_000);

  it('writes a part as it fills, so an archive of whole parts has no empty last part', async () => {
    const dir = await scratch();
    await indexArticles(dir, 6, { partArticles: 3 });
    expect(await furtherParts(dir)).toEqual(['part-2/']);
    expect(await pagesPerPart(dir)).toEqual([3, 3]);
  }, 60_000);

  it('indexes an entry read after the index was written in a part of its own, and lists it', async () => {
    const dir = await scratch();
    const index = startSearchIndex(dir, 'en', { partArticles: 3 });
    for (let i = 0; i < 4; i++) index.add(`/articles/b-${i}/`, entry(i), `Paragraph ${i} about shelling.\n`);
    index.allAdded();
    // Written once the list of parts is there; the indexer would take articles posted sooner with the earlier ones.
    for (let tries = 0; tries < 200 && !(await access(path.join(dir, SEARCH_BUNDLE_DIR, PARTS_FILE)).then(() => true, () => false)); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    for (let i = 4; i < 6; i++) index.add(`/articles/b-${i}/`, entry(i), `Paragraph ${i} about shelling.\n`);
    await index.finish();
    expect(await furtherParts(dir)).toEqual(['part-2/', 'part-3/']);
    expect(await pagesPerPart(dir)).toEqual([3, 1, 2]);
  }, 60_000);

  it('refuses a part size that is not a whole number from 1', () => {
    for (const partArticles of [0, -3, 2.5, Number.NaN]) {
      expect(() => startSearchIndex(os.tmpdir(), 'en', { partArticles })).toThrow(/articles per part must be a whole number from 1/);
    }
  });

  /** Starts an index of one article and returns it with the Pagefind process it started. */
  async function indexWithProcess(dir: string) {
    const index = startSearchIndex(dir, 'en');
    index.add('/articles/first/', entry(0), 'Paragraph about shelling.\n');
    let running: number[] = [];
    for (let tries = 0; running.length === 0 && tries < 200; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      running = await pagefindProcesses();
    }
    expect(running).toHaveLength(1);
    return { index, pid: running[0]! };
  }

  const KILLED = /Pagefind's indexing process was killed \(SIGKILL\).*ran out of memory; the site was not published: free memory/;

  it('fails the build, saying why and what to do, when Pagefind\'s process is killed while the indexer waits on it', async () => {
    const { index, pid } = await indexWithProcess(await scratch());
    // Stopped, it answers nothing: the indexer is left waiting on the article and the write, and sends nothing more.
    process.kill(pid, 'SIGSTOP');
    index.allAdded();
    await new Promise((resolve) => setTimeout(resolve, 300));
    // What the kernel's out-of-memory killer does.
    process.kill(pid, 'SIGKILL');
    await expect(index.finish()).rejects.toThrow(KILLED);
  }, 20_000);

  it('fails the build the same way when Pagefind\'s process is killed while articles are still being sent', async () => {
    const { index, pid } = await indexWithProcess(await scratch());
    process.kill(pid, 'SIGKILL');
    for (let i = 1; i < 300; i++) index.add(`/articles/a-${i}/`, entry(i), `Paragraph ${i} about shelling.\n`);
    index.allAdded();
    await expect(index.finish()).rejects.toThrow(KILLED);
  }, 20_000);

  it('refuses further articles once Pagefind\'s process has died, so a build still reading entries stops then', async () => {
    const { index, pid } = await indexWithProcess(await scratch());
    process.kill(pid, 'SIGKILL');
    let refusal: unknown = null;
    for (let tries = 0; refusal === null && tries < 100; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      try {
        index.add('/articles/later/', entry(1), 'Paragraph about shelling.\n');
      } catch (error) {
        refusal = error;
      }
    }
    expect(refusal).toBeInstanceOf(Error);
    expect((refusal as Error).message).toMatch(KILLED);
    await index.abort();
  }, 20_000);

  /** The value of `name` in the environment process `pid` was started with, or undefined. */
  async function startedWith(pid: number, name: string): Promise<string | undefined> {
    const variables = (await readFile(`/proc/${pid}/environ`, 'utf8')).split('\0');
    return variables.find((v) => v.startsWith(`${name}=`))?.slice(name.length + 1);
  }

  it("starts Pagefind with its allocator's memory kept, in huge pages, and indexes with it", async () => {
    const dir = await scratch();
    const { index, pid } = await indexWithProcess(dir);
    expect(await startedWith(pid, PAGEFIND_MEMORY_SETTINGS.name)).toBe(PAGEFIND_MEMORY_SETTINGS.value);
    index.allAdded();
    await index.finish();
    expect(await indexedPages(dir)).toBe(1);
  }, 20_000);

  it('keeps the allocator settings of whoever runs the build, an empty value (the defaults) too', async () => {
    const before = process.env[PAGEFIND_MEMORY_SETTINGS.name];
    try {
      for (const chosen of ['', 'dirty_decay_ms:1000']) {
        process.env[PAGEFIND_MEMORY_SETTINGS.name] = chosen;
        const { index, pid } = await indexWithProcess(await scratch());
        expect(await startedWith(pid, PAGEFIND_MEMORY_SETTINGS.name)).toBe(chosen);
        await index.abort();
      }
    } finally {
      if (before === undefined) delete process.env[PAGEFIND_MEMORY_SETTINGS.name];
      else process.env[PAGEFIND_MEMORY_SETTINGS.name] = before;
    }
  }, 20_000);

  it('indexes more article text than the indexer could hold at once, taking the articles as it goes', async () => {
    const dir = await scratch();
    const articles = 30;
    // A megabyte of text each, thirty megabytes in all, through an indexer of a 32 MB heap.
    const index = startSearchIndex(dir, 'en', { heapMb: 32 });
    for (let i = 0; i < articles; i++) index.add(`/articles/long-${i}/`, entry(i), `${`Shelling near Kursk went on, word${i}. `.repeat(25_000)}\n`);
    index.allAdded();
    await index.finish();
    expect(await indexedPages(dir)).toBe(articles);
  }, 120_000);

  it('says which article-sized problem it is when the indexer runs out of memory, and what to do', async () => {
    const dir = await scratch();
    const index = startSearchIndex(dir, 'en', { heapMb: 32 });
    index.add('/articles/huge/', entry(0), `${'Обстрел Курска продолжался всю ночь. '.repeat(250_000)}\n`);
    index.allAdded();
    await expect(index.finish()).rejects.toThrow(/ran out of its 32 MB of memory.*shorten or split the longest entry in content\/articles\//);
  }, 120_000);
});
