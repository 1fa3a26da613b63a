// The seal on a completed ingest: a run over exactly the input the last completed run saw reads nothing and writes
// nothing; any change to what ingest reads (a capture, a sidecar, an entry, a provenance record, the manifest, the
// report, the configuration, the options, a link's target) breaks it and the run reads the archive in full.
import { mkdir, readFile, rm, stat, symlink, utimes, watch, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEAL_NAME } from '../../src/store/archivePaths.ts';
import { ingestArchive, ingestOrTell, type IngestOptions, type SealedRun } from '../../src/store/ingestArchive.ts';
import { formatChanges, formatReport, reportTotals, type IngestRun } from '../../src/store/ingestReport.ts';
import {
  articlePath, changedPaths, dumpReport, generatedDump, listArticles, makeContent, pastClockTick, putDump, readArticle, removeContent, runCli, snapshotTree,
} from '../helpers/storeArchive.ts';

let content: string;
const sealFile = () => path.join(content, SEAL_NAME);
const hasSeal = () => stat(sealFile()).then(() => true, () => false);
/** The same number of bytes, other text: a stamp, not a size, must tell the change. */
function sameSize(text: string): string {
  const changed = text.replace('North Korean', 'North-Korean');
  expect(changed).not.toBe(text);
  expect(Buffer.byteLength(changed)).toBe(Buffer.byteLength(text));
  return changed;
}

async function firstEntry(): Promise<string> {
  return (await listArticles(content)).find((f) => f.endsWith('.md'))!;
}

const stateOf = (run: IngestRun, file: string) => run.report.dumps.flatMap((d) => d.entries).find((e) => e.file === file)?.state;

beforeEach(async () => {
  content = await makeContent('seal-');
  for (let i = 0; i < 3; i += 1) await putDump(content, `gen-${i}.txt`, generatedDump(i));
  await writeFile(path.join(content, 'dumps', 'gen-0.json'), JSON.stringify({ url: 'https://example.com/a', source: 'Example News' }));
  await pastClockTick();
  const first = await ingestArchive(content);
  expect(first.sealed).toBe(false);
  expect(first.changes.length).toBeGreaterThanOrEqual(3);
  expect(await hasSeal()).toBe(true);
});

afterEach(async () => {
  await removeContent(content);
});

