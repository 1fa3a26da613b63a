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
/**
 * Index entries walked per article, rarest tags first. A tag most of the archive carries would otherwise make every
 * article visit nearly every other (quadratic at archive scale); the articles only it would add score too little to
 * matter, and those it shares with a rarer tag are found through that tag, then credited with it too.
 */
const CANDIDATE_BUDGET = 250;

export interface RelatedOptions<T> {
  limit?: number;
  /** Pairs never listed as related (e.g. versions of one story, which the page lists on their own). */
  excluded?: (article: T, candidate: T) => boolean;
  /** The URLs of the only articles to find related ones for (all when absent); candidates still come from all. */
  only?: ReadonlySet<string>;
}

/** Higher score first, then reading order (lower position). */
const ahead = ([a, scoreA]: readonly [number, number], [b, scoreB]: readonly [number, number]) => scoreB - scoreA || a - b;

/** Inserts a candidate into `best`, kept sorted and no longer than `limit`: the top few without sorting them all. */
function keepBest(best: (readonly [number, number])[], candidate: readonly [number, number], limit: number): void {
  if (limit <= 0 || (best.length === limit && ahead(candidate, best[limit - 1]!) >= 0)) return;
  let at = best.length;
  while (at > 0 && ahead(candidate, best[at - 1]!) < 0) at -= 1;
  best.splice(at, 0, candidate);
  if (best.length > limit) best.pop();
}

/** What scoring needs of the archive's tags, whatever names them (numbers for a whole archive, tag URLs for a few pages). */
interface TagIndex<K> {
  /** The article's tags, one per tag page, in the order it lists them. */
  tagsAt(position: number): readonly K[];
  /** Positions of the articles with the tag, in reading order. */
  postings(tag: K): readonly number[];
  weight(tag: K): number;
  has(position: number, tag: K): boolean;
}

/** Each entry's tags, one per tag page (spellings differing in case share one), kept while the entry is. */
const tagPagesOf = new WeakMap<object, readonly string[]>();

function tagPages(article: OrderedArticle): readonly string[] {
  const entry = article.data.entry;
  let pages = tagPagesOf.get(entry);
  if (pages === undefined) tagPagesOf.set(entry, (pages = [...new Set(entry.tags.map(tagUrl))]));
  return pages;
}

/**
 * Works out the articles' tag pages ahead of the first related articles asked among them: serve's thread does it when
 * a build has listed the archive, so that the next page it renders on its own waits for none of it (about 30 ms at
 * 10,000 captures).
 */
export function rememberTagPages(articles: readonly OrderedArticle[]): void {
  for (const article of articles) tagPages(article);
}

/** Every article's tags, numbered in order of first use, so the inner loops compare integers, not strings. */
function wholeIndex(ordered: readonly OrderedArticle[]): TagIndex<number> {
  const tagIds = new Map<string, number>();
  const tagsOf = ordered.map((article) =>
    tagPages(article).map((key) => {
      let id = tagIds.get(key);
      if (id === undefined) tagIds.set(key, (id = tagIds.size));
      return id;
    }),
  );
  const index: number[][] = Array.from({ length: tagIds.size }, () => []);
  tagsOf.forEach((ids, position) => {
    for (const id of ids) index[id]!.push(position);
  });
  const weights = Float64Array.from(index, (positions) => Math.log(ordered.length / positions.length));
  /** Each article's tags, sorted, for a binary search: a set per article cost more than the search. */
  const sortedTags = tagsOf.map((ids) => Int32Array.from(ids).sort());
  return {
    tagsAt: (position) => tagsOf[position]!,
    postings: (id) => index[id]!,
    weight: (id) => weights[id]!,
    has: (position, id) => {
      const ids = sortedTags[position]!;
      let low = 0;
      let high = ids.length - 1;
      while (low <= high) {
        const middle = (low + high) >> 1;
        if (ids[middle] === id) return true;
        if (ids[middle]! < id) low = middle + 1;
        else high = middle - 1;
      }
      return false;
    },
  };
}

/**
 * The postings of the tags of a few articles only (a page rendered on its own while serving, see earlyPages.ts): one
 * pass over the archive's tags rather than an index of all of them, which was 0.14-0.16 s of such a page at 10,000
 * captures. The scores are those the whole index gives.
 */
