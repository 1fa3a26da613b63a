// Crash safety: an ingest killed at any point (SIGKILL) and then run again leaves exactly what one uninterrupted run leaves.
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArchive } from '../../src/store/ingestArchive.ts';
import { readEntry } from '../../src/store/readEntry.ts';
import {
  CLI, dumpReport, fileText, folderBytes, generatedDump, makeContent, putDump, readManifest, removeContent, runCli, SEED_NAMES, seedText, sha256,
} from '../helpers/storeArchive.ts';
import { REPO_ROOT } from '../helpers/archiveConfig.ts';
import { STORY_COPY_A, STORY_COPY_B, STORY_COPY_C } from '../helpers/storyDumps.ts';

type Dumps = [string, string][];

/** When to kill the child: after a time, after it has written the k-th entry file, or when a temporary file appears in the content folder. */
type Trigger = { afterMs: number } | { afterEntries: number } | { onContentTemp: true };

const made: string[] = [];

async function folderWith(dumps: Dumps, prefix: string): Promise<string> {
  const dir = await makeContent(prefix);
  made.push(dir);
  for (const [name, text] of dumps) await putDump(dir, name, text);
  return dir;
}

/** The first capture, 40 dumps: five samples, 30 generated pages, two pages whose headline collides with another's, a story in three copies. */
async function firstDumps(): Promise<Dumps> {
  const dumps: Dumps = [];
  for (const s of SEED_NAMES) dumps.push([s, await seedText(s)]);
  for (let i = 0; i < 30; i += 1) dumps.push([`page-${String(i).padStart(2, '0')}.txt`, generatedDump(i)]);
  const headlineOf = (text: string) => text.split('\n')[4]!;
  dumps.push(['collide-a.txt', generatedDump(40).replace(headlineOf(generatedDump(40)), headlineOf(generatedDump(2)))]);
  dumps.push(['collide-b.txt', generatedDump(41).replace(headlineOf(generatedDump(41)), headlineOf(generatedDump(3)))]);
  dumps.push(['story-a.txt', STORY_COPY_A], ['story-b.txt', STORY_COPY_B], ['story-c.txt', STORY_COPY_C]);
  return dumps;
}

const CHANGED_PARAGRAPH =
  'Correction appended by the outlet: an earlier version of this article misstated the number of North Korean soldiers reported killed near the front in Ukraine.';

/** A second capture of the same archive: eight pages recaptured with a changed paragraph, five new pages, two gone. */
function secondDumps(first: Dumps): Dumps {
  const next: Dumps = first
    .filter(([name]) => name !== 'page-28.txt' && name !== 'page-29.txt')
    .map(([name, text]) => {
      const i = Number(/^page-(\d+)\.txt$/.exec(name)?.[1] ?? -1);
      return [name, i >= 0 && i % 4 === 0 ? text.replace('\n\nLink copied', `\n\n${CHANGED_PARAGRAPH}\n\nLink copied`) : text];
    });
  for (let i = 50; i < 55; i += 1) next.push([`page-${i}.txt`, generatedDump(i)]);
  return next;
}

/** Runs the CLI's ingest and SIGKILLs it at the trigger; resolves with how it ended. */
function ingestKilled(dir: string, trigger: Trigger): Promise<{ killed: boolean; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'ingest', '--content', dir], { cwd: REPO_ROOT, stdio: 'ignore' });
    let killed = false;
    const kill = () => {
      if (!killed && child.exitCode === null) killed = child.kill('SIGKILL');
    };
    const watchers: ReturnType<typeof watch>[] = [];
    let timer: NodeJS.Timeout | undefined;
    if ('afterMs' in trigger) timer = setTimeout(kill, trigger.afterMs);
    if ('afterEntries' in trigger) {
      const seen = new Set<string>();
      watchers.push(watch(path.join(dir, 'articles'), (_event, name) => {
        if (name && name.endsWith('.md') && !name.startsWith('.')) seen.add(name);
        if (seen.size >= trigger.afterEntries) kill();
      }));
    }
    if ('onContentTemp' in trigger) {
      watchers.push(watch(dir, (_event, name) => {
        if (name && name.endsWith('.tmp')) kill();
      }));
    }
    child.on('error', reject);
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      for (const w of watchers) w.close();
      resolve({ killed, code });
    });
  });
}

/** Every file name under the folder, dot-files included. */
async function allFiles(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
}

interface ArchiveBytes {
  articles: Record<string, string>;
  manifest: string | null;
  report: string | null;
}

