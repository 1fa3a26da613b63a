// The archive's reading order: newest first, the undated last, ties settled so every build lists the same way.
import type { Entry } from '../store/entrySchema.ts';
import { publicationDay, statedDatetime } from './publicationDate.ts';

/** The shape of an Eleventy collection item that the ordering reads. */
export interface OrderedArticle {
  url: string;
  data: { entry: Entry };
}

const HEADLINE_ORDER = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function byDayNewestFirst(a: Entry, b: Entry): number {
  const dayA = publicationDay(a);
  const dayB = publicationDay(b);
  if (dayA === dayB) return 0;
  if (dayA === null) return 1;
  if (dayB === null) return -1;
  return dayA < dayB ? 1 : -1;
}

/**
 * Within one day a stated time orders articles, and timed ones come before those with only a day, whose time is
 * unknown. Days compare as stated, not as instants: a day carries no time zone.
 */
function byTimeNewestFirst(a: Entry, b: Entry): number {
  const timeA = statedDatetime(a);
  const timeB = statedDatetime(b);
  if (timeA === undefined || timeB === undefined) return Number(timeA === undefined) - Number(timeB === undefined);
  return Date.parse(timeB) - Date.parse(timeA);
}

function compareArticles(a: OrderedArticle, b: OrderedArticle): number {
  return (
    byDayNewestFirst(a.data.entry, b.data.entry) ||
    byTimeNewestFirst(a.data.entry, b.data.entry) ||
    HEADLINE_ORDER.compare(a.data.entry.headline, b.data.entry.headline) ||
    // The same story from several outlets can share a headline; the URL settles the last tie.
    (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)
  );
}

/**
 * Lists known to be in reading order: those this module sorted and those built by walking one in order (a group's
 * articles). Such a list is not compared again, article by article, when it is sorted: feeds, groups and related
 * articles each sort what they are given, mostly lists already in order, and the headline collation of every pair
 * was a second of a 15,000-article build. A marked list is frozen, so the mark cannot outlive its order.
 */
const inOrder = new WeakSet<readonly OrderedArticle[]>();

export function markInReadingOrder<T extends OrderedArticle>(articles: T[]): T[] {
  inOrder.add(Object.freeze(articles));
  return articles;
}

export function sortArticles<T extends OrderedArticle>(articles: readonly T[]): T[] {
  return markInReadingOrder(inOrder.has(articles) ? [...articles] : [...articles].sort(compareArticles));
}

/**
 * `ordered` (in reading order) with `added` put where they belong, each found by a binary search: a few comparisons
 * each, where sorting the whole list again would compare every article's headline with others.
 */
export function insertInReadingOrder<T extends OrderedArticle>(ordered: readonly T[], added: readonly T[]): T[] {
  const merged = [...sortArticles(ordered)];
  for (const article of added) {
    let low = 0;
    let high = merged.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (compareArticles(merged[middle]!, article) <= 0) low = middle + 1;
      else high = middle;
    }
    merged.splice(low, 0, article);
  }
  return markInReadingOrder(merged);
}

export function datedArticles<T extends OrderedArticle>(articles: readonly T[]): T[] {
  return articles.filter((article) => publicationDay(article.data.entry) !== null);
}

export function undatedArticles<T extends OrderedArticle>(articles: readonly T[]): T[] {
  return articles.filter((article) => publicationDay(article.data.entry) === null);
}
