// The archive's JSON Feed 1.1 document (/feed.json), built as an object and serialised, so no entry text can break it.
import { isSafeWebUrl } from '../store/entrySchema.ts';
import { feedArticles } from './feedArticles.ts';
import { feedDate } from './feedDate.ts';
import { feedSummary, type FeedArticle } from './feedSummary.ts';
import { distinctNames } from './groupArticles.ts';
import { tagUrl } from './siteUrls.ts';

const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

export interface FeedSite {
  title: string;
  description: string;
  language: string;
}

export interface FeedLinks {
  /** The feed's own site path. */
  feedPath: string;
  /** A site path as an absolute URL, path prefix included: feeds are read away from the site. */
  absoluteUrl: (sitePath: string) => string;
}

function feedItem(article: FeedArticle, absoluteUrl: FeedLinks['absoluteUrl']) {
  const { entry } = article.data;
  const url = absoluteUrl(article.url);
  const summary = feedSummary(article);
  return {
    id: url,
    url,
    title: entry.headline,
    // JSON Feed requires content; a headline is all some entries offer.
    content_text: summary ?? entry.headline,
    ...(entry.summary !== undefined && { summary: entry.summary }),
    ...(entry.url !== undefined && isSafeWebUrl(entry.url) && { external_url: entry.url }),
    date_published: feedDate(entry),
    ...(entry.byline !== undefined && { authors: [{ name: entry.byline }] }),
    ...(entry.tags.length > 0 && { tags: distinctNames(entry.tags, tagUrl) }),
  };
}

export function jsonFeed(articles: readonly FeedArticle[], site: FeedSite, links: FeedLinks): string {
  const feed = {
    version: JSON_FEED_VERSION,
    title: site.title,
    description: site.description,
    language: site.language,
    home_page_url: links.absoluteUrl('/'),
    feed_url: links.absoluteUrl(links.feedPath),
    items: feedArticles(articles).map((article) => feedItem(article, links.absoluteUrl)),
  };
  return JSON.stringify(feed, null, 2);
}
