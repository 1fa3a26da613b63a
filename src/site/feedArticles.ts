// The articles a feed lists: the newest dated ones in the archive's reading order; undated articles are left out.
import type { Entry } from '../store/entrySchema.ts';
import { sortArticles, type OrderedArticle } from './articleOrder.ts';
import { feedDate } from './feedDate.ts';

/** Enough for a reader catching up after a busy week; older articles stay on the tag, source and home pages. */
export const FEED_SIZE = 50;

/**
 * An undated article is never "newest", and a feed entry must carry a date, so feeds leave undated articles out
 * rather than give them one.
 */
export function feedArticles<T extends OrderedArticle>(articles: readonly T[], size = FEED_SIZE): T[] {
  return sortArticles(articles)
    .filter((article) => feedDate(article.data.entry) !== null)
    .slice(0, size);
}

/** The latest instant among the entries, for a feed's own `updated`; null when none is dated. */
export function newestFeedDate(entries: readonly Entry[]): string | null {
  const dates = entries.map(feedDate).filter((date): date is string => date !== null);
  return dates.length === 0 ? null : dates.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
}
