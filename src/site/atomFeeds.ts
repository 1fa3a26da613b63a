// The archive's Atom feeds: one for the whole archive and one per tag, each with its URL, page and articles.
import { feedArticles, newestFeedDate } from './feedArticles.ts';
import type { OrderedArticle } from './articleOrder.ts';
import type { ArticleGroup } from './groupArticles.ts';

const SITE_PAGE_URL = '/';
const FEED_FILE = 'feed.xml';

export interface AtomFeed<T> {
  /** Where the feed is written: `/feed.xml`, or `feed.xml` inside the tag's page folder. */
  url: string;
  /** The page the feed follows, its `alternate` link and its id. */
  pageUrl: string;
  /** The tag's name, or null for the whole archive. */
  tag: string | null;
  /** The newest listed article's date; for a tag whose articles are all undated, the archive's newest. */
  updated: string | null;
  articles: T[];
}

/** A page's feed sits beside it, so `/tags/kursk/` is followed at `/tags/kursk/feed.xml`. */
function feedUrl(pageUrl: string): string {
  return `${pageUrl}${FEED_FILE}`;
}

export function atomFeeds<T extends OrderedArticle>(articles: readonly T[], tagGroups: readonly ArticleGroup<T>[]): AtomFeed<T>[] {
  const siteArticles = feedArticles(articles);
  const siteUpdated = newestFeedDate(siteArticles.map((article) => article.data.entry));
  const feed = (pageUrl: string, tag: string | null, listed: T[]): AtomFeed<T> => ({
    url: feedUrl(pageUrl),
    pageUrl,
    tag,
    updated: newestFeedDate(listed.map((article) => article.data.entry)) ?? siteUpdated,
    articles: listed,
  });
  return [
    feed(SITE_PAGE_URL, null, siteArticles),
    ...tagGroups.map((group) => feed(group.url, group.name, feedArticles(group.articles))),
  ];
}

/** Each page asks for its feed, so the lookup is built once per list of feeds rather than searched per page. */
const tagFeedsByPage = new WeakMap<readonly AtomFeed<unknown>[], Map<string, AtomFeed<unknown>>>();

/** The feed of a tag's page, for the page's `<link rel="alternate">`; null on any other page. */
export function tagFeed<T>(pageUrl: string, feeds: readonly AtomFeed<T>[]): AtomFeed<T> | null {
  let byPage = tagFeedsByPage.get(feeds);
  if (byPage === undefined) {
    byPage = new Map(feeds.filter((feed) => feed.tag !== null).map((feed) => [feed.pageUrl, feed]));
    tagFeedsByPage.set(feeds, byPage);
  }
  return (byPage.get(pageUrl) as AtomFeed<T> | undefined) ?? null;
}
