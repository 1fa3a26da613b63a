// Articles → research exports: every front-matter field plus the plain-text body, as CSV, JSON Lines and CSL-JSON for citation managers.
import { stringify } from 'csv-stringify/sync';
import { ENTRY_FIELD_ORDER, type Entry } from '../store/entrySchema.ts';
import { plainBody } from './plainBody.ts';

/** An article as the exports need it: plain data, so it can be sent to the thread that writes them. */
export interface ExportedArticle {
  entry: Entry;
  /** The entry's Markdown body, as Eleventy read it after the front matter. */
  markdown: string;
  /** Its public address, site URL and path prefix included. */
  archiveUrl: string;
}

export interface ExportRecord extends Partial<Entry> {
  archive_url: string;
  body: string;
}

export function exportRecord({ entry, markdown, archiveUrl }: ExportedArticle): ExportRecord {
  const ordered: Record<string, unknown> = {};
  for (const key of ENTRY_FIELD_ORDER) ordered[key] = entry[key] ?? null;
  return { ...(ordered as Partial<Entry>), archive_url: archiveUrl, body: plainBody(markdown) };
}

const COLUMNS = [...ENTRY_FIELD_ORDER, 'archive_url', 'body'] as const;
/**
 * A tag's exports list its articles without their text: with it, every body was written once per tag it carries
 * (2.2 GB of a 3.1 GB site at 10,000 captures). The text is in the whole-archive export, under the same archive_url.
 */
const LISTING_COLUMNS = COLUMNS.filter((c) => c !== 'body');

/**
 * A cell a spreadsheet would run as a formula ("=HYPERLINK(…)" in scraped text) gets a leading apostrophe, the
 * usual defence against CSV injection; the JSON exports keep the text exactly.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: unknown): string {
  const text = Array.isArray(value) ? value.join('; ') : value === null || value === undefined ? '' : String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The CSV header line: the columns, in entry field order, then the archive URL and the body. */
export const CSV_HEADER = stringify([[...COLUMNS]]);
export const LISTING_CSV_HEADER = stringify([[...LISTING_COLUMNS]]);

function csvOf(record: ExportRecord, columns: readonly string[]): string {
  return stringify([columns.map((c) => cell((record as unknown as Record<string, unknown>)[c]))]);
}

/** One article's CSV line; lists (tags, dump lines) joined with "; " so each stays one cell. */
export function csvLine(record: ExportRecord): string {
  return csvOf(record, COLUMNS);
}

export function listingCsvLine(record: ExportRecord): string {
  return csvOf(record, LISTING_COLUMNS);
}

export function jsonLine(record: ExportRecord): string {
  return `${JSON.stringify(record)}\n`;
}

export function listingJsonLine({ body: _body, ...listed }: ExportRecord): string {
  return `${JSON.stringify(listed)}\n`;
}

function dateParts(day: string | null | undefined): { 'date-parts': number[][] } | undefined {
  if (!day) return undefined;
  return { 'date-parts': [day.slice(0, 10).split('-').map(Number)] };
}

/** A CSL-JSON item (type article-newspaper): what Zotero and other reference managers import. */
function cslItem(r: ExportRecord): Record<string, unknown> {
  return {
    id: r.archive_url,
    type: 'article-newspaper',
    title: r.headline,
    ...(r.source ? { 'container-title': r.source } : {}),
    ...(r.byline ? { author: [{ literal: r.byline }] } : {}),
    ...(dateParts(r.date) ? { issued: dateParts(r.date) } : {}),
    ...(r.url ? { URL: r.url } : {}),
    ...(dateParts(r.captured_at) ? { accessed: dateParts(r.captured_at) } : {}),
    note: `Archived copy: ${r.archive_url}; capture ${r.dump}, SHA-256 ${r.dump_sha256}`,
  };
}

/**
 * The CSL-JSON file is one array, written an item at a time: its start, each item (the `index`-th), its end, together
 * the text `JSON.stringify(items, null, 2)` gives. A newline in the text is escaped in JSON, so every newline of an
 * item's text is layout, and indenting it nests the item in the array.
 */
export const CSL_JSON_START = (count: number): string => (count === 0 ? '[]' : '[\n');
export const CSL_JSON_END = (count: number): string => (count === 0 ? '\n' : '\n]\n');
export function cslJsonItem(record: ExportRecord, index: number): string {
  return `${index === 0 ? '' : ',\n'}  ${JSON.stringify(cslItem(record), null, 2).replaceAll('\n', '\n  ')}`;
}
