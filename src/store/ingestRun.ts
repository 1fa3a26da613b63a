// Dumps folder → entries folder: reads changed dumps, groups copies of one story, writes entries atomically, and never overwrites or deletes what a person edited.
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import pMap from 'p-map';
import { DUMP_LISTING, ENTRY_LISTING, PROVENANCE_LISTING, provenanceFile, type ArchivePaths } from './archivePaths.ts';
import { NO_DATE_WARNING, NO_HEADLINE_WARNING, NO_SOURCE_WARNING } from '../ingest/articleWarnings.ts';
import type { Article } from '../ingest/types.ts';
import type { Entry } from './entrySchema.ts';
import { backUp, listFiles, readIfExists, removeTemporaryFiles, writeBytesIfChanged, writeIfChanged } from './entryFiles.ts';
import { groupStories, sameStorySignatures, type StoryMember } from './groupStories.ts';
import { CONFLICT_WARNING, formatReport, reportTotals, type DumpReport, type EntryReport, type IngestReport, type IngestRun } from './ingestReport.ts';
import { loadArchiveConfig, type ArchiveConfig } from './loadArchiveConfig.ts';
import { readManifest, serializeManifest, type DumpRecord, type Manifest, type ManifestEntry } from './manifest.ts';
import { DEFAULT_MAX_DUMP_BYTES, knownUnchanged, loadBytes, readDumpWithCache, sha256, type StampedDump, type StampedRead } from './readDump.ts';
import { ABSENT, breakSeal, scanInput, scannedStamp, sealInput, seenAt, type InputScan, type OwnWrites } from './ingestSeal.ts';
import { EntryWriter, WRITE_BATCH } from './entryWrites.ts';
import { StatCache } from './statCache.ts';
import { FileMemory } from './fileMemory.ts';
import { provenanceJson } from './provenanceRecord.ts';
import { readEntry } from './readEntry.ts';
import { entryOf, renderBody, renderEntry } from './renderEntry.ts';
import { slugify, uniqueSlug } from './slugify.ts';
import { captureReader, ReadingQueue, type CaptureReader, type CaptureRequest } from './captureReaders.ts';
import type { CaptureReading } from './readCapture.ts';
import { optionsKey, runSettings, type Fingerprints, type IngestOptions } from './ingestOptions.ts';

const DUMP_EXTENSION = /\.txt$/i;
const STORY_ID_LENGTH = 10;
const EMPTY_CAPTURE = 'empty file: the capture holds no text (capture the page again)';

function keptEntriesNote(count: number): string {
  return `its ${count === 1 ? 'entry' : `${count} entries`} from the last reading ${count === 1 ? 'is' : 'are'} kept until the capture can be read again or is removed`;
}

/** An entry this run wants in place. */
interface Planned {
  dump: string;
  file: string;
  headline: string;
  signature: string;
  /** What the last run recorded for this entry, if anything. */
  previous: ManifestEntry | undefined;
  /** The entry's bytes for a story id; null when its dump was unchanged and not read again. */
  render: ((story: string | null) => string) | null;
  report: EntryReport;
}

interface Run {
  paths: ArchivePaths;
  config: ArchiveConfig;
  manifest: Manifest;
  previousReport: Map<string, DumpReport>;
  options: IngestOptions;
  forced: Set<string>;
  /** Entry names (without .md) no new entry may take: files on disk and files the manifest records. */
  taken: Set<string>;
  /** Files on disk that no manifest record owns: a person's, or this run's from an interrupted earlier run. */
  unowned: Set<string>;
  changes: IngestRun['changes'];
  /** Provenance files present when the run started (names without .json). */
  provenance: Set<string>;
  cache: StatCache;
  /** The input as the run's scan saw it (null when the scan gave up). */
  scan: InputScan | null;
  /** What this run wrote or removed, keyed as the seal's scan keys it. */
  written: OwnWrites;
}

/**
 * Files read or written at once: the work is mostly waiting on the file system, and one file at a time left the
 * process idle a third of the time; a bound keeps open files well under any system's limit.
 */
const FILE_CONCURRENCY = 16;
/** Captures read ahead of the one being planned: enough to keep every worker busy, few enough to hold in memory. */
const READ_AHEAD = 32;
/** Captures a worker reads per task (see ReadingQueue): an eighth of the look-ahead, eight tasks in flight. */
const READ_BATCH = 4;

interface ReadDump {
  name: string;
  read: StampedRead;
  /** Hash of the normalised text; null when the dump cannot be read or decoded. */
  content: string | null;
}

/** Notes a file this run just wrote or removed, as it left it, for the seal. */
const wrote = (run: Run, key: string) => run.written.set(key, seenAt(run.paths, key));