async function archiveBytes(dir: string): Promise<ArchiveBytes> {
  return {
    articles: await folderBytes(path.join(dir, 'articles')),
    manifest: await fileText(path.join(dir, 'ingest-manifest.json')),
    report: await fileText(path.join(dir, '_data', 'ingestReport.json')),
  };
}

/** The invariants of a settled archive, whatever happened before the last run. */
async function expectSettled(dir: string, label: string): Promise<void> {
  const files = await allFiles(dir);
  expect(files.filter((f) => f.endsWith('.tmp')), `${label}: temporary files left`).toEqual([]);
  const articles = files.filter((f) => f.startsWith('articles/')).map((f) => f.slice('articles/'.length));
  expect(articles.every((f) => f.endsWith('.md') && !f.startsWith('.')), `${label}: only entries in articles/`).toBe(true);
  const manifest = await readManifest(dir);
  const recorded = new Map(Object.values(manifest.dumps).flatMap((d) => d.entries.map((e) => [e.file, e] as const)));
  const seen = new Map<string, string>();
  for (const file of articles) {
    const text = await readFile(path.join(dir, 'articles', file), 'utf8');
    const { entry } = readEntry(text, file);
    const key = `${entry.dump}\n${entry.headline}`;
    expect(seen.get(key), `${label}: ${file} repeats ${seen.get(key)}`).toBeUndefined();
    seen.set(key, file);
    expect(recorded.get(file)?.sha256, `${label}: ${file} recorded with its hash`).toBe(sha256(text));
  }
  expect([...recorded.keys()].sort(), `${label}: manifest records exactly the files`).toEqual(articles);
  const report = JSON.parse((await fileText(path.join(dir, '_data', 'ingestReport.json')))!) as { dumps: { entries: { state: string }[] }[] };
  expect(report.dumps.flatMap((d) => d.entries).filter((e) => e.state !== 'generated'), `${label}: nobody edited anything`).toEqual([]);
}

let first: Dumps;
let second: Dumps;
let cleanFirst: ArchiveBytes;
let cleanSecond: ArchiveBytes;
let cleanRunMs: number;

beforeAll(async () => {
  first = await firstDumps();
  second = secondDumps(first);
  // The clean reference: one uninterrupted run of the command line, timed to place the random kills.
  const clean = await folderWith(first, 'crash-clean-');
  const started = performance.now();
  const run = await runCli(['ingest', '--content', clean]);
  cleanRunMs = performance.now() - started;
  expect(run.code).toBe(0);
  cleanFirst = await archiveBytes(clean);
  expect(Object.keys(cleanFirst.articles).length).toBeGreaterThanOrEqual(40);
  // The second capture, uninterrupted, on top of the first.
  for (const [name] of first) if (!second.some(([n]) => n === name)) await rm(path.join(clean, 'dumps', name));
  for (const [name, text] of second) await putDump(clean, name, text);
  await ingestArchive(clean);
  cleanSecond = await archiveBytes(clean);
});

afterAll(async () => {
  await Promise.all(made.map((d) => removeContent(d)));
});

/** Kill points over a fresh archive: fixed times (mostly before anything is written), entry writes, the manifest write, random points. */
const FRESH_TRIGGERS: [string, () => Trigger][] = [
  ['after 50 ms', () => ({ afterMs: 50 })],
  ['after 150 ms', () => ({ afterMs: 150 })],
  ['after 400 ms', () => ({ afterMs: 400 })],
  ['after the first entry file appears', () => ({ afterEntries: 1 })],
  ['when the manifest\'s temporary file appears', () => ({ onContentTemp: true })],
  ['at a random time', () => ({ afterMs: Math.round(cleanRunMs * Math.random() * 1.1) })],
  ['after a random number of entry files (1)', () => ({ afterEntries: 1 + Math.floor(Math.random() * 40) })],
  ['after a random number of entry files (2)', () => ({ afterEntries: 1 + Math.floor(Math.random() * 40) })],
];
/** Kills that landed while entries were being written (the archive was part-way). */
let interrupted = 0;

