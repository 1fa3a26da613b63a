// The exports' own thread: it writes the files, says why when it cannot, and writes nothing more once stopped.
import { access, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { exportHeapLimitMb, startExports } from '../../src/site/backgroundExports.ts';
import type { ExportedArticle } from '../../src/site/exportRecords.ts';
import { validateEntry } from '../../src/site/validateEntry.ts';
import { parseFrontMatter } from '../../src/store/readEntry.ts';
import { readEntryFixtures } from './fixtureSite.ts';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function scratch(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'background-exports-'));
  dirs.push(dir);
  return dir;
}

async function articles(copies: number): Promise<ExportedArticle[]> {
  const entries = await readEntryFixtures('valid');
  return Array.from({ length: copies }, (_, i) =>
    entries.map(({ name, text }) => {
      const { data, content } = parseFrontMatter(text, name);
      return { entry: validateEntry(data, name), markdown: content, archiveUrl: `https://archive.example.org/articles/${i}-${name}/` };
    }),
  ).flat();
}

describe('exports on their own thread', () => {
  it('writes the archive and tag exports, then says so', async () => {
    const dir = await scratch();
    const list = await articles(2);
    await startExports(dir, list, [{ url: '/tags/kursk/', members: [1, 0] }]).written;
    expect((await readFile(path.join(dir, 'exports', 'archive.jsonl'), 'utf8')).trim().split('\n')).toHaveLength(list.length);
    expect((await readFile(path.join(dir, 'tags', 'kursk', 'export.jsonl'), 'utf8')).trim().split('\n')).toHaveLength(2);
  });

  it('takes every article, in order, across the batches they are handed over in', async () => {
    const dir = await scratch();
    // Eight fixtures forty times: more than three batches, the last one short.
    const list = await articles(40);
    await startExports(dir, list, [{ url: '/tags/all/', members: list.map((_, i) => i) }]).written;
    const urls = (await readFile(path.join(dir, 'exports', 'archive.jsonl'), 'utf8')).trim().split('\n').map((line) => (JSON.parse(line) as { archive_url: string }).archive_url);
    expect(urls).toEqual(list.map((article) => article.archiveUrl));
    expect((await readFile(path.join(dir, 'tags', 'all', 'export.jsonl'), 'utf8')).trim().split('\n')).toHaveLength(list.length);
  });

  it('has every batch before the thread starts, however long handing them over takes', async () => {
    const dir = await scratch();
    const list = await articles(40);
    // Serialising an article reads its fields: one that takes two seconds stalls the handing over after the first
    // batch, as a long garbage collection on the build's thread would. A thread already running would find the port
    // empty after that batch.
    const slow = list[150]!;
    const markdown = slow.markdown;
    Object.defineProperty(slow, 'markdown', {
      enumerable: true,
      get: () => {
        const until = Date.now() + 2_000;
        while (Date.now() < until);
        return markdown;
      },
    });
    await startExports(dir, list, []).written;
    expect((await readFile(path.join(dir, 'exports', 'archive.jsonl'), 'utf8')).trim().split('\n')).toHaveLength(list.length);
  });

  it('gives the thread a heap in proportion to the articles', () => {
    expect(exportHeapLimitMb(0)).toBe(64);
    expect(exportHeapLimitMb(14_800)).toBe(180);
    expect(exportHeapLimitMb(146_000)).toBeGreaterThan(1_000);
  });

  it('writes them all the same, without partial files, when the thread runs out of the heap it was given', async () => {
    const dir = await scratch();
    const list = await articles(40);
    // What a thread stopped mid-way leaves: a partial archive file beside the place it was to be renamed into.
    await mkdir(path.join(dir, 'exports'));
    await writeFile(path.join(dir, 'exports', '.archive.csv.0123abcd0001.tmp'), 'headline,source\n"Half a li');
    // Far too small a heap for the thread: it stops for want of memory, and a thread without the limit writes them.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await startExports(dir, list, [{ url: '/tags/all/', members: list.map((_, i) => i) }], 4).written;
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^exports: their thread needed more than its 4 MB heap; writing them again without a limit/));
    warn.mockRestore();
    expect((await readFile(path.join(dir, 'exports', 'archive.jsonl'), 'utf8')).trim().split('\n')).toHaveLength(list.length);
    expect((await readFile(path.join(dir, 'tags', 'all', 'export.jsonl'), 'utf8')).trim().split('\n')).toHaveLength(list.length);
    expect((await readdir(path.join(dir, 'exports'))).sort()).toEqual(['archive.csl.json', 'archive.csv', 'archive.jsonl']);
  });

  it('fails saying why and what to do when the output folder cannot be written', async () => {
    const blocked = path.join(await scratch(), 'not-a-folder');
    await writeFile(blocked, 'a file where the site should go');
    await expect(startExports(blocked, await articles(1), []).written).rejects.toThrow(/^exports: .*not-a-folder.*; they were not written \(check that the output folder can be written/);
  });

  it('writes nothing once stopped', async () => {
    const dir = await scratch();
    const running = startExports(dir, await articles(50), []);
    await running.stop();
    await sleep(300);
    await expect(access(path.join(dir, 'exports'))).rejects.toThrow();
  });
});
