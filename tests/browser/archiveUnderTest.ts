// The archive a browser test looks at: the bundled dumps (plus extra entries when a test needs more pages) ingested and built into a temporary folder, served on 127.0.0.1 as a static host would, under an optional path prefix.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';
import { buildSite } from '../../src/site/buildSite.ts';
import { previewSite, type RunningPreview } from '../../src/site/previewSite.ts';
import { ingestArchive } from '../../src/store/ingestArchive.ts';
import { MACHINE_FILES } from '../../src/store/archivePaths.ts';

// Eleventy imports `.eleventy.ts` with Node's own loader, outside Vitest.
register();

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CONTENT_DIR = path.join(REPO_ROOT, 'content');

export interface ArchiveUnderTest {
  inputDir: string;
  outputDir: string;
  /** Root address of the served site, prefix included, ending in "/". */
  url: string;
  /** The site address of a page: "/tags/" → "http://127.0.0.1:PORT/prefix/tags/". */
  at(sitePath: string): string;
  close(): Promise<void>;
}

export interface ArchiveOptions {
  /** Dump files to ingest: name → text. Defaults to the bundled dumps. */
  dumps?: Record<string, string>;
  /** Entry files to add beside what ingest writes: name → Markdown with front matter. */
  entries?: Record<string, string>;
  pathPrefix?: string;
  /** Articles per part of the search index: a few, to search an index in several parts. */
  searchPartArticles?: number;
}

async function bundledDumps(): Promise<Record<string, string>> {
  const dir = path.join(CONTENT_DIR, 'dumps');
  const names = (await fs.readdir(dir)).filter((n) => !n.startsWith('.')).sort();
  return Object.fromEntries(await Promise.all(names.map(async (n) => [n, await fs.readFile(path.join(dir, n), 'utf8')] as const)));
}

export async function buildArchive(options: ArchiveOptions = {}): Promise<ArchiveUnderTest> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'news-archive-browser-'));
  const inputDir = path.join(root, 'content');
  const outputDir = path.join(root, '_site');
  // Pages and configuration exactly as the repository has them; dumps and entries from the test.
  await fs.cp(CONTENT_DIR, inputDir, {
    recursive: true,
    filter: (source) => {
      const relative = path.relative(CONTENT_DIR, source).split(path.sep);
      return !['dumps', 'articles', '_provenance', 'ingest-manifest.json', ...MACHINE_FILES].includes(relative[0]!) && !source.endsWith('ingestReport.json');
    },
  });
  await fs.mkdir(path.join(inputDir, 'dumps'), { recursive: true });
  await fs.mkdir(path.join(inputDir, 'articles'), { recursive: true });
  for (const [name, text] of Object.entries(options.dumps ?? (await bundledDumps()))) {
    await fs.writeFile(path.join(inputDir, 'dumps', name), text);
  }
  await ingestArchive(inputDir);
  for (const [name, text] of Object.entries(options.entries ?? {})) await fs.writeFile(path.join(inputDir, 'articles', name), text);
  await buildSite({
    inputDir,
    outputDir,
    quiet: true,
    ...(options.pathPrefix !== undefined && { pathPrefix: options.pathPrefix }),
    ...(options.searchPartArticles !== undefined && { searchPartArticles: options.searchPartArticles }),
  });

  let preview: RunningPreview;
  try {
    preview = await previewSite({ outputDir, port: 0, ...(options.pathPrefix !== undefined && { pathPrefix: options.pathPrefix }) });
  } catch (error) {
    await fs.rm(root, { recursive: true, force: true });
    throw error;
  }
  return {
    inputDir,
    outputDir,
    url: preview.url,
    at: (sitePath) => new URL(sitePath.replace(/^\/+/, ''), preview.url).href,
    close: async () => {
      await preview.close();
      await fs.rm(root, { recursive: true, force: true });
    },
  };
}
