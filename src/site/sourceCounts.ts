// Source groups and the unsourced articles → how many articles each source published, the commonest first, for the timeline's chart and table.
import type { ArticleGroup } from './groupArticles.ts';

export interface SourceCount {
  name: string;
  /** The source's page; null for the articles that state no source, which have none. */
  url: string | null;
  count: number;
}

export const SOURCE_NOT_STATED = 'Source not stated';

const NAME_ORDER = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Most articles first, then by name; the articles with no stated source come last, whatever their number. */
export function sourceCounts(groups: readonly ArticleGroup<unknown>[], unsourced: number): SourceCount[] {
  const counts = groups
    .map((group) => ({ name: group.name, url: group.url, count: group.articles.length }))
    .sort((a, b) => b.count - a.count || NAME_ORDER.compare(a.name, b.name) || (a.url < b.url ? -1 : 1));
  return unsourced > 0 ? [...counts, { name: SOURCE_NOT_STATED, url: null, count: unsourced }] : counts;
}
