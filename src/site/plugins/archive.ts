// Archive navigation: paged lists (home, tags, sources, months), the month archive and timeline, story pages, and what each article page links to next.
import type { CollectionApi, UserConfig } from '@11ty/eleventy';
import { buildArticles, sourceGroups, tagGroups, type ArticlePage } from '../articleCollections.ts';
import { articleMore } from '../articleMore.ts';
import type { ArticleGroup } from '../groupArticles.ts';
import { earlyArticleMore, earlyRenderOf, type ServedArticles } from '../earlyPages.ts';
import { archiveYears, monthArchive } from '../monthArchive.ts';
import { monthChart } from '../monthChart.ts';
import { monthCounts } from '../monthCounts.ts';
import { paginate } from '../paginate.ts';
import { isEntryPath } from '../siteUrls.ts';
import { sourceChart } from '../sourceChart.ts';
import { sourceCounts } from '../sourceCounts.ts';
import { storyGroups } from '../storyGroups.ts';

const HOME_URL = '/';
/** `collections.tagGroups` and `collections.sourceGroups` already report names that share a page; the paged copies stay quiet. */
const alreadyReported = () => {};

/** Every page of every group's list, each page carrying its group for the heading. */
function groupPages(groups: readonly ArticleGroup<ArticlePage>[]) {
  return groups.flatMap((group) => paginate(group.articles, group.url).map((listPage) => ({ ...listPage, group })));
}

const UNDATED_URL = '/archive/undated/';

/** `served`: told the articles of every build made while serving, for the pages rendered early (earlyPages.ts). */
export function archive(eleventyConfig: UserConfig, options: { served?: ServedArticles } = {}): void {
  // Read when a collection is built: the input folder is known only once the configuration has loaded.
  const articlesOf = (api: CollectionApi) => buildArticles(api, (file) => isEntryPath(file, eleventyConfig.directories.input));
  const warn = (message: string) => eleventyConfig.logger.logWithOptions({ message, type: 'warn', color: 'yellow', force: true });

  // Eleventy pages through one data set per template, so each paged list is built here as [page 1, page 2, …].
  eleventyConfig.addCollection('homePages', (api) => paginate(articlesOf(api), HOME_URL));
  eleventyConfig.addCollection('tagPages', (api) => groupPages(tagGroups(articlesOf(api), alreadyReported)));
  eleventyConfig.addCollection('sourcePages', (api) => groupPages(sourceGroups(articlesOf(api), alreadyReported)));
  eleventyConfig.addCollection('monthArchive', (api) => monthArchive(articlesOf(api)));
  eleventyConfig.addCollection('monthPages', (api) =>
    monthArchive(articlesOf(api)).months.flatMap((month) => paginate(month.articles, month.url).map((listPage) => ({ ...listPage, month }))),
  );
  // The undated are paged like a month: an archive can hold thousands, too many for the timeline to list.
  eleventyConfig.addCollection('undatedPages', (api) => paginate(monthArchive(articlesOf(api)).undated, UNDATED_URL));
  eleventyConfig.addCollection('storyGroups', (api) => storyGroups(articlesOf(api), warn));
  let serving = false;
  eleventyConfig.on('eleventy.before', ({ runMode }) => {
    serving = runMode === 'serve';
  });
  eleventyConfig.addCollection('articleMore', (api) => {
    const articles = articlesOf(api);
    const early = earlyRenderOf(eleventyConfig);
    if (early !== undefined) return earlyArticleMore(articles, early);
    if (serving) options.served?.remember(articles);
    return articleMore(articles, storyGroups(articles));
  });

  eleventyConfig.addFilter('archiveYears', archiveYears);
  eleventyConfig.addFilter('monthCounts', monthCounts);
  eleventyConfig.addFilter('monthChart', monthChart);
  eleventyConfig.addFilter('sourceCounts', sourceCounts);
  eleventyConfig.addFilter('sourceChart', sourceChart);
}
