// Dumps folder → entries folder: parses every dump, writes entries atomically, never overwrites or deletes what a person edited.
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { decodeDump } from '../ingest/decodeDump.ts';
import { parseDump } from '../ingest/parseDump.ts';
import type { Article } from '../ingest/types.ts';
import type { DumpReport, EntryReport, IngestReport, IngestRun } from './ingestReport.ts';
import { loadArchiveConfig, type ArchiveConfig } from './loadArchiveConfig.ts';
import { loadManifest, serializeManifest, type Manifest, type ManifestEntry } from './manifest.ts';
import { DEFAULT_MAX_DUMP_BYTES, readDump, sha256, type DumpFile } from './readDump.ts';
import { entryOf, renderBody, renderEntry } from './renderEntry.ts';
import { slugify, uniqueSlug } from './slugify.ts';
import { writeFileAtomic } from './writeFileAtomic.ts';

export interface ArchivePaths {
  contentDir: string;
  dumpsDir: string;
  articlesDir: string;
  dataDir: string;
  manifestFile: string;
  reportFile: string;
}

export function archivePaths(contentDir: string): ArchivePaths {
  return {
    contentDir,
    dumpsDir: path.join(contentDir, 'dumps'),
    articlesDir: path.join(contentDir, 'articles'),
    dataDir: path.join(contentDir, '_data'),
    manifestFile: path.join(contentDir, 'ingest-manifest.json'),
    reportFile: path.join(contentDir, '_data', 'ingestReport.json'),
  };
}

export interface IngestOptions {
  maxBytes?: number | undefined;
  /** Reference time for relative dates, overriding sidecars. */
  capturedAt?: Date | undefined;
}

const DUMP_EXTENSION = /\.txt$/i;

