// Research features: a page for every capture (written after the build into a frame Eleventy renders), the methodology page's data, "cite this", and the CSV / JSON Lines / CSL-JSON exports.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { UserConfig } from '@11ty/eleventy';
import { REVIEW_THRESHOLD } from '../../ingest/rateConfidence.ts';
import { buildArticles, tagGroups, type ArticlePage } from '../articleCollections.ts';
import { startExports, BUILD_FAILED, type RunningExports } from '../backgroundExports.ts';
import { ARCHIVE_EXPORTS, tagExports, type ExportedTag } from '../exportFiles.ts';
import type { ExportedArticle } from '../exportRecords.ts';
import { earlyRenderOf } from '../earlyPages.ts';
import { paginate } from '../paginate.ts';
import { FRAME } from '../capturePage.ts';
import { writeCapturePages } from '../writeCapturePages.ts';
import { settleAll } from '../settleAll.ts';
import { listCaptures, memberOf, provenanceUrl, type Capture } from '../provenanceData.ts';
import { archivePaths } from '../../store/archivePaths.ts';
import { readReport } from '../../store/ingestArchive.ts';
import { reportTotals, type IngestReport } from '../../store/ingestReport.ts';
import { articleUrl, isEntryPath } from '../siteUrls.ts';
import { absoluteUrl, prefixedPath } from './siteUrl.ts';

/** Captures per page of the ingest report: an archive of 10,000 made it one page of 6 MB. */
const REPORT_PAGE_SIZE = 100;

/** The articles as the exports' thread takes them: plain data, in reading order. */
function exportedArticles(articles: readonly ArticlePage[], archiveUrl: (page: ArticlePage) => string): ExportedArticle[] {
  // The Markdown as Eleventy read it after the front matter.
  const markdownOf = (page: ArticlePage) => (page.data as { page?: { rawInput?: string } }).page?.rawInput ?? '';
  return articles.map((page) => ({ entry: page.data.entry, markdown: markdownOf(page), archiveUrl: archiveUrl(page) }));
}

/** Each tag page with its articles as positions in `articles`. */
function exportedTags(articles: readonly ArticlePage[]): ExportedTag[] {
  const position = new Map(articles.map((page, i) => [page, i]));
  return tagGroups(articles, () => undefined).map((tag) => ({
    url: tag.url,
    members: tag.articles.map((page) => position.get(page)).filter((i): i is number => i !== undefined),
  }));
}

export function research(eleventyConfig: UserConfig, options: { siteUrl: string }): void {
  const input = eleventyConfig.directories.input;
  // The ingest report (9 MB of JSON at 10,000 captures) is read once a build, here, for its pages and their totals:
  // Eleventy would parse it a second time as global data from its place among the data files, and keep it for every
  // page. Pages rendered early while serving are article pages, which never show it.
  const reportFile = path.resolve(archivePaths(input).reportFile);
  eleventyConfig.addDataExtension('json', {
    read: false,
    parser: (file: string) => {
      if (path.resolve(file) === reportFile) return undefined;
      const text = readFileSync(file, 'utf8');
      // As Eleventy's own reading: an empty file is empty data.
      return text === '' ? {} : JSON.parse(text);
    },
  });
  let report: Promise<IngestReport | null> | null = null;
  eleventyConfig.on('eleventy.before', () => {
    report = null;
  });
  const reportOfBuild = () => (earlyRenderOf(eleventyConfig) ? Promise.resolve(null) : (report ??= readReport(input)));
  eleventyConfig.addGlobalData('reportPages', async () => paginate((await reportOfBuild())?.dumps ?? [], '/report/', REPORT_PAGE_SIZE));
  eleventyConfig.addGlobalData('reportSummary', async () => {
    const read = await reportOfBuild();
    return read?.dumps ? reportTotals(read) : null;
  });
  eleventyConfig.addGlobalData('captures', () => listCaptures(input));
  eleventyConfig.addGlobalData('captureFrame', FRAME);
  eleventyConfig.addGlobalData('reviewThreshold', REVIEW_THRESHOLD);

  // A hand-written entry may name a capture that is not in the archive: link to a capture page only when one is built.
  const isCapture = memberOf((capture: Capture) => capture.dump);
  eleventyConfig.addFilter('capturePage', (dump: string, captures: Capture[]) => (isCapture(dump, captures) ? provenanceUrl(dump) : ''));
  // Whether an entry file has a page in this build (a hand-deleted or refused one has none).
  const isBuilt = memberOf((page: ArticlePage) => page.url);
  eleventyConfig.addFilter('builtEntry', (file: string, pages: ArticlePage[]) => isBuilt(articleUrl(file), pages));

  eleventyConfig.addGlobalData('archiveExports', ARCHIVE_EXPORTS);
  eleventyConfig.addFilter('tagExports', tagExports);
  // The exports are written beside the pages on a thread of their own (see backgroundExports.ts), from this
  // collection: the build's view of the articles and tags, so the files list exactly what the pages do.
  /** Where this build writes its files; none when it writes no files. */
  let outputDir: string | undefined;
  let articles: ArticlePage[] | undefined;
  let exports: RunningExports | undefined;
  eleventyConfig.on('eleventy.before', ({ directories, outputMode }) => {
    outputDir = outputMode === 'fs' ? directories.output : undefined;
  });
  const archiveUrl = (page: ArticlePage) => absoluteUrl(options.siteUrl, eleventyConfig.pathPrefix ?? '/', page.url);
  eleventyConfig.addCollection('exportedArticles', (api) => {
    articles = buildArticles(api, (file) => isEntryPath(file, input));
    if (outputDir !== undefined) {
      // A thread of a build that failed while serving (nothing awaited it) must not write over this build's files.
      void exports?.stop();
      exports = startExports(outputDir, exportedArticles(articles, archiveUrl), exportedTags(articles));
    }
    return articles;
  });
  eleventyConfig.on(BUILD_FAILED, async () => {
    await exports?.stop();
    exports = undefined;
  });
  eleventyConfig.on('eleventy.after', async ({ directories, outputMode }) => {
    if (outputMode !== 'fs' || articles === undefined) return;
    // Capture pages link the articles this build has pages for, at the addresses they are served from.
    const built = new Set(articles.map((page) => page.url));
    const linkOf = (file: string) => (built.has(articleUrl(file)) ? prefixedPath(eleventyConfig.pathPrefix ?? '/', articleUrl(file)) : null);
    const running = exports;
    exports = undefined;
    await settleAll([running?.written, writeCapturePages(input, directories.output, linkOf)]);
  });
}
