// The archive exports are written an article at a time; the files are exactly what serialising the whole archive at
// once gives, and large enough archives span several writes.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ARCHIVE_EXPORTS, writeExportFiles } from '../../src/site/exportFiles.ts';
import { exportRecord, type ExportedArticle } from '../../src/site/exportRecords.ts';
import { validateEntry } from '../../src/site/validateEntry.ts';
import { parseFrontMatter } from '../../src/store/readEntry.ts';
import { readEntryFixtures } from '../site/fixtureSite.ts';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** Articles as the build hands them to the exports: the entry's fields, its Markdown body, its address. */
async function fixturePages(copies: number): Promise<ExportedArticle[]> {
  const entries = await readEntryFixtures('valid');
  return Array.from({ length: copies }, (_, i) =>
    entries.map(({ name, text }) => {
      const { data, content } = parseFrontMatter(text, name);
      return { entry: validateEntry(data, name), markdown: content, archiveUrl: `https://archive.example.org/articles/${i}-${name.replace(/\.md$/, '')}/` };
    }),
  ).flat();
}

async function exportsOf(pages: readonly ExportedArticle[]): Promise<{ csv: string; jsonLines: string; cslJson: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'exports-'));
  dirs.push(dir);
  await writeExportFiles(dir, pages, pages.length, []);
  const read = (sitePath: string) => readFile(path.join(dir, ...sitePath.split('/')), 'utf8');
  return { csv: await read(ARCHIVE_EXPORTS.csv), jsonLines: await read(ARCHIVE_EXPORTS.jsonLines), cslJson: await read(ARCHIVE_EXPORTS.cslJson) };
}

describe('archive exports written an article at a time', () => {
  it('give a CSL-JSON file laid out as one JSON.stringify of every item', async () => {
    for (const pages of [[], await fixturePages(1), await fixturePages(3)]) {
      const { cslJson } = await exportsOf(pages);
      const items = JSON.parse(cslJson) as unknown[];
      expect(items).toHaveLength(pages.length);
      expect(cslJson).toBe(`${JSON.stringify(items, null, 2)}\n`);
    }
  });

  it('hold every article once, in order, across several writes', async () => {
    // Enough copies of the fixtures for more text than one write takes.
    const pages = await fixturePages(400);
    const { csv, jsonLines } = await exportsOf(pages);
    expect(jsonLines.length).toBeGreaterThan(1 << 20);
    const records = pages.map(exportRecord);
    expect(jsonLines).toBe(records.map((r) => `${JSON.stringify(r)}\n`).join(''));
    expect(csv.split('\n')[0]).toMatch(/^headline,/);
    expect(csv.endsWith('\n')).toBe(true);
  });

  it('take the articles from any iterable, and fail rather than write a CSL-JSON count that is not what came', async () => {
    const pages = await fixturePages(2);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'exports-'));
    dirs.push(dir);
    await writeExportFiles(dir, new Set(pages).values(), pages.length, []);
    expect((await readFile(path.join(dir, 'exports', 'archive.jsonl'), 'utf8')).trim().split('\n')).toHaveLength(pages.length);
    await expect(writeExportFiles(dir, pages.slice(1), pages.length, [])).rejects.toThrow(`${pages.length} articles were to be exported, but ${pages.length - 1} came`);
  });

  it('leave the last whole exports in place, and no partial file, when writing fails', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'exports-'));
    dirs.push(dir);
    const pages = await fixturePages(2);
    await writeExportFiles(dir, pages, pages.length, []);
    const before = await readFile(path.join(dir, 'exports', 'archive.jsonl'), 'utf8');
    const broken = { ...pages[0]! };
    Object.defineProperty(broken, 'entry', {
      get() {
        throw new Error('no entry for this page');
      },
    });
    await expect(writeExportFiles(dir, [...pages.slice(0, 2), broken, ...pages.slice(2)], pages.length + 1, [])).rejects.toThrow('no entry for this page');
    expect(await readFile(path.join(dir, 'exports', 'archive.jsonl'), 'utf8')).toBe(before);
    expect((await readdir(path.join(dir, 'exports'))).sort()).toEqual(['archive.csl.json', 'archive.csv', 'archive.jsonl']);
  });
});
