// Writes the research exports straight into the built site: the whole archive as CSV, JSON Lines and CSL-JSON, and each tag as CSV and JSON Lines. Written after the pages, not rendered as pages, so the build never holds a copy of every body per tag in memory.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArticlePage } from './articleCollections.ts';
import { CSV_HEADER, csvLine, exportRecord, jsonLine, LISTING_CSV_HEADER, listingCsvLine, listingJsonLine, toCslJson } from './exportRecords.ts';
import type { ArticleGroup } from './groupArticles.ts';

export const ARCHIVE_EXPORTS = {
  csv: '/exports/archive.csv',
  jsonLines: '/exports/archive.jsonl',
  cslJson: '/exports/archive.csl.json',
} as const;

/** Beside a tag's page: /tags/kursk/ → /tags/kursk/export.csv. */
export function tagExports(tagUrl: string): { csv: string; jsonLines: string } {
  return { csv: `${tagUrl}export.csv`, jsonLines: `${tagUrl}export.jsonl` };
}

async function write(outputDir: string, sitePath: string, text: string): Promise<void> {
  const file = path.join(outputDir, ...sitePath.split('/'));
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
}

/**
 * Each article is serialised once; a tag's files are its articles' listing lines (no text) joined, in the archive's
 * reading order.
 * `archiveUrl` gives an article's public address (site URL and path prefix included).
 */
export async function writeExportFiles(
  outputDir: string,
  articles: readonly ArticlePage[],
  tags: readonly ArticleGroup<ArticlePage>[],
  archiveUrl: (page: ArticlePage) => string,
): Promise<void> {
  const records = articles.map((page) => exportRecord(page, archiveUrl(page)));
  await write(outputDir, ARCHIVE_EXPORTS.csv, CSV_HEADER + records.map(csvLine).join(''));
  await write(outputDir, ARCHIVE_EXPORTS.jsonLines, records.map(jsonLine).join(''));
  await write(outputDir, ARCHIVE_EXPORTS.cslJson, toCslJson(records));

  const csvLines = records.map(listingCsvLine);
  const jsonLines = records.map(listingJsonLine);
  const position = new Map(articles.map((page, i) => [page, i]));
  for (const tag of tags) {
    const members = tag.articles.map((page) => position.get(page)).filter((i): i is number => i !== undefined);
    const files = tagExports(tag.url);
    await write(outputDir, files.csv, LISTING_CSV_HEADER + members.map((i) => csvLines[i]).join(''));
    await write(outputDir, files.jsonLines, members.map((i) => jsonLines[i]).join(''));
  }
}