function partialIndex(ordered: readonly OrderedArticle[], positions: readonly number[]): TagIndex<string> {
  const index = new Map<string, number[]>();
  for (const position of positions) for (const key of tagPages(ordered[position]!)) index.set(key, []);
  ordered.forEach((article, position) => {
    for (const key of tagPages(article)) index.get(key)?.push(position);
  });
  return {
    tagsAt: (position) => tagPages(ordered[position]!),
    postings: (key) => index.get(key)!,
    weight: (key) => Math.log(ordered.length / index.get(key)!.length),
    has: (position, key) => tagPages(ordered[position]!).includes(key),
  };
}

/**
 * The article at `position`'s best candidates, as positions. `scores` is one slot per article, zero on entry and left
 * so: an article meets a few hundred candidates, and a typed array with a list of the slots touched is several times
 * faster than a map of them. Weights walked are positive, so a zero score means "not a candidate yet".
 */
function bestFor<T extends OrderedArticle, K>(ordered: readonly T[], position: number, index: TagIndex<K>, scores: Float64Array, limit: number, excluded: (article: T, candidate: T) => boolean): number[] {
  const article = ordered[position]!;
  const candidates: number[] = [];
  const tags = index.tagsAt(position).filter((tag) => index.weight(tag) > 0);
  const byRarity = tags.sort((a, b) => index.postings(a).length - index.postings(b).length);
  // Scores are gathered along the index (each entry visited costs one addition); tags too common to walk are
  // credited afterwards to the candidates found, by looking them up in each candidate's own tags.
  const unwalked: K[] = [];
  let budget = CANDIDATE_BUDGET;
  for (const tag of byRarity) {
    const postings = index.postings(tag);
    let walked: readonly number[];
    if (postings.length <= budget) walked = postings;
    // An article whose every tag is common still gets the newest articles sharing its rarest one.
    else if (candidates.length === 0) walked = postings.slice(0, budget);
    else {
      unwalked.push(tag);
      continue;
    }
    budget -= walked.length;
    const weight = index.weight(tag);
    for (const other of walked) {
      if (other === position) continue;
      if (scores[other] === 0) candidates.push(other);
      scores[other]! += weight;
    }
  }
  const best: (readonly [number, number])[] = [];
  for (const other of candidates) {
    let score = scores[other]!;
    scores[other] = 0;
    for (const tag of unwalked) if (index.has(other, tag)) score += index.weight(tag);
    const rounded = Math.round(score * SCORE_PRECISION);
    // Most candidates cannot beat the last of a full list: they are passed over before anything is allocated or
    // the exclusion is asked (keepBest would refuse them too).
    const last = best.length === limit ? best[limit - 1]! : undefined;
    if (last !== undefined && (rounded < last[1] || (rounded === last[1] && other > last[0]))) continue;
    if (excluded(article, ordered[other]!)) continue;
    keepBest(best, [other, rounded], limit);
  }
  return best.map(([other]) => other);
}

/**
 * A tag's weight is its inverse document frequency, ln(articles / articles with the tag): a tag every article has
 * weighs nothing, one two articles share weighs most. Candidates come only from the index entries of the article's
 * own tags (a bounded number of them, rarest tags first), so the work grows with the archive, not with every pair.
 * Tags that share a page (spellings differing in case) count as one tag. Ties go to the reading order: newer first,
 * then by headline.
 */
export function relatedArticles<T extends OrderedArticle>(articles: readonly T[], options: RelatedOptions<T> = {}): Map<string, T[]> {
  const { limit = RELATED_LIMIT, excluded = () => false, only } = options;
  const ordered = sortArticles(articles);
  const positions = ordered.flatMap((article, position) => (only === undefined || only.has(article.url) ? [position] : []));
  const scores = new Float64Array(ordered.length);
  const related = new Map<string, T[]>();
  const fill = <K>(index: TagIndex<K>) => {
    for (const position of positions) related.set(ordered[position]!.url, bestFor(ordered, position, index, scores, limit, excluded).map((other) => ordered[other]!));
  };
  if (only === undefined) fill(wholeIndex(ordered));
  else fill(partialIndex(ordered, positions));
  return related;
}