async function listFiles(dir: string, pattern: RegExp): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((n) => pattern.test(n) && !n.startsWith('.')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

async function readIfExists(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Writes only when the bytes differ, so an unchanged archive leaves every file (and Eleventy's watcher) untouched. */
async function writeIfChanged(file: string, text: string): Promise<void> {
  if ((await readIfExists(file)) !== text) await writeFileAtomic(file, text);
}

interface DumpContext {
  changes: IngestRun['changes'];
  config: ArchiveConfig;
  paths: ArchivePaths;
  manifest: Manifest;
  taken: Set<string>;
  options: IngestOptions;
}

async function writeArticles(dump: DumpFile, articles: Article[], ctx: DumpContext, report: DumpReport): Promise<ManifestEntry[]> {
  const recorded = ctx.manifest.dumps[dump.name]?.entries ?? [];
  const claimed = new Set<string>();
  const next: ManifestEntry[] = [];

  for (const [index, article] of articles.entries()) {
    const headline = article.headline!;
    const previous = recorded.find((e) => e.headline === headline && !claimed.has(e.file));
    const file = previous?.file ?? `${uniqueSlug(slugify(headline), ctx.taken, `${dump.name}#${index}`)}.md`;
    claimed.add(file);
    ctx.taken.add(file.replace(/\.md$/, ''));
    const text = renderEntry(
      entryOf(article, { dump: dump.name, dump_sha256: dump.sha256, captured_at: dump.sidecar?.captured_at }),
      renderBody(article),
    );
    const target = path.join(ctx.paths.articlesDir, file);
    const current = await readIfExists(target);
    const entry: EntryReport = { file, headline, state: 'generated', warnings: article.warnings };
    const change = (kind: IngestRun['changes'][number]['change']) => ctx.changes.push({ dump: dump.name, file, change: kind });
    if (current === null && previous) {
      entry.state = 'deleted-by-hand';
      next.push(previous);
    } else if (current === null) {
      await writeFileAtomic(target, text);
      change('created');
      next.push({ file, headline, sha256: sha256(text) });
    } else if (previous && sha256(current) !== previous.sha256 && current !== text) {
      entry.state = 'edited';
      next.push(previous);
    } else {
      if (current !== text) {
        await writeFileAtomic(target, text);
        change('updated');
      }
      next.push({ file, headline, sha256: sha256(text) });
    }
    report.entries.push(entry);
  }

  for (const stale of recorded.filter((e) => !claimed.has(e.file))) {
    const current = await readIfExists(path.join(ctx.paths.articlesDir, stale.file));
    if (current === null) continue;
    if (sha256(current) === stale.sha256) {
      await rm(path.join(ctx.paths.articlesDir, stale.file));
      ctx.changes.push({ dump: dump.name, file: stale.file, change: 'removed' });
    } else {
      report.entries.push({ file: stale.file, headline: stale.headline, state: 'edited', warnings: ['its dump no longer yields this article; kept because it was edited'] });
      next.push(stale);
    }
  }
  return next;
}

async function ingestOne(name: string, ctx: DumpContext): Promise<DumpReport> {
  const report: DumpReport = { dump: name, status: 'ingested', entries: [], skipped: [], warnings: [] };
  const read = await readDump(ctx.paths.dumpsDir, name, ctx.options.maxBytes ?? DEFAULT_MAX_DUMP_BYTES);
  if (!read.ok) return { ...report, status: 'failed', error: read.reason };
  const { dump } = read;
  if (dump.sidecarProblem) report.warnings.push(dump.sidecarProblem);
  const decoded = decodeDump(dump.bytes);
  if (!decoded.ok) return { ...report, status: 'failed', error: decoded.reason };
  report.encoding = decoded.encoding;
  if (decoded.text.trim() === '') return { ...report, status: 'failed', error: 'empty file: the capture holds no text (capture the page again)' };

  const parsed = parseDump(decoded.text, { ...ctx.config, sidecar: dump.sidecar, capturedAt: ctx.options.capturedAt });
  const kept = parsed.articles.filter((a) => a.on_topic && a.headline !== null);
  for (const a of parsed.articles) {
    if (a.headline === null) report.skipped.push({ headline: null, source: a.source, reason: 'no headline found above the text' });
    else if (!a.on_topic) report.skipped.push({ headline: a.headline, source: a.source, reason: a.topic_reason ?? 'off-topic' });
  }
  if (parsed.articles.length === 0) {
    report.status = 'no-article';
    report.error = 'no article found: the capture holds only page furniture (menus, links, banners)';
  }
  const entries = await writeArticles(dump, kept, ctx, report);
  ctx.manifest.dumps[name] = { sha256: dump.sha256, entries };
  return report;
}

export async function ingestArchive(contentDir: string, options: IngestOptions = {}): Promise<IngestRun> {
  const paths = archivePaths(contentDir);
  const config = await loadArchiveConfig(paths.dataDir);
  await mkdir(paths.articlesDir, { recursive: true });
  const manifest = await loadManifest(paths.manifestFile);
  const names = await listFiles(paths.dumpsDir, DUMP_EXTENSION);
  const existing = await listFiles(paths.articlesDir, /\.md$/);
  const taken = new Set([
    ...existing.map((f) => f.replace(/\.md$/, '')),
    ...Object.values(manifest.dumps).flatMap((d) => d.entries.map((e) => e.file.replace(/\.md$/, ''))),
  ]);
  const ctx: DumpContext = { changes: [], config, paths, manifest, taken, options };

  const dumps: DumpReport[] = [];
  for (const name of names) dumps.push(await ingestOne(name, ctx));
  for (const name of Object.keys(manifest.dumps).filter((n) => !names.includes(n)).sort()) {
    dumps.push({
      dump: name,
      status: 'orphaned',
      entries: manifest.dumps[name]!.entries.map((e) => ({ file: e.file, headline: e.headline, state: 'generated', warnings: [] })),
      skipped: [],
      warnings: [],
    });
  }
  const report: IngestReport = { dumps };
  await writeIfChanged(paths.manifestFile, serializeManifest(manifest));
  await writeIfChanged(paths.reportFile, `${JSON.stringify(report, null, 2)}\n`);
  return { report, changes: ctx.changes };
}
