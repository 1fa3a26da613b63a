// How readers and machines find the archive: search page assets, Atom and JSON feeds, sitemap, canonical and social metadata, JSON-LD.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { UserConfig } from '@11ty/eleventy';
import { createRegistry } from '../../publishers/registry.ts';
import type { Entry } from '../../store/entrySchema.ts';
import { buildArticles, tagGroups } from '../articleCollections.ts';
import { atomFeeds, tagFeed } from '../atomFeeds.ts';
import { feedDate } from '../feedDate.ts';
import { feedSummary, type FeedArticle } from '../feedSummary.ts';
import { jsonFeed, type FeedSite } from '../jsonFeed.ts';
import { newsArticleJsonLd } from '../newsArticleJsonLd.ts';
import { scriptJson } from '../scriptJson.ts';
import { SEARCH_BUNDLE_DIR } from '../searchIndex.ts';
import { isEntryPath } from '../siteUrls.ts';
import { sitemapUrls } from '../sitemapUrls.ts';
import { sitemapFiles } from '../sitemapXml.ts';
import { xmlText } from '../xmlText.ts';
import { SettingsError } from '../entryError.ts';
import { oncePerList } from '../oncePerList.ts';
import { FRAME } from '../capturePage.ts';
import { listCaptures, provenanceUrl } from '../provenanceData.ts';
import { absoluteUrl } from './siteUrl.ts';
import { PROJECT_ROOT } from '../../runtimeFiles.ts';

const SCRIPTS_DIR = path.join(PROJECT_ROOT, 'templates', 'assets', 'js');
const SCRIPTS_URL_DIR = 'assets/js';

/** One registry per build's publishers.json, not one per article page. */
const registryOf = oncePerList((publishers: unknown[]) => createRegistry({ publishers }));

export function discovery(eleventyConfig: UserConfig, options: { siteUrl: string }): void {
  const isEntry = (filePath: string) => isEntryPath(filePath, eleventyConfig.directories.input);
  // The path prefix is read when used: Eleventy sets it after the configuration is loaded.
  const absolute = (sitePath: string) => absoluteUrl(options.siteUrl, eleventyConfig.pathPrefix ?? '/', sitePath);

  // The search page's own script: a file, never inline, so a Content-Security-Policy can forbid inline scripts.
  eleventyConfig.addPassthroughCopy({ [SCRIPTS_DIR]: SCRIPTS_URL_DIR });
  eleventyConfig.addWatchTarget(SCRIPTS_DIR);
  eleventyConfig.addGlobalData('searchBundleUrl', `/${SEARCH_BUNDLE_DIR}/`);

  // Tag-name collisions are reported once, by the tagGroups collection; these are the same groups.
  eleventyConfig.addCollection('atomFeeds', (api) => {
    const articles = buildArticles(api, isEntry);
    return atomFeeds(articles, tagGroups(articles, () => undefined));
  });

  eleventyConfig.addFilter('xmlText', xmlText);
  eleventyConfig.addFilter('feedDate', feedDate);
  eleventyConfig.addFilter('feedSummary', feedSummary);
  eleventyConfig.addFilter('tagFeed', tagFeed);
  eleventyConfig.addFilter('jsonFeed', (articles: FeedArticle[], site: FeedSite, feedPath: string) =>
    jsonFeed(articles, site, { feedPath, absoluteUrl: absolute }),
  );
  eleventyConfig.addFilter('newsArticleJsonLd', (entry: Entry, pageUrl: string, language: string, publishers: { publishers?: unknown }) => {
    if (!Array.isArray(publishers.publishers)) {
      throw new SettingsError(`${path.join(eleventyConfig.directories.input, '_data', 'publishers.json')}: must hold a "publishers" list; restore it from the repository and build again.`);
    }
    const registry = registryOf(publishers.publishers);
    return scriptJson(newsArticleJsonLd(entry, { url: pageUrl, language, isOutlet: (name) => registry.byName(name) !== undefined }));
  });

  // The sitemap is written from the pages the build actually wrote, so every paginated page is in it; with the frame
  // (not a page itself) come the capture pages written into it after the build (research.ts).
  eleventyConfig.on('eleventy.after', async ({ directories, results, outputMode }) => {
    if (outputMode !== 'fs') return;
    const framed = results.some((page) => page.url === FRAME.path);
    const captures = framed ? (await listCaptures(eleventyConfig.directories.input)).map(({ dump }) => ({ url: provenanceUrl(dump), outputPath: 'index.html' })) : [];
    const pages = [...results.filter((page) => page.url !== FRAME.path), ...captures];
    for (const file of sitemapFiles(sitemapUrls(pages).map(absolute), (name) => absolute(`/${name}`))) {
      await writeFile(path.join(directories.output, file.name), file.xml);
    }
  });
}
