// What an ingest wrote reaches Eleventy's watcher once, together, when the run ends: the watcher's own events for
// entry files are held while a run goes on, those for the run's own writes dropped, hand edits passed on, and the
// run's entries and report announced in the path form of Eleventy's templates.
import { EventEmitter } from 'node:events';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { announceRun, entryFileEvents, forwardEntryFiles, holdEntryEventsWhile, releaseEntryEvents } from '../../src/site/entryAnnouncements.ts';
import { StatCache } from '../../src/store/statCache.ts';

const run = {
  changes: [
    { dump: 'a.txt', file: 'new-story.md', change: 'created' as const },
    { dump: 'a.txt', file: 'patched.md', change: 'updated' as const },
    { dump: 'b.txt', file: 'edited.md', change: 'regenerated' as const, detail: 'kept as edited.md.1234abcd.bak' },
    { dump: 'c.txt', file: 'gone.md', change: 'removed' as const, detail: 'its dump is gone (--prune)' },
  ],
};

let dir: string | undefined;
let stop: (() => void) | undefined;
/** Runs started and runs whose end was told, as serve's thread and its main thread count them. */
let started = 0;
let ended = 0;
holdEntryEventsWhile(() => started > ended);
/** A run starts: the watcher's entry events wait for its end (announceRun, or releaseEntryEvents if it fails). */
const holdEntryEvents = () => void (started += 1);
const runEnded = () => void (ended += 1);
afterEach(async () => {
  stop?.();
  stop = undefined;
  ended = started;
  releaseEntryEvents();
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

/** A watcher that records what reaches its listeners, forwarded to, over a real articles folder. */
async function watched() {
  dir = await mkdtemp(path.join(os.tmpdir(), 'announce-'));
  const articles = path.join(dir, 'articles');
  await mkdir(articles);
  const watcher = new EventEmitter();
  const seen: string[] = [];
  for (const event of ['add', 'change', 'unlink']) watcher.on(event, (file: string) => seen.push(`${event} ${path.relative(dir!, file)}`));
  stop = forwardEntryFiles(watcher, articles);
  return { watcher, seen, articles, report: path.join(dir, 'ingestReport.json') };
}

const stampOf = (file: string) => StatCache.statOf(file)!;

/** Writes each file named (in `articles`) with its text; their paths, in the order given. */
async function writeEntries(articles: string, texts: Record<string, string>): Promise<string[]> {
  const files = Object.entries(texts).map(([name, text]) => [path.join(articles, name), text] as const);
  for (const [file, text] of files) await writeFile(file, text);
  return files.map(([file]) => file);
}

describe('entry file announcements', () => {
  it('turns created files into adds, rewritten ones into changes and removed ones into unlinks', () => {
    expect(entryFileEvents(run, 'content/articles')).toEqual([
      { event: 'add', file: 'content/articles/new-story.md' },
      { event: 'change', file: 'content/articles/patched.md' },
      { event: 'change', file: 'content/articles/edited.md' },
      { event: 'unlink', file: 'content/articles/gone.md' },
    ]);
  });

  it('names files under the content folder as Eleventy was given it, relative or absolute', () => {
    expect(entryFileEvents(run, '/srv/archive/content/articles')[0]!.file).toBe('/srv/archive/content/articles/new-story.md');
    expect(entryFileEvents(run, './content/articles')[0]!.file).toBe('content/articles/new-story.md');
  });

  it("holds the watcher's entry events during a run, drops those for its own writes, and announces the run at its end", async () => {
    const { watcher, seen, articles, report } = await watched();
    holdEntryEvents();
    const [own, byHand] = await writeEntries(articles, { 'new-story.md': 'written by ingest', 'by-hand.md': 'written by a person' });
    watcher.emit('add', own!);
    watcher.emit('change', byHand!);
    // Other files are not held.
    watcher.emit('change', path.join(dir!, 'index.njk'));
    expect(seen).toEqual(['change index.njk']);

    runEnded();
    announceRun(
      { changes: [{ dump: 'a.txt', file: 'new-story.md', change: 'created' }], wrote: { 'articles/new-story.md': stampOf(own!), report: 'x', manifest: 'y' } },
      articles,
      report,
    );
    expect(seen).toEqual(['change index.njk', 'change articles/by-hand.md', 'add articles/new-story.md', 'change ingestReport.json']);
  });

  it('drops a late word on a file as the run left it, and passes on an edit made to it since', async () => {
    const { watcher, seen, articles, report } = await watched();
    const own = path.join(articles, 'story.md');
    await writeFile(own, 'written by ingest');
    holdEntryEvents();
    runEnded();
    announceRun({ changes: [{ dump: 'a.txt', file: 'story.md', change: 'updated' }], wrote: { 'articles/story.md': stampOf(own) } }, articles, report);
    expect(seen).toEqual(['change articles/story.md']);
    watcher.emit('change', own);
    expect(seen).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await writeFile(own, 'edited by hand afterwards');
    watcher.emit('change', own);
    expect(seen).toEqual(['change articles/story.md', 'change articles/story.md']);
  });

  it('passes held events on as they came when a run fails, and lets go of the watcher when stopped', async () => {
    const { watcher, seen, articles } = await watched();
    holdEntryEvents();
    watcher.emit('add', path.join(articles, 'a.md'));
    expect(seen).toEqual([]);
    runEnded();
    releaseEntryEvents();
    expect(seen).toEqual(['add articles/a.md']);
    stop!();
    stop = undefined;
    holdEntryEvents();
    watcher.emit('add', path.join(articles, 'b.md'));
    runEnded();
    announceRun({ changes: [{ dump: 'd.txt', file: 'later.md', change: 'created' }] }, articles, path.join(dir!, 'report.json'));
    expect(seen).toEqual(['add articles/a.md', 'add articles/b.md']);
  });

  it('announces a run that ended while a later one is under way, and holds the watcher\'s events until that one ends too', async () => {
    const { watcher, seen, articles, report } = await watched();
    holdEntryEvents();
    holdEntryEvents();
    const [first, second] = await writeEntries(articles, { 'first.md': 'written by the first run', 'second.md': 'written by the second run' });
    watcher.emit('add', first!);
    watcher.emit('add', second!);
    runEnded();
    announceRun({ changes: [{ dump: 'a.txt', file: 'first.md', change: 'created' }], wrote: { 'articles/first.md': stampOf(first!) } }, articles, report);
    // The second run's own file must not set a rebuild off before that run names it.
    expect(seen).toEqual(['add articles/first.md']);
    runEnded();
    announceRun({ changes: [{ dump: 'b.txt', file: 'second.md', change: 'created' }], wrote: { 'articles/second.md': stampOf(second!) } }, articles, report);
    expect(seen).toEqual(['add articles/first.md', 'add articles/second.md']);
  });

  it('keeps held events through a failed run while another is under way', async () => {
    const { watcher, seen, articles } = await watched();
    holdEntryEvents();
    holdEntryEvents();
    watcher.emit('change', path.join(articles, 'by-hand.md'));
    runEnded();
    releaseEntryEvents();
    expect(seen).toEqual([]);
    runEnded();
    releaseEntryEvents();
    expect(seen).toEqual(['change articles/by-hand.md']);
  });
});
