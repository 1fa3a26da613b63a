// Builds or serves the site through Eleventy's programmatic API and reports a refused entry in the entry's own terms.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Eleventy, { type UserConfig } from '@11ty/eleventy';
import { archivePaths } from '../store/archivePaths.ts';
import { forwardEntryFiles } from './entryAnnouncements.ts';
import { serveThread } from './serveThread.ts';
import { serveOnThread } from './threadServer.ts';
import { rebuildBehindServing } from './rebuildPriority.ts';
import { runtimeFile } from '../runtimeFiles.ts';
import { BUILD_FAILED } from './backgroundExports.ts';
import { isExplainedError } from './entryError.ts';
import { discardStaging, markBuilt, prepareStaging, publishStaging } from './replaceOutput.ts';
import { startSearchIndex, type SearchIndexBuild } from './searchIndex.ts';
import { hasArticleData } from './articlePageData.ts';
import { articleUrl, isEntryPath } from './siteUrls.ts';
import { readSiteSettings } from './siteConfig.ts';

export interface SiteOptions {
  inputDir?: string;
  outputDir?: string;
  pathPrefix?: string;
  quiet?: boolean;
  /** Articles per part of the search index (see searchIndexParts.ts); tests lower it to get several parts. */
  searchPartArticles?: number;
}

export interface ServeOptions extends SiteOptions {
  port?: number;
}

export interface RunningSite {
  close(): Promise<void>;
}

const DEFAULT_INPUT_DIR = 'content';
const DEFAULT_OUTPUT_DIR = '_site';
/** Absolute, so the build does not depend on the directory it is started from. */
const CONFIG_PATH = fileURLToPath(runtimeFile(import.meta.url, '../../.eleventy.ts', './eleventy.config.js'));

function createEleventy(options: SiteOptions, runMode: 'build' | 'serve', config?: (eleventyConfig: UserConfig) => void): Eleventy {
  return new Eleventy(options.inputDir ?? DEFAULT_INPUT_DIR, options.outputDir ?? DEFAULT_OUTPUT_DIR, {
    configPath: CONFIG_PATH,
    runMode,
    ...(config !== undefined && { config }),
    ...(options.pathPrefix !== undefined && { pathPrefix: options.pathPrefix }),
    ...(options.quiet !== undefined && { quietMode: options.quiet }),
  });
}

/** Eleventy wraps errors in its own and keeps the cause as `originalError`; the explanation for the user is deepest. */
function explainFailure(error: unknown): unknown {
  for (let current: unknown = error; current instanceof Error; ) {
    if (isExplainedError(current)) return current;
    current = 'originalError' in current ? current.originalError : current.cause;
  }
  return error;
}

/** The entry files Eleventy will read: every Markdown file under `<input>/articles/`, at any depth. */
async function countEntries(inputDir: string): Promise<number> {
  const articlesDir = path.join(inputDir, 'articles');
  const names = await readdir(articlesDir, { recursive: true }).catch(() => [] as string[]);
  return names.filter((name) => isEntryPath(path.join(articlesDir, name), inputDir)).length;
}

/**
 * Builds the pages and the search index of the article pages (only a build writes one; `serve` has no search) into a
 * staging folder that replaces the output folder only when everything succeeded. Each entry goes to the indexer as
 * Eleventy reads it; once all have, Pagefind writes the index in its own process while Eleventy renders, so the index
 * costs the build little more than the time Eleventy spends rendering after reading.
 */
export async function buildSite(options: SiteOptions = {}): Promise<void> {
  const inputDir = options.inputDir ?? DEFAULT_INPUT_DIR;
  const outputDir = options.outputDir ?? DEFAULT_OUTPUT_DIR;
  const staging = await prepareStaging(outputDir);
  let search: SearchIndexBuild | undefined;
  let configuration: UserConfig | undefined;
  try {
    const language = readSiteSettings(path.join(inputDir, '_data')).language;
    const expected = await countEntries(inputDir);
    const index = (search = startSearchIndex(staging, language, { ...(options.searchPartArticles !== undefined && { partArticles: options.searchPartArticles }) }));
    let added = 0;
    const configureBuild = (eleventyConfig: UserConfig) => {
      configuration = eleventyConfig;
      eleventyConfig.addPreprocessor('search-index', 'md', function (data, body) {
        if (!isEntryPath(this.inputPath, inputDir) || !hasArticleData(data)) return;
        index.add(articleUrl(this.inputPath), data.entry, body);
        // An entry Eleventy reads beyond those counted (added meanwhile) is still indexed: finish() writes again.
        if (++added === expected) index.allAdded();
      });
    };
    await createEleventy({ ...options, outputDir: staging }, 'build', configureBuild).write();
    await index.finish();
    await publishStaging(staging, outputDir);
  } catch (error) {
    // Every thread still writing into the staging folder stops before it goes, even if another fails to: the failure
    // reported is the build's, and one that would not stop is mentioned beside it.
    const stopped = await Promise.allSettled([search?.abort(), configuration?.emit(BUILD_FAILED)]);
    for (const outcome of stopped) {
      if (outcome.status === 'rejected') console.warn(`warning: stopping the failed build's threads: ${outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason)}`);
    }
    await discardStaging(staging);
    throw explainFailure(error);
  }
}

/** Builds, then serves with watch and live reload until `close()` is called. */
export async function serveSite(options: ServeOptions = {}): Promise<RunningSite> {
  const eleventy = createEleventy(options, 'serve');
  try {
    // Unlike `write()`, `watch()` expects the configuration already loaded.
    await eleventy.init();
    // Serving writes in place; marked, the folder can be replaced by a later build.
    await markBuilt(options.outputDir ?? DEFAULT_OUTPUT_DIR);
    await eleventy.watch();
  } catch (error) {
    // The first build runs before any watcher or server starts, so there is nothing to stop.
    throw explainFailure(error);
  }
  const stopForwarding = forwardEntryFiles(eleventy.watcher, archivePaths(options.inputDir ?? DEFAULT_INPUT_DIR).articlesDir);
  const close = async () => {
    stopForwarding();
    await eleventy.stopWatch();
    await serveThread.close();
  };
  // Once the server answers, a capture dropped in is seen: the watch of the dumps folder (on serve's thread) is on.
  await serveThread.watching();
  const listening = serveOnThread(eleventy);
  await eleventy.serve(options.port);
  try {
    // It answers once serve returns, as it did when it ran on this thread.
    await listening;
  } catch (error) {
    await close();
    throw error;
  }
  rebuildBehindServing();
  return { close };
}
