// While serving, ingest tells Eleventy's file watcher itself which entry files it created or removed. chokidar 4 reads
// a changed folder again at most once a second and forgets the changes that came in meanwhile when that read outlasts
// the second (a large folder, a process busy rebuilding), so an entry written by ingest during a rebuild was never
// seen and its page never built (measured: 1,000 entries, a new capture never served).
import { EventEmitter } from 'node:events';
import path from 'node:path';
import type { IngestRun } from '../store/ingestReport.ts';

/** What Eleventy's watcher understands: chokidar's own events, which start a rebuild with the file in it. */
export interface FileWatcher {
  emit(event: 'add' | 'unlink', file: string): unknown;
}

type Announcement = { event: 'add' | 'unlink'; file: string };

const announcements = new EventEmitter();
const ANNOUNCED = 'entry-file';

/**
 * Entry files an ingest created or removed, as paths under the content folder as Eleventy names it (its glob of
 * templates matches them in that form).
 */
export function entryFileEvents(run: Pick<IngestRun, 'changes'>, articlesDir: string): Announcement[] {
  return run.changes.flatMap(({ file, change }): Announcement[] => {
    if (change === 'created') return [{ event: 'add', file: path.join(articlesDir, file) }];
    if (change === 'removed') return [{ event: 'unlink', file: path.join(articlesDir, file) }];
    return [];
  });
}

export function announceEntryFiles(run: Pick<IngestRun, 'changes'>, articlesDir: string): void {
  for (const announcement of entryFileEvents(run, articlesDir)) announcements.emit(ANNOUNCED, announcement);
}

/** Passes every announcement on to the watcher until the returned function is called. */
export function forwardEntryFiles(watcher: FileWatcher): () => void {
  const forward = ({ event, file }: Announcement) => watcher.emit(event, file);
  announcements.on(ANNOUNCED, forward);
  return () => announcements.off(ANNOUNCED, forward);
}
