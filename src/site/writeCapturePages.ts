// After each build: the frame Eleventy rendered → one page per capture, each filled from its provenance record; the
// frame itself is removed. A few records are read and pages written at a time, so memory never holds them all.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pMap from 'p-map';
import { FRAME, fillFrame, type ArticleLink } from './capturePage.ts';
import { listCaptures, provenanceUrl, readProvenance } from './provenanceData.ts';

/** Files read and written at once: the work is mostly waiting on the disk. */
const FILE_CONCURRENCY = 16;

async function readIfWritten(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * A writer for one site's builds. It remembers the last frame: while serving, Eleventy rebuilds only the templates a
 * change touches, so a frame nothing changed is not written again, and the capture pages are still written with it.
 */
export function capturePageWriter(): (inputDir: string, outputDir: string, linkOf: ArticleLink) => Promise<void> {
  let frame: string | null = null;
  return async (inputDir, outputDir, linkOf) => {
    const frameDir = path.join(outputDir, FRAME.path);
    const written = await readIfWritten(path.join(frameDir, 'index.html'));
    if (written !== null) {
      frame = written;
      await rm(frameDir, { recursive: true, force: true });
    }
    // A site without the frame's template (content/provenance.njk) has no capture pages.
    if (frame === null) return;
    const filled = frame;
    await pMap(
      await listCaptures(inputDir),
      async ({ dump }) => {
        const pagePath = provenanceUrl(dump);
        const file = path.join(outputDir, pagePath, 'index.html');
        const page = fillFrame(filled, pagePath, await readProvenance(inputDir, dump), linkOf);
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, page);
      },
      { concurrency: FILE_CONCURRENCY },
    );
  };
}
