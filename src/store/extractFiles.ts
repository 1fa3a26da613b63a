// Dump files → the `extract --json` records of DESIGN.md: articles and skipped items per file, or the reason a file could not be read.
import path from 'node:path';
import { decodeDump } from '../ingest/decodeDump.ts';
import { parseDump } from '../ingest/parseDump.ts';
import type { Article } from '../ingest/types.ts';
import type { ArchiveConfig } from './loadArchiveConfig.ts';
import { readDump, DEFAULT_MAX_DUMP_BYTES } from './readDump.ts';

export interface ExtractedArticleRecord {
  headline: string | null;
  source: string | null;
  date: string | null;
  byline: string | null;
  via: string | null;
  url: string | null;
  summary: string | null;
  body: string;
  tags: string[];
  on_topic: boolean;
  lines: [number, number];
  source_domain: string | null;
  datetime: string | null;
  date_source: string | null;
  /** `minute` when the page stated a time, though without a zone `datetime` stays null; `day` otherwise. */
  date_precision: 'day' | 'minute' | null;
}

export interface ExtractRecord {
  file: string;
  error: string | null;
  articles: ExtractedArticleRecord[];
  skipped: { headline: string | null; source: string | null; reason: string }[];
}

export interface ExtractOptions {
  /** List every article found, ignoring the topic rules. */
  anyTopic?: boolean | undefined;
  capturedAt?: Date | undefined;
  maxBytes?: number | undefined;
  /** False: the registry's per-outlet cleanup rules are not applied (`--no-publisher-rules`). */
  publisherRules?: boolean | undefined;
  trace?: ((message: string) => void) | undefined;
}

/** The contract's fields first, in its order; the fields it leaves open follow. */
function record(a: Article): ExtractedArticleRecord {
  return {
    headline: a.headline,
    source: a.source,
    date: a.date,
    byline: a.byline,
    via: a.via,
    url: a.url,
    summary: a.summary,
    body: a.parts.map((p) => p.text).join('\n\n'),
    tags: a.tags,
    on_topic: a.on_topic,
    lines: a.lines,
    source_domain: a.source_domain,
    datetime: a.datetime,
    date_source: a.date_source,
    date_precision: a.date_precision,
  };
}

export async function extractFile(file: string, config: ArchiveConfig, options: ExtractOptions = {}): Promise<ExtractRecord> {
  const empty = { file, articles: [], skipped: [] };
  const read = await readDump(path.dirname(file), path.basename(file), options.maxBytes ?? DEFAULT_MAX_DUMP_BYTES);
  if (!read.ok) return { ...empty, error: `${file} ${read.reason}` };
  const decoded = decodeDump(read.dump.bytes);
  if (!decoded.ok) return { ...empty, error: `${file} is a ${decoded.reason}` };
  const parsed = parseDump(decoded.text, { ...config, sidecar: read.dump.sidecar, capturedAt: options.capturedAt, publisherRules: options.publisherRules, trace: options.trace });
  // Parse order puts the page's main article first; it is kept so `articles[0]` stays the main one.
  const listed = parsed.articles.filter((a) => options.anyTopic || (a.on_topic && a.headline !== null));
  return {
    file,
    error: null,
    articles: listed.map(record),
    skipped: parsed.articles
      .filter((a) => !listed.includes(a))
      .map((a) => ({ headline: a.headline, source: a.source, reason: a.headline === null ? 'no headline found above the text' : a.topic_reason ?? 'off-topic' })),
  };
}
