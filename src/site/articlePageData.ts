// Everything Eleventy knows about an article page, derived from the validated entry and its file name only.
import type { Entry } from '../store/entrySchema.ts';
import { scriptLanguage } from './scriptLanguage.ts';
import { articleUrl } from './siteUrls.ts';

const ARTICLE_LAYOUT = 'layouts/article.njk';

/**
 * The entry sits under its own key so that none of its fields is read by Eleventy as configuration: `tags` would
 * make Eleventy collections keyed by raw names and `date` would become a UTC-midnight `page.date`.
 */
export interface ArticleData {
  entry: Entry;
  title: string;
  /** The language the headline's and standfirst's script tells, when it tells one: the article element says so. */
  textLanguage: string | null;
  layout: string;
  permalink: () => string;
}

export function articlePageData(entry: Entry, inputPath: string): ArticleData {
  const url = articleUrl(inputPath);
  return {
    entry,
    // Feeds and plugins read `title`; entries only carry `headline`.
    title: entry.headline,
    textLanguage: scriptLanguage(`${entry.headline} ${entry.summary ?? ''}`),
    layout: ARTICLE_LAYOUT,
    // A function, not a template string: Eleventy uses its value as is, with nothing rendered.
    permalink: () => url,
  };
}

export function hasArticleData(data: object): data is ArticleData {
  return 'entry' in data && typeof data.entry === 'object' && data.entry !== null;
}
