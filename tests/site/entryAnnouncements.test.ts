// Ingest while serving names the entry files it created or removed to Eleventy's watcher, in the path form of its templates.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { announceEntryFiles, entryFileEvents, forwardEntryFiles } from '../../src/site/entryAnnouncements.ts';

const run = {
  changes: [
    { dump: 'a.txt', file: 'new-story.md', change: 'created' as const },
    { dump: 'a.txt', file: 'patched.md', change: 'updated' as const },
    { dump: 'b.txt', file: 'edited.md', change: 'regenerated' as const, detail: 'kept as edited.md.1234abcd.bak' },
    { dump: 'c.txt', file: 'gone.md', change: 'removed' as const, detail: 'its dump is gone (--prune)' },
  ],
};

describe('entry file announcements', () => {
  it('turns created files into adds and removed ones into unlinks; a rewritten file is left to the watcher', () => {
    expect(entryFileEvents(run, 'content/articles')).toEqual([
      { event: 'add', file: 'content/articles/new-story.md' },
      { event: 'unlink', file: 'content/articles/gone.md' },
    ]);
  });

  it('names files under the content folder as Eleventy was given it, relative or absolute', () => {
    expect(entryFileEvents(run, '/srv/archive/content/articles')[0]!.file).toBe('/srv/archive/content/articles/new-story.md');
    expect(entryFileEvents(run, './content/articles')[0]!.file).toBe('content/articles/new-story.md');
  });

  it('reaches a watcher only while it is forwarded to', () => {
    const watcher = new EventEmitter();
    const seen: string[] = [];
    watcher.on('add', (file: string) => seen.push(`add ${file}`));
    watcher.on('unlink', (file: string) => seen.push(`unlink ${file}`));
    const stop = forwardEntryFiles(watcher);
    announceEntryFiles(run, 'content/articles');
    stop();
    announceEntryFiles({ changes: [{ dump: 'd.txt', file: 'later.md', change: 'created' }] }, 'content/articles');
    expect(seen).toEqual(['add content/articles/new-story.md', 'unlink content/articles/gone.md']);
  });
});
