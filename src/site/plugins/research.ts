// Research features: a page for every capture (written after the build into a frame Eleventy renders), the methodology page's data, "cite this", and the CSV / JSON Lines / CSL-JSON exports.
import path from 'node:path';
import type { UserConfig } from '@11ty/eleventy';
import { REVIEW_THRESHOLD } from '../../ingest/rateConfidence.ts';
import { buildArticles, tagGroups, type ArticlePage } from '../articleCollections.ts';
import { ARCHIVE_EXPORTS, tagExports, writeExportFiles } from '../exportFiles.ts';
import type { ArticleGroup } from '../groupArticles.ts';
import { paginate } from '../paginate.ts';
import { FRAME } from '../capturePage.ts';
import { writeCapturePages } from '../writeCapturePages.ts';
import { listCaptures, memberOf, provenanceUrl, type Capture } from '../provenanceData.ts';
import { readReport } from '../../store/ingestArchive.ts';
import { articleUrl, isEntryPath } from '../siteUrls.ts';
import { absoluteUrl, prefixedPath } from './siteUrl.ts';

/** Captures per page of the ingest report: an archive of 10,000 made it one page of 6 MB. */
const REPORT_PAGE_SIZE = 100;

export function research(eleventyConfig: UserConfig, options: { siteUrl: string }): void {
  const input = eleventyConfig.directories.input;
  eleventyConfig.addGlobalData('reportPages', async () => paginate((await readReport(input))?.dumps ?? [], '/report/', REPORT_PAGE_SIZE));
  eleventyConfig.addGlobalData('captures', () => listCaptures(input));
  eleventyConfig.addGlobalData('captureFrame', FRAME);
  eleventyConfig.addGlobalData('reviewThreshold', REVIEW_THRESHOLD);
  eleventyConfig.addWatchTarget(path.join(input, '_provenance'));

  // A hand-written entry may name a capture that is not in the archive: link to a capture page only when one is built.
  const isCapture = memberOf((capture: Capture) => capture.dump);
  eleventyConfig.addFilter('capturePage', (dump: string, captures: Capture[]) => (isCapture(dump, captures) ? provenanceUrl(dump) : ''));
  // Whether an entry file has a page in this build (a hand-deleted or refused one has none).
  const isBuilt = memberOf((page: ArticlePage) => page.url);
  eleventyConfig.addFilter('builtEntry', (file: string, pages: ArticlePage[]) => isBuilt(articleUrl(file), pages));

  eleventyConfig.addGlobalData('archiveExports', ARCHIVE_EXPORTS);
  eleventyConfig.addFilter('tagExports', tagExports);
  // The exports are files written after the pages (see exportFiles.ts); this collection keeps the build's view of
  // the articles and tags for that step, so the files list exactly what the pages do.
  let exported: { articles: ArticlePage[]; tags: ArticleGroup<ArticlePage>[] } | undefined;
  eleventyConfig.addCollection('exportedArticles', (api) => {
    const articles = buildArticles(api, (file) => isEntryPath(file, input));
    exported = { articles, tags: tagGroups(articles, () => undefined) };
    return articles;
  });
  const archiveUrl = (page: ArticlePage) => absoluteUrl(options.siteUrl, eleventyConfig.pathPrefix ?? '/', page.url);
  eleventyConfig.on('eleventy.after', async ({ directories, outputMode }) => {
    if (outputMode !== 'fs' || exported === undefined) return;
    // Capture pages link the articles this build has pages for, at the addresses they are served from.
    const built = new Set(exported.articles.map((page) => page.url));
    const linkOf = (file: string) => (built.has(articleUrl(file)) ? prefixedPath(eleventyConfig.pathPrefix ?? '/', articleUrl(file)) : null);
    // Side by side: the capture pages are mostly reading and writing files, the exports mostly serialising.
    await Promise.all([
      writeExportFiles(directories.output, exported.articles, exported.tags, archiveUrl),
      writeCapturePages(input, directories.output, linkOf),
    ]);
  });
}
