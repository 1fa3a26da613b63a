// ingestArchive on a temp content folder: entries created, a re-run writes nothing, hand edits survive, bad dumps are reported and skipped.
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestArchive } from '../../src/store/ingestArchive.ts';
import type { IngestReport } from '../../src/store/ingestReport.ts';
import { readEntry } from '../../src/store/readEntry.ts';
import { REPO_ROOT } from '../helpers/archiveConfig.ts';
import { prose } from '../helpers/pipeline.ts';
import { MACHINE_FILES } from '../../src/store/archivePaths.ts';

const DATA_FILES = ['publishers.json', 'gazetteer.json', 'topic.json'];

const DUMP_A = [
  'Skip Navigation',
  'North Korean troops enter combat in Kursk region',
  'By Jane Doe',
  'Published: Oct. 30, 2024',
  prose(0),
  prose(1),
  prose(2),
].join('\n');

const DUMP_B = [
  'Home',
  'Pentagon says thousands of North Korean soldiers are training in Russia',
  'By John Roe',
  'Nov. 1, 2024',
  'The Pentagon said on Tuesday that about 10,000 North Korean troops had been sent to Russia to train for the war in Ukraine.',
  'Officials said some of the troops were moving closer to the front, in what Washington called a dangerous escalation.',
].join('\n');

let content: string;

async function makeContent(withArticlesFolder = true): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ingest-'));
  await mkdir(path.join(dir, '_data'));
  for (const f of DATA_FILES) await cp(path.join(REPO_ROOT, 'content/_data', f), path.join(dir, '_data', f));
  await mkdir(path.join(dir, 'dumps'));
  if (withArticlesFolder) await mkdir(path.join(dir, 'articles'));
  return dir;
}

async function putDump(name: string, text: string | Uint8Array): Promise<void> {
  await writeFile(path.join(content, 'dumps', name), text);
}

/** Every file under the folder with its bytes and modification time, but ingest's per-machine stat cache. */
async function snapshot(dir: string): Promise<Map<string, { text: string; mtimeMs: number }>> {
  const files = new Map<string, { text: string; mtimeMs: number }>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || (MACHINE_FILES as readonly string[]).includes(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file), { text: await readFile(file, 'utf8'), mtimeMs: (await stat(file)).mtimeMs });
  }
  return files;
}

function changedFiles(before: Map<string, { text: string; mtimeMs: number }>, after: Map<string, { text: string; mtimeMs: number }>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((n) => JSON.stringify(before.get(n)) !== JSON.stringify(after.get(n))).sort();
}