// Each kill runs in its own folder; running them side by side keeps the file's time down and varies where the kills land.
describe.concurrent('ingest killed with SIGKILL over a fresh archive, then run again', () => {
  for (const [when, makeTrigger] of FRESH_TRIGGERS) {
    it(`${when}: leaves no temporary or partial file, no duplicate, and a clean run's bytes`, async () => {
      const trigger = makeTrigger();
      const label = `${when} ${JSON.stringify(trigger)}`;
      const dir = await folderWith(first, 'crash-');
      await mkdir(path.join(dir, 'articles'));
      const { killed } = await ingestKilled(dir, trigger);
      const partial = await archiveBytes(dir);
      if (killed && Object.keys(partial.articles).length > 0 && JSON.stringify(partial) !== JSON.stringify(cleanFirst)) interrupted += 1;

      await ingestArchive(dir);
      await expectSettled(dir, label);
      expect(await archiveBytes(dir), label).toEqual(cleanFirst);
    });
  }

});

describe('ingest killed with SIGKILL over a fresh archive (all kills)', () => {
  it('some of those kills landed while entries were being written (or the runs above prove little)', () => {
    expect(interrupted).toBeGreaterThanOrEqual(2);
  });
});

describe.concurrent('ingest killed with SIGKILL during an update run, then run again', () => {
  for (const [when, trigger] of [['after the first entry file is written', { afterEntries: 1 }], ['after the 4th entry file is written', { afterEntries: 4 }]] as [string, Trigger][]) {
    it(`${when}: recovers to the bytes of an uninterrupted update (changed, new and removed dumps)`, async () => {
      const dir = await folderWith(first, 'crash-update-');
      await ingestArchive(dir);
      for (const [name] of first) if (!second.some(([n]) => n === name)) await rm(path.join(dir, 'dumps', name));
      for (const [name, text] of second) await putDump(dir, name, text);
      const before = await archiveBytes(dir);
      const { killed } = await ingestKilled(dir, trigger);
      expect(killed, 'the update run was killed').toBe(true);
      expect(await archiveBytes(dir), 'the kill left the archive part-way').not.toEqual(before);

      await ingestArchive(dir);
      await expectSettled(dir, when);
      expect(await archiveBytes(dir), when).toEqual(cleanSecond);
    });
  }
});

describe('ingest after an interrupted run', () => {
  it('removes the temporary files a killed write left in articles/, beside the manifest and in _data/', async () => {
    const dir = await folderWith(first.slice(0, 6), 'crash-temp-');
    await ingestArchive(dir);
    const settled = await archiveBytes(dir);
    const [someEntry] = Object.keys(settled.articles);
    // What writeFileAtomic leaves when killed between writing its temporary file and renaming it.
    const leftovers = [
      path.join('articles', `.${someEntry}.0123456789ab.tmp`),
      path.join('articles', '.new-entry.md.a1b2c3d4e5f6.tmp'),
      '.ingest-manifest.json.0123456789ab.tmp',
      path.join('_data', '.ingestReport.json.0123456789ab.tmp'),
    ];
    for (const f of leftovers) await writeFile(path.join(dir, f), '{"half": "writ');
    await ingestArchive(dir);
    expect((await allFiles(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(await archiveBytes(dir)).toEqual(settled);
  });

  it('does not take an entry rewritten by a run killed before it saved the manifest for a hand edit', async () => {
    const name = 'page-04.txt';
    const [original, changed] = [first, second].map((set) => set.find(([n]) => n === name)![1]);
    expect(changed).not.toBe(original);
    // What the killed run had already written: the entry as the changed dump gives it.
    const scratch = await folderWith([[name, changed!]], 'crash-scratch-');
    await ingestArchive(scratch);
    const [file, rewritten] = Object.entries(await folderBytes(path.join(scratch, 'articles')))[0]!;

    const dir = await folderWith([[name, original!]], 'crash-rewritten-');
    await ingestArchive(dir);
    expect(Object.keys(await folderBytes(path.join(dir, 'articles')))).toEqual([file]);
    await putDump(dir, name, changed!);
    await writeFile(path.join(dir, 'articles', file), Buffer.from(rewritten, 'base64'));

    const { report } = await ingestArchive(dir);
    expect(dumpReport(report, name).entries).toEqual([expect.objectContaining({ file, state: 'generated' })]);
    expect((await readManifest(dir)).dumps[name]!.entries[0]!.sha256).toBe(sha256(Buffer.from(rewritten, 'base64')));
    // And the archive is what an uninterrupted update gives.
    const reference = await folderWith([[name, original!]], 'crash-reference-');
    await ingestArchive(reference);
    await putDump(reference, name, changed!);
    await ingestArchive(reference);
    expect(await archiveBytes(dir)).toEqual(await archiveBytes(reference));
  });
});
