// Articles → for each, the few others most related to it by shared tags, rarer tags counting more (IDF), found through an index from tag to articles.
import { sortArticles, type OrderedArticle } from './articleOrder.ts';
import { tagUrl } from './siteUrls.ts';

/** How many related articles an article page lists. */
export const RELATED_LIMIT = 5;
/**
 * Scores are sums of logarithms, which can differ in the last bit for equal sums of different terms; rounding lets
 * such ties fall to the reading order (date, then headline), so the choice never rests on floating-point noise.
 */
const SCORE_PRECISION = 1e9;

export interface RelatedOptions<T> {
  limit?: number;
  /** Pairs never listed as related (e.g. versions of one story, which the page lists on their own). */
  excluded?: (article: T, candidate: T) => boolean;
}

/**
 * A tag's weight is its inverse document frequency, ln(articles / articles with the tag): a tag every article has
 * weighs nothing, one two articles share weighs most. Candidates come only from the index entries of the article's
 * own tags, so the work grows with the overlaps, not with every pair. Tags that share a page (spellings differing
 * in case) count as one tag. Ties go to the reading order: newer first, then by headline.
 */
export function relatedArticles<T extends OrderedArticle>(articles: readonly T[], options: RelatedOptions<T> = {}): Map<string, T[]> {
  const { limit = RELATED_LIMIT, excluded = () => false } = options;
  const ordered = sortArticles(articles);
  const tagKeys = ordered.map((article) => [...new Set(article.data.entry.tags.map(tagUrl))]);
  const index = new Map<string, number[]>();
  tagKeys.forEach((keys, position) => {
    for (const key of keys) {
      const positions = index.get(key);
      if (positions) positions.push(position);
      else index.set(key, [position]);
    }
  });
  const weights = new Map([...index].map(([key, positions]) => [key, Math.log(ordered.length / positions.length)]));

  const related = new Map<string, T[]>();
  ordered.forEach((article, position) => {
    const scores = new Map<number, number>();
    for (const key of tagKeys[position] ?? []) {
      const weight = weights.get(key) ?? 0;
      if (weight === 0) continue;
      for (const other of index.get(key) ?? []) {
        if (other !== position) scores.set(other, (scores.get(other) ?? 0) + weight);
      }
    }
    const ranked = [...scores]
      .filter(([other]) => !excluded(article, ordered[other]!))
      .map(([other, score]) => [other, Math.round(score * SCORE_PRECISION)] as const)
      .sort(([a, scoreA], [b, scoreB]) => scoreB - scoreA || a - b);
    related.set(article.url, ranked.slice(0, limit).map(([other]) => ordered[other]!));
  });
  return related;
}