const sidecarHash = (dump: StampedDump) => (dump.sidecar ? sha256(JSON.stringify(dump.sidecar)) : null);

/**
 * `quick` for each item, and `slow`, a few at a time, for those it gives nothing for; in the items' order. Most of a
 * large archive is unchanged, and its items settled without a promise each: at 10,000 captures the promises of reads
 * and writes that had nothing to do took a run adding one capture a tenth of its time.
 */
async function mapQuickly<T, R>(items: readonly T[], quick: (item: T) => R | undefined, slow: (item: T) => Promise<R>, concurrency = FILE_CONCURRENCY): Promise<R[]> {
  const results = items.map(quick);
  const rest = results.flatMap((result, index) => (result === undefined ? [index] : []));
  const slowResults = await pMap(rest, (index) => slow(items[index]!), { concurrency });
  rest.forEach((index, at) => (results[index] = slowResults[at]));
  return results as R[];
}

/** A capture's normalised text's hash as the manifest recorded it, while the capture is the one recorded. */
function recordedContent(dump: StampedDump, record: DumpRecord | undefined): string | null {
  return record && record.sha256 === dump.sha256 && record.content ? record.content : null;
}

/** Entries settled at once: enough for several batches of writes in flight (see EntryWriter). */
const SETTLE_CONCURRENCY = 4 * WRITE_BATCH;

/** Captures hashed a task at a time (see fillContents): per capture, the messages would cost more than the hash. */
const CONTENT_BATCH = 64;

/**
 * The content hash (see captureContent.ts) of each capture read whose hash the manifest does not hold, on the readers'
 * threads. On the main thread, decoding and normalising every capture of a cold ingest of 10,000 took 1.5 s before the
 * first was parsed, with the workers waiting.
 */
async function fillContents(reader: CaptureReader, dumpsDir: string, dumps: ReadDump[]): Promise<void> {
  const unknown = dumps.flatMap((d) => (d.read.ok && d.content === null ? [{ d, dump: d.read.dump }] : []));
  const batches = Array.from({ length: Math.ceil(unknown.length / CONTENT_BATCH) }, (_, b) => unknown.slice(b * CONTENT_BATCH, (b + 1) * CONTENT_BATCH));
  await Promise.all(
    batches.map(async (batch) => {
      const hashes = await reader.contents(batch.map(({ dump }) => loadBytes(dumpsDir, dump)));
      batch.forEach(({ d }, i) => (d.content = hashes[i]!));
    }),
  );
}

/** For each duplicated capture, the dump that keeps the entries: one that already has them, else the first by name. */
function duplicateOwners(dumps: ReadDump[], manifest: Manifest): Map<string, string> {
  const byContent = new Map<string, string[]>();
  for (const d of dumps) if (d.content) byContent.set(d.content, [...(byContent.get(d.content) ?? []), d.name]);
  const ownerOf = new Map<string, string>();
  for (const names of byContent.values()) {
    const established = names.find((n) => (manifest.dumps[n]?.entries.length ?? 0) > 0 && !manifest.dumps[n]?.duplicateOf);
    const owner = established ?? names[0]!;
    for (const n of names) if (n !== owner) ownerOf.set(n, owner);
  }
  return ownerOf;
}

/** A file this run did not record but finds on disk is adopted when it is exactly what this run would write. */
async function adoptable(run: Run, file: string, render: (story: string | null) => string): Promise<boolean> {
  if (!run.unowned.has(file.replace(/\.md$/, ''))) return false;
  const current = await readIfExists(path.join(run.paths.articlesDir, file));
  if (current === null) return false;
  try {
    const { entry, body } = readEntry(current, file);
    return renderEntry({ ...entry, story: undefined }, body) === render(null);
  } catch {
    return false;
  }
}

/**
 * The entries of the capture's earlier reading its articles take over, by position among the articles kept: the one
 * with the same headline, else the one of the same story under another headline (a page captured again after its
 * headline was changed keeps its entry's name and address). Headlines are matched first, over all the articles.
 */
function previousEntries(record: DumpRecord | undefined, articles: readonly { headline: string; signature: string }[]): (ManifestEntry | undefined)[] {
  const unclaimed = new Set(record?.entries ?? []);
  const take = (entry: ManifestEntry | undefined) => {
    if (entry) unclaimed.delete(entry);
    return entry;
  };
  const found = articles.map((a) => take([...unclaimed].find((e) => e.headline === a.headline)));
  return found.map((entry, i) => entry ?? take([...unclaimed].find((e) => sameStorySignatures(e.signature, articles[i]!.signature))));
}

