// Writes the research exports straight into the built site: the whole archive as CSV, JSON Lines and CSL-JSON, and each tag as CSV and JSON Lines. Written beside the pages (on a thread of their own, see backgroundExports.ts), not rendered as pages, so the build never holds a copy of every body per tag in memory.
import { mkdir, open, rename, rm, writeFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { temporaryPath } from '../store/writeFileAtomic.ts';
import {
  CSL_JSON_END, CSL_JSON_START, cslJsonItem, CSV_HEADER, csvLine, exportRecord, jsonLine, LISTING_CSV_HEADER, listingCsvLine, listingJsonLine, type ExportedArticle,
} from './exportRecords.ts';

export const ARCHIVE_EXPORTS = {
  csv: '/exports/archive.csv',
  jsonLines: '/exports/archive.jsonl',
  cslJson: '/exports/archive.csl.json',
} as const;

/** A tag's page and its articles, as positions in the archive's reading order. */
export interface ExportedTag {
  url: string;
  members: number[];
}

/** Beside a tag's page: /tags/kursk/ → /tags/kursk/export.csv. */
export function tagExports(tagUrl: string): { csv: string; jsonLines: string } {
  return { csv: `${tagUrl}export.csv`, jsonLines: `${tagUrl}export.jsonl` };
}

function outputFile(outputDir: string, sitePath: string): string {
  return path.join(outputDir, ...sitePath.split('/'));
}

async function write(outputDir: string, sitePath: string, text: string): Promise<void> {
  const file = outputFile(outputDir, sitePath);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
}

/** Text gathered up to this many characters before it is written. */
const CHUNK = 1 << 20;

/**
 * A file written piece by piece: the whole-archive exports hold every body, 130 MB at 10,000 captures, which as one
 * string was the largest thing in the build's memory when it peaked. It is written beside its place and renamed into
 * it when whole: `serve` writes into the site it serves, where a failed export must leave the last one readable.
 */
class ChunkedFile {
  private pieces: string[] = [];
  private size = 0;
  private closed = false;

  private constructor(
    private readonly file: string,
    private readonly temp: string,
    private readonly handle: FileHandle,
  ) {}

  static async create(outputDir: string, sitePath: string): Promise<ChunkedFile> {
    const file = outputFile(outputDir, sitePath);
    await mkdir(path.dirname(file), { recursive: true });
    const temp = temporaryPath(file);
    return new ChunkedFile(file, temp, await open(temp, 'wx'));
  }

  async add(text: string): Promise<void> {
    this.pieces.push(text);
    this.size += text.length;
    if (this.size >= CHUNK) await this.flush();
  }

  private async flush(): Promise<void> {
    const text = this.pieces.join('');
    this.pieces = [];
    this.size = 0;
    await this.handle.writeFile(text);
  }

  /** The file in its place, whole. */
  async commit(): Promise<void> {
    await this.flush();
    this.closed = true;
    await this.handle.close();
    await rename(this.temp, this.file);
  }

  /** After a failure: the partial file goes, and the one in its place (if any) stays; never throws over the failure. */
  async discard(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      await this.handle.close().catch(() => undefined);
    }
    await rm(this.temp, { force: true }).catch(() => undefined);
  }
}

/**
 * Each article (`count` of them, in reading order) is read into a record, written to the three archive files, and
 * let go, keeping only its listing lines (no text); a tag's files are its articles' listing lines joined, in the
 * archive's reading order.
 */
export async function writeExportFiles(outputDir: string, articles: Iterable<ExportedArticle>, count: number, tags: readonly ExportedTag[]): Promise<void> {
  const files: ChunkedFile[] = [];
  const csvListing: string[] = [];
  const jsonListing: string[] = [];
  try {
    for (const sitePath of [ARCHIVE_EXPORTS.csv, ARCHIVE_EXPORTS.jsonLines, ARCHIVE_EXPORTS.cslJson]) files.push(await ChunkedFile.create(outputDir, sitePath));
    const [csv, jsonLines, cslJson] = files as [ChunkedFile, ChunkedFile, ChunkedFile];
    await csv.add(CSV_HEADER);
    await cslJson.add(CSL_JSON_START(count));
    let i = 0;
    for (const article of articles) {
      const record = exportRecord(article);
      await csv.add(csvLine(record));
      await jsonLines.add(jsonLine(record));
      await cslJson.add(cslJsonItem(record, i++));
      csvListing.push(listingCsvLine(record));
      jsonListing.push(listingJsonLine(record));
    }
    if (i !== count) throw new Error(`${count} articles were to be exported, but ${i} came`);
    await cslJson.add(CSL_JSON_END(count));
    for (const file of files) await file.commit();
  } catch (error) {
    await Promise.all(files.map((file) => file.discard()));
    throw error;
  }

  for (const { url, members } of tags) {
    const files = tagExports(url);
    await write(outputDir, files.csv, LISTING_CSV_HEADER + members.map((i) => csvListing[i]).join(''));
    await write(outputDir, files.jsonLines, members.map((i) => jsonListing[i]).join(''));
  }
}
