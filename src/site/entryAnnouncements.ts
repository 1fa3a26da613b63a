// While serving, what an ingest wrote reaches Eleventy's watcher once, all of it together, when the run ends: one
// rebuild a capture. Before, the watcher's own events for the entries, the report and the capture records came in as
// the run wrote them, a rebuild started on the first and the rest queued behind it, and Eleventy built the whole site
// twice (68.9 and 63.1 s after one capture at 10,000 captures). So while a run goes on, the watcher's add and change
// events for entry files are held; when it ends, those for files as the run left them are dropped (it names them
// itself) and the others, hand edits made meanwhile, go on; and the report and capture records are not watched at all
// (see .eleventy.ts): the run names the report when it wrote it. Ingest names entries itself for another reason too:
// chokidar 4 reads a changed folder again at most once a second and forgets the changes that came in meanwhile when
// that read outlasts the second (a large folder, a process busy rebuilding), so an entry written during a rebuild was
// never seen and its page never built (measured: 1,000 entries, a new capture never served).
import path from 'node:path';
import type { IngestRun } from '../store/ingestReport.ts';
import { StatCache } from '../store/statCache.ts';

/** What Eleventy's watcher is: chokidar, whose events start a rebuild with the file in it. */
export interface FileWatcher {
  emit(event: string | symbol, ...args: unknown[]): boolean;
}

type Event = 'add' | 'change' | 'unlink';
type Announcement = { event: Event; file: string };

/**
 * Entry files an ingest created, rewrote or removed, as paths under the content folder as Eleventy names it (its glob
 * of templates matches them in that form).
 */
export function entryFileEvents(run: Pick<IngestRun, 'changes'>, articlesDir: string): Announcement[] {
  const events: Record<IngestRun['changes'][number]['change'], Event> = { created: 'add', updated: 'change', regenerated: 'change', removed: 'unlink' };
  return run.changes.map(({ file, change }) => ({ event: events[change], file: path.join(articlesDir, file) }));
}

/** One forwarded watcher: its own emit, and the entry events held while a run goes on. */
interface Gate {
  emit: FileWatcher['emit'];
  held: [Event, unknown[]][];
}

const gates = new Set<Gate>();
/** Whether a run is under way: serve's thread runs ingest and says so in memory both threads share (serveThread.ts). */
let runUnderWay: () => boolean = () => false;
/** Entry files ingest wrote, by absolute path, with the stamp each had right after: the watcher's later word on them is no news. */
const ownWrites = new Map<string, string>();

const isEntryFile = (file: string, articlesDir: string) => file.endsWith('.md') && path.dirname(path.resolve(file)) === path.resolve(articlesDir);
const isOwnWrite = (file: string) => ownWrites.get(path.resolve(file)) === (StatCache.statOf(file) ?? 'absent');

/**
 * Puts `watcher`'s add and change events for files in `articlesDir` through the gate, and passes announcements on to
 * it, until the returned function is called.
 */
export function forwardEntryFiles(watcher: FileWatcher, articlesDir: string): () => void {
  const emit = watcher.emit.bind(watcher);
  const gate: Gate = { emit, held: [] };
  watcher.emit = (event, ...args) => {
    if ((event === 'add' || event === 'change') && typeof args[0] === 'string' && isEntryFile(args[0], articlesDir)) {
      if (runUnderWay()) {
        gate.held.push([event, args]);
        return true;
      }
      if (isOwnWrite(args[0])) return true;
    }
    return emit(event, ...args);
  };
  gates.add(gate);
  return () => {
    gates.delete(gate);
    release(gate);
    watcher.emit = emit;
  };
}

/** Held events that are not the runs' own writes go on; the rest are dropped. */
function release(gate: Gate): void {
  const held = gate.held;
  gate.held = [];
  for (const [event, args] of held) if (!isOwnWrite(args[0] as string)) gate.emit(event, ...args);
}

/**
 * The watcher's entry events wait while `underWay()` says a run is writing: it must turn true before the run writes
 * its first file, and stay true until the run's end has been told here (announceRun, or releaseEntryEvents if it failed).
 * Read as each event comes, so a run started on another thread holds events that its files set off at once.
 */
export function holdEntryEventsWhile(underWay: () => boolean): void {
  runUnderWay = underWay;
}

/** A run failed: the events held go on as they came, unless another run is still under way. */
export function releaseEntryEvents(): void {
  if (runUnderWay()) return;
  for (const gate of gates) release(gate);
}

/**
 * A run ended: its own writes are known, and its entry files, and its report when it wrote one (`reportFile`), are
 * announced together. Events held for its writes are dropped and the others passed on first, once no run is under way;
 * while another is, they wait for its end, as they may be that run's.
 */
export function announceRun(run: Pick<IngestRun, 'changes'> & { wrote?: Record<string, string> }, articlesDir: string, reportFile: string): void {
  for (const [key, stamp] of Object.entries(run.wrote ?? {})) {
    if (key.startsWith('articles/')) ownWrites.set(path.resolve(articlesDir, key.slice('articles/'.length)), stamp);
  }
  const announced: Announcement[] = [...entryFileEvents(run, articlesDir), ...(run.wrote?.report !== undefined ? [{ event: 'change' as const, file: reportFile }] : [])];
  const settled = !runUnderWay();
  for (const gate of gates) {
    if (settled) release(gate);
    for (const { event, file } of announced) gate.emit(event, file);
  }
}