describe('the ingest seal', () => {
  it('tells what a run that read no capture tells, from the summary saved with it, the failures counted', async () => {
    await writeFile(path.join(content, 'dumps', 'empty.txt'), '');
    await pastClockTick();
    const full = await ingestArchive(content);
    expect(full.sealed).toBe(false);
    const told = await ingestOrTell(content);
    expect(told).toEqual({ sealed: true, changes: [], told: formatReport(full.report, new Set()), failed: reportTotals(full.report).failed });
    expect((told as SealedRun).failed).toBe(1);
    expect((told as SealedRun).told).toMatch(/^empty\.txt: /m);
    // The command line over the sealed archive: the same lines, and --strict still fails on the failed capture.
    const strict = await runCli(['ingest', '--content', content, '--strict']);
    expect(strict.stdout).toContain(`${(told as SealedRun).told}\nthis run: 0 entries created, 0 updated, 0 regenerated over an edit, 0 removed (no capture, entry or setting changed since the last run)`);
    expect(strict.code).toBe(1);
  }, 30_000);

  it('is not taken from a seal of an earlier version, which holds no summary, nor from one whose summary is damaged', async () => {
    const saved = JSON.parse(await readFile(sealFile(), 'utf8')) as Record<string, unknown>;
    for (const damaged of [{ ...saved, version: 2, told: undefined, failed: undefined }, { ...saved, told: 7 }, { ...saved, failed: 'none' }]) {
      await writeFile(sealFile(), JSON.stringify(damaged));
      expect((await ingestOrTell(content)).sealed).toBe(false);
      expect((await ingestOrTell(content)).sealed).toBe(true);
    }
  });

  it('is put on by a completed run, so the next run over the same input reads nothing, writes nothing and reports the same', async () => {
    await rm(sealFile());
    const full = await ingestArchive(content);
    expect(full.sealed).toBe(false);
    const before = await snapshotTree(content);
    const again = await ingestArchive(content);
    expect(again).toMatchObject({ sealed: true, changes: [], parsed: [] });
    expect(again.report).toEqual(full.report);
    expect(formatChanges(again)).toContain('no capture, entry or setting changed since the last run');
    expect(changedPaths(before, await snapshotTree(content))).toEqual([]);
  });

  const changes: [string, () => Promise<unknown>, (run: IngestRun) => Promise<void> | void][] = [
    [
      'a capture rewritten to the same size',
      async () => putDump(content, 'gen-1.txt', sameSize(generatedDump(1))),
      (run) => expect(run.parsed).toEqual(['gen-1.txt']),
    ],
    [
      'a capture rewritten to the same size with its modification time put back',
      async () => {
        // A time Node can set exactly (milliseconds), sealed first, so that only the change time tells.
        const file = path.join(content, 'dumps', 'gen-1.txt');
        const back = new Date('2024-11-05T10:00:00.123Z');
        await utimes(file, back, back);
        await pastClockTick();
        expect((await ingestArchive(content)).sealed).toBe(false);
        expect(await hasSeal()).toBe(true);
        await putDump(content, 'gen-1.txt', sameSize(generatedDump(1)));
        await utimes(file, back, back);
      },
      (run) => expect(run.parsed).toEqual(['gen-1.txt']),
    ],
    ['a capture added', () => putDump(content, 'gen-3.txt', generatedDump(3)), (run) => expect(run.parsed).toEqual(['gen-3.txt'])],
    ['a capture removed', () => rm(path.join(content, 'dumps', 'gen-2.txt')), (run) => expect(dumpReport(run.report, 'gen-2.txt').status).toBe('orphaned')],
    [
      'a sidecar added',
      () => writeFile(path.join(content, 'dumps', 'gen-1.json'), JSON.stringify({ url: 'https://example.com/b' })),
      (run) => expect(run.parsed).toEqual(['gen-1.txt']),
    ],
    [
      'a sidecar changed',
      () => writeFile(path.join(content, 'dumps', 'gen-0.json'), JSON.stringify({ url: 'https://example.com/c', source: 'Example News' })),
      (run) => expect(run.parsed).toEqual(['gen-0.txt']),
    ],
    [
      'an entry edited to the same size',
      async () => writeFile(articlePath(content, await firstEntry()), sameSize(await readArticle(content, await firstEntry()))),
      async (run) => expect(stateOf(run, await firstEntry())).toBe('edited'),
    ],
    [
      'an entry deleted',
      async () => rm(articlePath(content, await firstEntry())),
      (run) => expect(run.report.dumps.flatMap((d) => d.entries).map((e) => e.state)).toContain('deleted-by-hand'),
    ],
    ['a provenance record deleted', () => rm(path.join(content, '_provenance', 'gen-2.txt.json')), (run) => expect(run.parsed).toEqual(['gen-2.txt'])],
    ['the report deleted', () => rm(path.join(content, '_data', 'ingestReport.json')), (run) => expect(run.parsed).toEqual(['gen-0.txt', 'gen-1.txt', 'gen-2.txt'])],
    [
      'the manifest rewritten (as a checkout of another version would)',
      async () => {
        const file = path.join(content, 'ingest-manifest.json');
        await writeFile(file, await readFile(file, 'utf8'));
      },
      (run) => expect(run.changes).toEqual([]),
    ],
    [
      'a temporary file left by a killed run',
      () => writeFile(path.join(content, 'articles', '.x.md.0123456789ab.tmp'), 'half'),
      async () => expect((await listArticles(content)).some((f) => f.endsWith('.tmp'))).toBe(false),
    ],
    [
      'the gazetteer changed',
      async () => {
        const file = path.join(content, '_data', 'gazetteer.json');
        await writeFile(file, `${(await readFile(file, 'utf8')).trimEnd()}\n\n`);
      },
      (run) => expect(run.parsed).toEqual(['gen-0.txt', 'gen-1.txt', 'gen-2.txt']),
    ],
    [
      'the seal damaged',
      () => writeFile(sealFile(), '{"version":1,'),
      (run) => expect(run.changes).toEqual([]),
    ],
  ];

  for (const [what, change, check] of changes) {
    it(`is broken by ${what}: the next run reads the archive in full and seals it again`, async () => {
      await change();
      await pastClockTick();
      const run = await ingestArchive(content);
      expect(run.sealed).toBe(false);
      await check(run);
      expect(await hasSeal()).toBe(true);
      expect((await ingestArchive(content)).sealed).toBe(true);
    });
  }

  const options: [string, IngestOptions][] = [
    ['--captured-at', { capturedAt: new Date('2024-11-02T00:00:00Z') }],
    ['--max-bytes', { maxBytes: 1000 }],
    ['--prune', { prune: true }],
    ['--force', { force: ['anything.md'] }],
  ];
  for (const [flag, option] of options) {
    it(`does not stand for a run with ${flag}`, async () => {
      expect((await ingestArchive(content, option)).sealed).toBe(false);
    });
  }

  it('is broken when a linked capture is pointed elsewhere or its target changes', async () => {
    // Targets in a folder of their own inside the dumps folder: listed by no one but the link.
    const saved = path.join(content, 'dumps', 'saved');
    await mkdir(saved);
    await writeFile(path.join(saved, 'one.txt'), generatedDump(5));
    await writeFile(path.join(saved, 'two.txt'), generatedDump(6));
    await symlink(path.join(saved, 'one.txt'), path.join(content, 'dumps', 'link.txt'));
    await pastClockTick();
    await ingestArchive(content);
    expect((await ingestArchive(content)).sealed).toBe(true);
    await writeFile(path.join(saved, 'one.txt'), sameSize(generatedDump(5)));
    await pastClockTick();
    const changed = await ingestArchive(content);
    expect(changed).toMatchObject({ sealed: false, parsed: ['link.txt'] });
    await rm(path.join(content, 'dumps', 'link.txt'));
    await symlink(path.join(saved, 'two.txt'), path.join(content, 'dumps', 'link.txt'));
    expect(await ingestArchive(content)).toMatchObject({ sealed: false, parsed: ['link.txt'] });
  });

  it('does not stand for a capture or sidecar that arrived while the run was reading', async () => {
    await putDump(content, 'gen-3.txt', generatedDump(3));
    await pastClockTick();
    // The new capture's entry is written late in the run, after the run listed and read its input.
    const articles = path.join(content, 'articles');
    const watcher = watch(articles);
    const late = (async () => {
      for await (const event of watcher) {
        if (event.filename?.endsWith('.md')) break;
      }
      await putDump(content, 'gen-4.txt', generatedDump(4));
      await writeFile(path.join(content, 'dumps', 'gen-1.json'), JSON.stringify({ url: 'https://example.com/late' }));
    })();
    const run = await ingestArchive(content);
    await late;
    expect(run.parsed).toEqual(['gen-3.txt']);
    await pastClockTick();
    expect(await ingestArchive(content)).toMatchObject({ sealed: false, parsed: ['gen-1.txt', 'gen-4.txt'] });
  });

  it('is not put on over input that changed within a clock tick of the run, which could change again unseen', async () => {
    const soon = new Date(Date.now() + 60_000);
    await utimes(path.join(content, 'dumps', 'gen-2.txt'), soon, soon);
    await putDump(content, 'gen-3.txt', generatedDump(3));
    expect((await ingestArchive(content)).parsed).toEqual(['gen-3.txt']);
    expect(await hasSeal()).toBe(false);
  });

  it('is taken off before a run changes anything, and not put back by a run that fails', async () => {
    await putDump(content, 'gen-3.txt', generatedDump(3));
    await writeFile(path.join(content, 'ingest-manifest.json'), '{ damaged');
    await expect(ingestArchive(content)).rejects.toThrow(/ingest manifest is damaged/);
    expect(await hasSeal()).toBe(false);
  });
});
