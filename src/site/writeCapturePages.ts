// After each build: the frame Eleventy rendered → one page per capture, each filled from its provenance record; the
// frame itself is removed. A few records are read and pages written at a time, so memory never holds them all.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pMap from 'p-map';
import { readIfExists } from '../store/entryFiles.ts';
import { FRAME, fillFrame, type ArticleLink } from './capturePage.ts';
import { EntryError } from './entryError.ts';
import { listCaptures, provenanceUrl, readProvenance, type Capture } from './provenanceData.ts';

/** Files read and written at once: the work is mostly waiting on the disk. */
const FILE_CONCURRENCY = 16;

/**
 * Two capture files whose names differ only in what a slug drops ("A.txt" and "a.txt") would share one page, one
 * silently writing over the other: refused, naming both.
 */
function pagesOf(inputDir: string, captures: readonly Capture[]): Map<string, string> {
  const pages = new Map<string, string>();
  for (const { dump } of captures) {
    const pagePath = provenanceUrl(dump);
    const other = pages.get(pagePath);
    if (other !== undefined) {
      throw new EntryError(
        path.join(inputDir, 'dumps', dump),
        `would have the same capture page (${pagePath}) as ${other}`,
        'Rename one of the two capture files (and its sidecar), then run `news-archive ingest` again.',
      );
    }
    pages.set(pagePath, dump);
  }
  return pages;
}

/** A site without the frame's template (content/provenance.njk) has no capture pages. */
export async function writeCapturePages(inputDir: string, outputDir: string, linkOf: ArticleLink): Promise<void> {
  const frameDir = path.join(outputDir, FRAME.path);
  const frame = await readIfExists(path.join(frameDir, 'index.html'));
  if (frame === null) return;
  const pages = pagesOf(inputDir, await listCaptures(inputDir));
  await rm(frameDir, { recursive: true, force: true });
  await fillPages(frame, inputDir, outputDir, pages, linkOf);
}

/** The pages of these captures alone, from a frame rendered apart (see earlyPages.ts). */
export async function writeSomeCapturePages(frame: string, inputDir: string, outputDir: string, captures: readonly Capture[], linkOf: ArticleLink): Promise<void> {
  await fillPages(frame, inputDir, outputDir, pagesOf(inputDir, captures), linkOf);
}

async function fillPages(frame: string, inputDir: string, outputDir: string, pages: Map<string, string>, linkOf: ArticleLink): Promise<void> {
  await pMap(
    pages,
    async ([pagePath, dump]) => {
      const file = path.join(outputDir, pagePath, 'index.html');
      const page = fillFrame(frame, pagePath, await readProvenance(inputDir, dump), linkOf);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, page);
    },
    { concurrency: FILE_CONCURRENCY },
  );
}