/** The entry file an article goes to: the earlier entry it takes over, else a new name. */
async function chooseFile(run: Run, dump: StampedDump, index: number, headline: string, previous: ManifestEntry | undefined, render: (story: string | null) => string) {
  if (previous) return { file: previous.file, previous };
  const base = slugify(headline);
  for (const candidate of [base, uniqueSlug(base, new Set([base]), `${dump.name}#${index}`)]) {
    if (await adoptable(run, `${candidate}.md`, render)) return { file: `${candidate}.md`, previous: undefined };
  }
  return { file: `${uniqueSlug(base, run.taken, `${dump.name}#${index}`)}.md`, previous: undefined };
}

function renderFor(article: Article, dump: StampedDump): (story: string | null) => string {
  const body = renderBody(article);
  const entry = entryOf(article, { dump: dump.name, dump_sha256: dump.sha256, captured_at: dump.sidecar?.captured_at });
  return (story) => renderEntry({ ...entry, story: story ?? undefined }, body);
}

async function planParsed(run: Run, dump: StampedDump, report: DumpReport, record: DumpRecord | undefined, reading: CaptureReading): Promise<Planned[]> {
  if (!reading.ok) {
    report.status = 'failed';
    report.error = reading.reason;
    return [];
  }
  report.encoding = reading.encoding;
  if (reading.encoding !== 'utf-8') report.warnings.push(`decoded as ${reading.encoding}`);
  if (reading.empty) {
    report.status = 'failed';
    report.error = EMPTY_CAPTURE;
    return [];
  }
  const { parsed, signatures } = reading;
  const fileOfArticle = new Map<number, string>();
  for (const a of parsed.articles) {
    if (a.headline === null) report.skipped.push({ headline: null, source: a.source, reason: 'no headline found above the text' });
    else if (!a.on_topic) report.skipped.push({ headline: a.headline, source: a.source, reason: a.topic_reason ?? 'off-topic' });
  }
  if (parsed.articles.length === 0) {
    report.status = 'no-article';
    report.error = 'no article found: the capture holds only page furniture (menus, links, banners)';
  }
  const planned: Planned[] = [];
  const kept = parsed.articles.map((article, at) => ({ article, at })).filter(({ at }) => signatures[at] !== null);
  const previousOf = previousEntries(record, kept.map(({ article, at }) => ({ headline: article.headline!, signature: signatures[at]! })));
  for (const [index, { article, at }] of kept.entries()) {
    const render = renderFor(article, dump);
    const { file, previous } = await chooseFile(run, dump, index, article.headline!, previousOf[index], render);
    fileOfArticle.set(at, file);
    run.taken.add(file.replace(/\.md$/, ''));
    planned.push({
      dump: dump.name,
      file,
      headline: article.headline!,
      signature: signatures[at]!,
      previous,
      render,
      report: { file, headline: article.headline!, state: 'generated', confidence: article.confidence, warnings: article.warnings },
    });
  }
  const skipReason = (i: number) => report.skipped.find((s) => s.headline === parsed.articles[i]?.headline)?.reason ?? null;
  const provenance = provenanceJson(
    {
      dump: dump.name,
      sha256: dump.sha256,
      captured_at: dump.sidecar?.captured_at ?? null,
      encoding: reading.encoding,
      error: null,
      articles: parsed.articles.map((a, i) => ({ headline: a.headline, file: fileOfArticle.get(i) ?? null, skipped: skipReason(i) })),
    },
    reading.provenanceLines,
  );
  // A record the folder did not hold when the run started is known to be absent: no read to compare with.
  if (await writeBytesIfChanged(provenanceFile(run.paths, dump.name), provenance, run.provenance.has(dump.name))) {
    wrote(run, `provenance/${dump.name}.json`);
  }
  return planned;
}

/** An unchanged dump is not read again: its entries are planned from the manifest and its report carried over. */
function planCarried(record: DumpRecord, previous: DumpReport): Planned[] {
  return record.entries.map((e) => ({
    dump: previous.dump,
    file: e.file,
    headline: e.headline,
    signature: e.signature,
    previous: e,
    render: null,
    report: {
      file: e.file,
      headline: e.headline,
      state: 'generated',
      confidence: previous.entries.find((p) => p.file === e.file)?.confidence ?? null,
      warnings: previous.entries.find((p) => p.file === e.file)?.warnings ?? [],
    },
  }));
}

function isUnchanged(run: Run, dump: StampedDump, record: DumpRecord | undefined, generator: string): record is DumpRecord {
  return (
    run.provenance.has(dump.name) &&
    record !== undefined &&
    record.duplicateOf === undefined &&
    record.sha256 === dump.sha256 &&
    record.sidecar === sidecarHash(dump) &&
    run.manifest.generator === generator &&
    run.manifest.options === optionsKey(run.options) &&
    // A failure's report does not tell of the record, which a failure keeps from the run before it (a size limit since
    // raised, a capture emptied and then put back): the capture is read again.
    run.previousReport.has(dump.name) &&
    run.previousReport.get(dump.name)!.status !== 'failed' &&
    !record.entries.some((e) => run.forced.has(e.file))
  );
}

/**
 * Whether a file differs from what ingest last wrote. A file that differs only by the story id this run would have
 * patched into it (an earlier run was interrupted before saving the manifest) is still ingest's own.
 */
async function isEdited(current: string, p: Planned): Promise<boolean> {
  if (!p.previous || sha256(current) === p.previous.sha256) return false;
  const unpatched = await restory(current, p.file, p.previous.story);
  return unpatched === null || sha256(unpatched) !== p.previous.sha256;
}

/**
 * An unchanged dump's entry the stat cache knows as last written, in the same story, is left without being read. The
 * stamp is the one the run's scan took: a change since can only make it differ from the cache's, and at archive scale
 * a second stat of every entry was a tenth of a run that added one capture.
 */
function keptAsItIs(run: Run, p: Planned, story: string | null, stamp: string | null | undefined = scannedStamp(run.scan, `articles/${p.file}`)): ManifestEntry | null {
  if (p.render || !p.previous || p.previous.story !== story || !stamp) return null;
  return run.cache.known(`articles/${p.file}`, stamp) === p.previous.sha256 ? p.previous : null;
}

/**
 * Writes one planned entry, or leaves it: never over an edit unless forced, never where a person deleted it. What it
 * changed goes into `changes`, the caller's own list, so entries settled at once still report in the planned order;
 * `writer` writes what it decides to (see EntryWriter).
 */
async function settle(run: Run, p: Planned, story: string | null, changes: IngestRun['changes'], writer: EntryWriter): Promise<ManifestEntry | null> {
  const target = path.join(run.paths.articlesDir, p.file);
  const key = `articles/${p.file}`;
  // An entry the scan did not see (written since) is stamped now.
  const stamp = scannedStamp(run.scan, key) ?? StatCache.statOf(target);
  const kept = keptAsItIs(run, p, story, stamp);
  if (kept) return kept;
  const current = stamp === null ? null : await readIfExists(target);
  if (stamp && current !== null) run.cache.remember(key, stamp, sha256(current));
  const write = async (text: string) => {
    const changed = text !== current;
    // One stat for both the seal and the stat cache, taken where the entry is written: they stamp a file alike.
    const left = changed ? await writer.write(target, text) : seenAt(run.paths, key);
    if (changed) run.written.set(key, left);
    if (left !== ABSENT) run.cache.remember(key, left.stamp, sha256(text));
  };
  const record = (text: string): ManifestEntry => ({ file: p.file, headline: p.headline, sha256: sha256(text), signature: p.signature, story });
  const change = (kind: IngestRun['changes'][number]['change'], detail?: string) =>
    changes.push({ dump: p.dump, file: p.file, change: kind, ...(detail ? { detail } : {}) });

  if (current === null) {
    if (p.previous && !run.forced.has(p.file)) {
      p.report.state = 'deleted-by-hand';
      return p.previous;
    }
    if (!p.render) return null;
    const text = p.render(story);
    await write(text);
    change('created');
    return record(text);
  }
  // An unchanged dump's entry, untouched and in the same story, stays as it is: no need to read it as an entry again.
  if (!p.render && p.previous && p.previous.story === story && sha256(current) === p.previous.sha256) return p.previous;
  // A file exactly as this run would write it is ingest's own, whatever the manifest says (a run killed before
  // saving it wrote the file): it is adopted, not taken for a hand edit.
  const fresh = p.render ? p.render(story) : null;
  if (fresh !== null && fresh === current) return record(current);
  const edited = await isEdited(current, p);
  if (edited && !run.forced.has(p.file)) {
    p.report.state = 'edited';
    p.report.warnings = withoutStatedFacts(p.report.warnings, current, p.file);
    const warning = `edited by hand, so its story id (${story ?? 'none'}) was not written into it`;
    if (story !== p.previous?.story && !p.report.warnings.includes(warning)) p.report.warnings.push(warning);
    // The capture was read again (changed, or read by a newer parser) and gives another entry than the one edited: a
    // conflict the user settles, told with the command that does.
    if (p.render && p.previous && sha256(p.render(p.previous.story)) !== p.previous.sha256) {
      p.report.warnings.push(`${CONFLICT_WARNING}: \`news-archive ingest --force ${p.file}\` writes it, keeping the edited version as a .bak`);
    }
    return p.previous!;
  }
  const desired = fresh ?? (await restory(current, p.file, story));
  if (desired === null) {
    p.report.state = 'edited';
    return p.previous ?? null;
  }
  if (desired === current) return record(current);
  if (edited) change('regenerated', `the edited version is kept as ${path.basename(backUp(target, current))}`);
  else change('updated');
  await write(desired);
  return record(desired);
}

/**
 * An edited entry's warnings less those about a fact the person has since stated in it ("no date stated" once a date
 * was written in by hand): the reading of the capture still lacks it, the entry does not.
 */
function withoutStatedFacts(warnings: string[], current: string, file: string): string[] {
  let entry: Entry;
  try {
    entry = readEntry(current, file).entry;
  } catch {
    return warnings;
  }
  const stated = new Map([[NO_DATE_WARNING, entry.date !== null], [NO_SOURCE_WARNING, entry.source !== null], [NO_HEADLINE_WARNING, true]]);
  return warnings.filter((w) => !stated.get(w));
}

/** An unchanged dump's entry gets a new story id by rewriting its own front-matter; null if the file is not a valid entry. */
async function restory(current: string, file: string, story: string | null): Promise<string | null> {
  try {
    const { entry, body } = readEntry(current, file);
    return renderEntry({ ...entry, story: story ?? undefined } satisfies Entry, body);
  } catch {
    return null;
  }
}

/** Entries of a dump that no longer yields them, or of a pruned dump: removed unless edited (or forced). */
async function retire(run: Run, dump: string, entries: ManifestEntry[], why: string): Promise<ManifestEntry[]> {
  const kept: ManifestEntry[] = [];
  for (const e of entries) {
    const target = path.join(run.paths.articlesDir, e.file);
    const current = await readIfExists(target);
    if (current === null) continue;
    const edited = sha256(current) !== e.sha256;
    if (edited && !run.forced.has(e.file)) {
      kept.push(e);
      continue;
    }
    const backup = edited ? backUp(target, current) : undefined;
    await rm(target);
    wrote(run, `articles/${e.file}`);
    run.changes.push({ dump, file: e.file, change: 'removed', detail: backup ? `${why}; the edited version is kept as ${path.basename(backup)}` : why });
  }
  return kept;
}

/** How the archive now holds entries nobody re-planned (a gone dump's): as written, edited, or deleted. */
async function statesOf(run: Run, entries: ManifestEntry[]): Promise<EntryReport[]> {
  return Promise.all(
    entries.map(async (e) => {
      const current = await readIfExists(path.join(run.paths.articlesDir, e.file));
      const state = current === null ? 'deleted-by-hand' : sha256(current) === e.sha256 ? 'generated' : 'edited';
      return { file: e.file, headline: e.headline, state, confidence: null, warnings: [] } satisfies EntryReport;
    }),
  );
}

/**
 * A capture whose dump file is gone while another file holds the same capture was renamed (or its duplicate is
 * what remains): the remaining file takes over the gone one's record, so its entries keep their names.
 */
function followRenames(manifest: Manifest, dumps: ReadDump[]): void {
  const present = new Set(dumps.map((d) => d.name));
  /** Gone dumps that still have entries, by content, first by name first. */
  const goneByContent = new Map<string, string[]>();
  for (const n of Object.keys(manifest.dumps).sort()) {
    const gone = manifest.dumps[n]!;
    if (present.has(n) || gone.entries.length === 0) continue;
    goneByContent.set(gone.content, [...(goneByContent.get(gone.content) ?? []), n]);
  }
  for (const d of dumps) {
    const record = manifest.dumps[d.name];
    if (!d.content || (record && (record.entries.length > 0 || (record.duplicateOf !== undefined && present.has(record.duplicateOf))))) continue;
    const gone = goneByContent.get(d.content)?.shift();
    if (!gone) continue;
    manifest.dumps[d.name] = { ...manifest.dumps[gone]!, sha256: '' };
    delete manifest.dumps[gone];
  }
}

/**
 * Nothing read again and every entry as the last run left it (same files, signatures and stories): grouping would
 * give the stories it gave then, since it depends on nothing else and keeps the ids members have.
 */
function sameMembers(members: StoryMember[], manifest: Manifest, parsed: number): boolean {
  if (parsed > 0) return false;
  const recorded = new Map(Object.values(manifest.dumps).flatMap((d) => d.entries.map((e) => [e.file, e] as const)));
  return members.length === recorded.size && members.every((m) => recorded.get(m.file)?.signature === m.signature && recorded.get(m.file)?.story === m.previous);
}

/**
 * A capture's reading. Bad input is a reading that says so; an exception is a fault of the parser or of a worker
 * (which takes its batch-mates down with it), and stops the run naming the capture. Entries are written only after
 * every capture is read, so a stopped run writes none, and the next run starts over.
 */
async function readingOf(readings: ReadingQueue, dumpsDir: string, name: string): Promise<CaptureReading> {
  try {
    return await readings.take(name);
  } catch (error) {
    throw new Error(`${path.join(dumpsDir, name)}: reading the capture failed (${(error as Error).message}); report it with the capture attached, or move the file out of the dumps folder to ingest the rest`, { cause: error });
  }
}

/** The manifest and report a run left, for the next run in this process (serve's thread); see fileMemory.ts. */
const keptManifest = new FileMemory<{ manifest: Manifest; text: string | null }>();
const keptReport = new FileMemory<{ text: string | null; byDump: Map<string, DumpReport> }>();

/**
 * Reads into memory what the next run in this process reads of the manifest, report and stat cache, each under the
 * stamp it had before it was read: serve's thread does this as it starts, so the first capture dropped in does not
 * wait for it. A file that cannot be read is left to the run, which says what is wrong with it.
 */
export async function preloadRun(paths: ArchivePaths): Promise<void> {
  const manifestStamp = StatCache.statOf(paths.manifestFile);
  const manifest = await readManifest(paths.manifestFile).catch(() => null);
  if (manifest !== null) keptManifest.keep(paths.manifestFile, manifestStamp, manifest);
  const reportStamp = StatCache.statOf(paths.reportFile);
  keptReport.keep(paths.reportFile, reportStamp, await loadPreviousReport(paths.reportFile));
  await StatCache.preload(paths.statCacheFile);
}

/** The last run's report by dump, with the text it was read from (so an unchanged report is not read again to compare). */
async function loadPreviousReport(file: string): Promise<{ text: string | null; byDump: Map<string, DumpReport> }> {
  const text = await readIfExists(file);
  if (text === null) return { text, byDump: new Map() };
  try {
    return { text, byDump: new Map((JSON.parse(text) as IngestReport).dumps.map((d) => [d.dump, d])) };
  } catch {
    return { text, byDump: new Map() };
  }
}

/**
 * A whole run. The seal is taken off before anything is read or written, and put back at the end over the input the
 * run read (see ingestSeal.ts), so that a run killed half-way leaves none.
 */
/** `scanned`: the input as the seal's check found it (see checkSeal), or null to scan it here. */
export async function runIngest(paths: ArchivePaths, options: IngestOptions, fingerprints: Fingerprints, scanned: InputScan | null = null): Promise<IngestRun & { sealed: false }> {
  const { generator } = fingerprints;
  await breakSeal(paths);
  await mkdir(paths.articlesDir, { recursive: true });
  await mkdir(paths.provenanceDir, { recursive: true });
  // A killed run's temporary files go first, so that the input is scanned as this run reads it (a scan that met any
  // gave up, so one made before saw none).
  await Promise.all([paths.articlesDir, paths.provenanceDir, paths.contentDir, paths.dataDir].map((dir) => removeTemporaryFiles(dir)));
  const input = scanned ?? (await scanInput(paths));
  // Independent reads, started together: on a large archive each is mostly waiting on the disk or parsing JSON.
  const [config, { manifest, text: manifestText }, cache, previousReport, articleNames, provenanceNames, listed] = await Promise.all([
    loadArchiveConfig(paths.dataDir),
    keptManifest.take(paths.manifestFile, scannedStamp(input, 'manifest')) ?? readManifest(paths.manifestFile),
    StatCache.load(paths.statCacheFile),
    keptReport.take(paths.reportFile, scannedStamp(input, 'report')) ?? loadPreviousReport(paths.reportFile),
    listFiles(paths.articlesDir, ENTRY_LISTING),
    listFiles(paths.provenanceDir, PROVENANCE_LISTING),
    listFiles(paths.dumpsDir, DUMP_LISTING),
  ]);
  const existing = articleNames.map((f) => f.replace(/\.md$/, ''));
  const owned = new Set(Object.values(manifest.dumps).flatMap((d) => d.entries.map((e) => e.file.replace(/\.md$/, ''))));
  const run: Run = {
    paths,
    config,
    manifest,
    previousReport: previousReport.byDump,
    options,
    forced: new Set((options.force ?? []).map((f) => path.basename(f))),
    taken: new Set([...existing, ...owned]),
    unowned: new Set(existing.filter((f) => !owned.has(f))),
    changes: [],
    provenance: new Set(provenanceNames.map((f) => f.replace(/\.json$/, ''))),
    cache,
    scan: input,
    written: new Map(),
  };

  const names = listed.filter((n) => DUMP_EXTENSION.test(n));
  const sidecars = new Set(listed.filter((n) => !DUMP_EXTENSION.test(n)));
  const present = new Set(names);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_DUMP_BYTES;
  const hasSidecar = (name: string) => sidecars.has(name.replace(DUMP_EXTENSION, '.json'));
  const known = new Map(
    names.flatMap((name) => {
      const read = knownUnchanged(name, maxBytes, cache, hasSidecar(name), input?.dumpStats.get(name));
      const content = read?.ok ? recordedContent(read.dump, manifest.dumps[name]) : null;
      return content ? [[name, { name, read: read!, content } satisfies ReadDump] as const] : [];
    }),
  );
  const carried = (d: ReadDump) => d.read.ok && isUnchanged(run, d.read.dump, manifest.dumps[d.name], generator);
  const reports: DumpReport[] = [];
  const planned: Planned[] = [];
  const nextRecords: Record<string, DumpRecord> = {};
  /** Entries this run leaves exactly as they are (a dump that failed to read): they still take part in stories. */
  const untouched: { dump: string; entry: ManifestEntry }[] = [];
  let dumps: ReadDump[] = [];
  let toRead: { name: string; request: CaptureRequest }[] = [];
  let settled: { p: Planned; changes: IngestRun['changes']; record: ManifestEntry | null }[] = [];
  // The captures to parse, as far as the stat cache tells before any is read. Worker threads start now, on that count:
  // each spends half a second loading the parser, while this thread reads the captures the cache does not know.
  const reader = captureReader(paths.dataDir, names.filter((name) => !known.has(name) || !carried(known.get(name)!)).length, options.workers);
  const entryWriter = new EntryWriter((writes) => reader.write(writes));
  try {
    dumps = await mapQuickly(
      names,
      (name) => known.get(name),
      async (name) => {
        const read = await readDumpWithCache(paths.dumpsDir, name, maxBytes, cache, hasSidecar(name), input?.dumpStats.get(name));
        return { name, read, content: read.ok ? recordedContent(read.dump, manifest.dumps[name]) : null };
      },
    );
    await fillContents(reader, paths.dumpsDir, dumps);
    followRenames(manifest, dumps);
    const ownerOf = duplicateOwners(dumps, manifest);
    const toParse = dumps.flatMap((d) => (d.read.ok && !ownerOf.has(d.name) && !carried(d) ? [d.read.dump] : []));
    toRead = toParse.map((dump) => ({ name: dump.name, request: { bytes: loadBytes(paths.dumpsDir, dump), sidecar: dump.sidecar, capturedAt: options.capturedAt } }));

    const readings = new ReadingQueue(reader, toRead, READ_AHEAD, READ_BATCH);
    for (const { name, read, content } of dumps) {
      const record = manifest.dumps[name];
      const report: DumpReport = { dump: name, status: 'ingested', entries: [], skipped: [], warnings: [] };
      reports.push(report);
      // A capture that cannot be read now (too big, gone unreadable, emptied, in an encoding that cannot be told) is bad
      // input, not a capture that no longer holds its articles: its record and entries stay, and the failure is told
      // until the capture is mended or removed.
      const keepRecord = (kept: DumpRecord) => {
        nextRecords[name] = kept;
        untouched.push(...kept.entries.map((entry) => ({ dump: name, entry })));
        if (kept.entries.length > 0) report.warnings.push(keptEntriesNote(kept.entries.length));
      };
      if (!read.ok) {
        Object.assign(report, { status: 'failed', error: read.reason });
        if (record) keepRecord(record);
        continue;
      }
      const { dump } = read;
      if (dump.sidecarProblem) report.warnings.push(dump.sidecarProblem);
      const owner = ownerOf.get(name);
      if (owner) {
        Object.assign(report, { status: 'duplicate', error: `the same capture as ${owner}; it yields no second entry` });
        nextRecords[name] = { sha256: dump.sha256, content: content ?? '', sidecar: sidecarHash(dump), duplicateOf: owner, entries: await retire(run, name, record?.entries ?? [], 'its dump is a duplicate of another') };
        continue;
      }
      const previousReport = run.previousReport.get(name);
      let plans: Planned[];
      if (isUnchanged(run, dump, record, generator) && previousReport) {
        Object.assign(report, { ...previousReport, entries: [] });
        // The sidecar's problem is told by every run while it lasts, though the capture's reading is carried.
        if (dump.sidecarProblem && !report.warnings.includes(dump.sidecarProblem)) report.warnings = [...report.warnings, dump.sidecarProblem];
        plans = planCarried(record, previousReport);
      } else {
        plans = await planParsed(run, dump, report, record, await readingOf(readings, paths.dumpsDir, name));
      }
      if (report.status === 'failed' && record) {
        keepRecord(record);
        continue;
      }
      planned.push(...plans);
      report.entries = plans.map((p) => p.report);
      const stale = (record?.entries ?? []).filter((e) => !plans.some((p) => p.file === e.file));
      const keptStale = await retire(run, name, stale, 'the dump no longer yields this article');
      for (const e of keptStale) report.entries.push({ file: e.file, headline: e.headline, state: 'edited', confidence: null, warnings: ['its dump no longer yields this article; kept because it was edited'] });
      nextRecords[name] = { sha256: dump.sha256, content: content ?? '', sidecar: sidecarHash(dump), entries: keptStale };
    }

    for (const name of Object.keys(manifest.dumps).filter((n) => !present.has(n)).sort()) {
      const record = manifest.dumps[name]!;
      const entries = options.prune ? await retire(run, name, record.entries, 'its dump is gone (--prune)') : record.entries;
      if (entries.length === 0) continue;
      nextRecords[name] = { ...record, entries };
      untouched.push(...entries.map((entry) => ({ dump: name, entry })));
      reports.push({ dump: name, status: 'orphaned', entries: await statesOf(run, entries), skipped: [], warnings: [] });
    }

    const members: StoryMember[] = [
      ...planned.map((p) => ({ file: p.file, signature: p.signature, previous: p.previous?.story ?? null })),
      ...untouched.map(({ entry }) => ({ file: entry.file, signature: entry.signature, previous: entry.story })),
    ];
    const stories = sameMembers(members, manifest, toRead.length)
      ? new Map(members.flatMap((m) => (m.previous === null ? [] : [[m.file, m.previous] as const])))
      : groupStories(members, (file) => `s${sha256(file).slice(0, STORY_ID_LENGTH)}`);
    settled = await mapQuickly(
      planned,
      (p) => {
        const record = keptAsItIs(run, p, stories.get(p.file) ?? null);
        return record ? { p, changes: [], record } : undefined;
      },
      async (p) => {
        const changes: IngestRun['changes'] = [];
        return { p, changes, record: await settle(run, p, stories.get(p.file) ?? null, changes, entryWriter) };
      },
      SETTLE_CONCURRENCY,
    );
  } finally {
    await reader.close();
  }

  for (const { p, changes, record } of settled) {
    run.changes.push(...changes);
    if (record) nextRecords[p.dump]!.entries.push(record);
  }

  // A gone dump's record stays while its entries do (their provenance pages still show the capture), then goes.
  for (const dump of run.provenance) {
    if (!present.has(dump) && !nextRecords[dump]) {
      await rm(provenanceFile(paths, dump), { force: true });
      wrote(run, `provenance/${dump}.json`);
    }
  }

  await options.onEntriesWritten?.(run.changes);

  const next: Manifest = { version: 2, generator, options: optionsKey(options), dumps: nextRecords };
  const nextText = serializeManifest(next);
  if (await writeIfChanged(paths.manifestFile, nextText, manifestText)) wrote(run, 'manifest');
  const report: IngestReport = { dumps: reports };
  const reportText = `${JSON.stringify(report, null, 2)}\n`;
  if (await writeIfChanged(paths.reportFile, reportText, previousReport.text)) wrote(run, 'report');
  cache.save(paths.statCacheFile);
  // As written, or as scanned when this run left them as they were (a change since then gives them another stamp).
  const stampOf = (key: 'manifest' | 'report') => (run.written.has(key) ? run.written.get(key)!.stamp : scannedStamp(input, key));
  keptManifest.keep(paths.manifestFile, stampOf('manifest'), { manifest: next, text: nextText });
  keptReport.keep(paths.reportFile, stampOf('report'), { text: reportText, byDump: new Map(reports.map((r) => [r.dump, r])) });
  // A capture or sidecar that failed for a reason of the moment must be tried again by the next run, not sealed.
  const momentary = dumps.some(({ read }) => (read.ok ? read.dump.sidecarRetry === true : read.retry === true));
  if (!momentary) {
    // Told as a run that reads no capture tells it: that is the run that will find the seal.
    const summary = { told: formatReport(report, new Set()), failed: reportTotals(report).failed };
    await sealInput(paths, runSettings(fingerprints, options), input, run.written, summary);
  }
  const wroteStamps = Object.fromEntries([...run.written].map(([key, seen]) => [key, seen.stamp]));
  return { report, changes: run.changes, parsed: toRead.map((d) => d.name), sealed: false, wrote: wroteStamps };
}