function entriesOf(report: IngestReport, dump: string) {
  const d = report.dumps.find((x) => x.dump === dump);
  if (!d) throw new Error(`no report for ${dump}`);
  return d;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

beforeEach(async () => {
  content = await makeContent();
});

afterEach(async () => {
  await rm(content, { recursive: true, force: true });
});

describe('ingestArchive', () => {
  it('creates one valid entry per on-topic article, and a manifest', async () => {
    await putDump('a.txt', DUMP_A);
    await putDump('b.txt', DUMP_B);
    const { report, changes } = await ingestArchive(content);
    expect(entriesOf(report, 'a.txt')).toMatchObject({ status: 'ingested', entries: [{ file: 'north-korean-troops-enter-combat-in-kursk-region.md', state: 'generated' }] });
    expect(entriesOf(report, 'b.txt').entries.map((e) => e.state)).toEqual(['generated']);
    expect(changes.map((c) => c.change)).toEqual(['created', 'created']);

    const text = await readFile(path.join(content, 'articles', 'north-korean-troops-enter-combat-in-kursk-region.md'), 'utf8');
    const { entry, body } = readEntry(text, 'a.md');
    expect(entry).toMatchObject({ headline: 'North Korean troops enter combat in Kursk region', byline: 'Jane Doe', date: '2024-10-30', dump: 'a.txt' });
    expect(body).toContain(prose(1));
    expect((await readdir(path.join(content, 'articles'))).sort()).toHaveLength(2);
    const manifest = JSON.parse(await readFile(path.join(content, 'ingest-manifest.json'), 'utf8')) as { dumps: Record<string, unknown> };
    expect(Object.keys(manifest.dumps).sort()).toEqual(['a.txt', 'b.txt']);
  });

  it('gives the same bytes from the same dumps in another folder', async () => {
    await putDump('a.txt', DUMP_A);
    await ingestArchive(content);
    const other = await makeContent();
    try {
      await writeFile(path.join(other, 'dumps', 'a.txt'), DUMP_A);
      await ingestArchive(other);
      const name = 'articles/north-korean-troops-enter-combat-in-kursk-region.md';
      expect(await readFile(path.join(other, name), 'utf8')).toBe(await readFile(path.join(content, name), 'utf8'));
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it('on a second run leaves every entry and the manifest untouched (bytes and mtimes), and a third run touches nothing at all', async () => {
    await putDump('a.txt', DUMP_A);
    await putDump('b.txt', DUMP_B);
    await ingestArchive(content);
    const first = await snapshot(content);
    await tick();
    const { report, changes } = await ingestArchive(content);
    expect(report.dumps.flatMap((d) => d.entries.map((e) => e.state))).toEqual(['generated', 'generated']);
    expect(changes).toEqual([]);
    const second = await snapshot(content);
    expect(changedFiles(first, second)).toEqual([]);
    await tick();
    await ingestArchive(content);
    expect(changedFiles(second, await snapshot(content))).toEqual([]);
  });

  it('on a second run rewrites no file at all, the ingest report included', async () => {
    await putDump('a.txt', DUMP_A);
    await ingestArchive(content);
    const first = await snapshot(content);
    await tick();
    await ingestArchive(content);
    expect(changedFiles(first, await snapshot(content))).toEqual([]);
  });

  it('keeps an entry edited by hand when its dump changes, and reports it as edited', async () => {
    await putDump('a.txt', DUMP_A);
    await ingestArchive(content);
    const file = path.join(content, 'articles', 'north-korean-troops-enter-combat-in-kursk-region.md');
    const edited = `${await readFile(file, 'utf8')}\nA correction added by hand.\n`;
    await writeFile(file, edited);
    await putDump('a.txt', DUMP_A.replace(prose(2), prose(3)));

    const { report } = await ingestArchive(content);
    expect(entriesOf(report, 'a.txt').entries).toMatchObject([{ file: 'north-korean-troops-enter-combat-in-kursk-region.md', state: 'edited' }]);
    expect(await readFile(file, 'utf8')).toBe(edited);

    const again = await ingestArchive(content);
    expect(entriesOf(again.report, 'a.txt').entries[0]!.state).toBe('edited');
    expect(await readFile(file, 'utf8')).toBe(edited);
  });

  it('updates an entry nobody edited when its dump changes', async () => {
    await putDump('a.txt', DUMP_A);
    await ingestArchive(content);
    await putDump('a.txt', DUMP_A.replace(prose(2), prose(3)));
    const { report, changes } = await ingestArchive(content);
    expect(entriesOf(report, 'a.txt').entries[0]!.state).toBe('generated');
    expect(changes).toEqual([{ dump: 'a.txt', file: 'north-korean-troops-enter-combat-in-kursk-region.md', change: 'updated' }]);
    const text = await readFile(path.join(content, 'articles', 'north-korean-troops-enter-combat-in-kursk-region.md'), 'utf8');
    expect(text).toContain(prose(3));
    expect(text).not.toContain(prose(2));
  });

  it('does not bring back an entry deleted by hand', async () => {
    await putDump('a.txt', DUMP_A);
    await ingestArchive(content);
    await rm(path.join(content, 'articles', 'north-korean-troops-enter-combat-in-kursk-region.md'));
    const { report } = await ingestArchive(content);
    expect(entriesOf(report, 'a.txt').entries[0]!.state).toBe('deleted-by-hand');
    expect(await readdir(path.join(content, 'articles'))).toEqual([]);
  });

  it('reports a binary .txt and an empty file with reasons, and still ingests the other dumps', async () => {
    await putDump('a.txt', DUMP_A);
    await putDump('binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    await putDump('empty.txt', '');
    await putDump('menus.txt', 'Home\nWorld\nPolitics\n6\nAdvertisement');
    const { report } = await ingestArchive(content);
    expect(entriesOf(report, 'binary.txt')).toMatchObject({ status: 'failed', error: expect.stringMatching(/binary/), entries: [] });
    expect(entriesOf(report, 'empty.txt')).toMatchObject({ status: 'failed', error: expect.stringMatching(/empty/), entries: [] });
    expect(entriesOf(report, 'menus.txt')).toMatchObject({ status: 'no-article', error: expect.stringMatching(/no article/) });
    expect(entriesOf(report, 'a.txt').entries.map((e) => e.state)).toEqual(['generated']);
    expect(await readdir(path.join(content, 'articles'))).toEqual(['north-korean-troops-enter-combat-in-kursk-region.md']);
  });

  it('reports off-topic articles as skipped with their reason', async () => {
    await putDump('off.txt', [
      'Putin says Russia to seek defense cuts though it depends on war',
      'By Jane Doe',
      'President Vladimir Putin said Russia would seek to cut defense spending, though it depended on the war in Ukraine.',
      'He said the budget would be discussed in parliament next month, officials in Moscow said on Friday.',
    ].join('\n'));
    const { report } = await ingestArchive(content);
    expect(entriesOf(report, 'off.txt')).toMatchObject({ entries: [], skipped: [{ headline: 'Putin says Russia to seek defense cuts though it depends on war', reason: 'off-topic: no mention of North Korea' }] });
  });

  it('gives two articles with one headline from two dumps distinct files', async () => {
    await putDump('a.txt', DUMP_A);
    await putDump('a2.txt', DUMP_A.replace('By Jane Doe', 'By John Roe'));
    await ingestArchive(content);
    const files = (await readdir(path.join(content, 'articles'))).sort();
    expect(files).toHaveLength(2);
    expect(files).toContain('north-korean-troops-enter-combat-in-kursk-region.md');
    expect(files.find((f) => f !== 'north-korean-troops-enter-combat-in-kursk-region.md')).toMatch(/^north-korean-troops-enter-combat-in-kursk-region-[0-9a-f]{6}\.md$/);
  });

  it('creates the articles folder on the first run of a new archive', async () => {
    const fresh = await makeContent(false);
    try {
      await writeFile(path.join(fresh, 'dumps', 'a.txt'), DUMP_A);
      const { changes } = await ingestArchive(fresh);
      expect(changes.map((c) => c.change)).toEqual(['created']);
      expect(await readdir(path.join(fresh, 'articles'))).toEqual(['north-korean-troops-enter-combat-in-kursk-region.md']);
    } finally {
      await rm(fresh, { recursive: true, force: true });
    }
  });
});
