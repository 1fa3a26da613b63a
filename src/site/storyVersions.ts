// An article and the archive → the other outlets' versions of the same story (entries sharing its `story` id), for "also reported by".
import type { Entry } from '../store/entrySchema.ts';
import type { ArticlePage } from './articleCollections.ts';

export function otherVersions(entry: Entry, articles: readonly ArticlePage[]): ArticlePage[] {
  if (entry.story === undefined) return [];
  return articles.filter((a) => a.data.entry.story === entry.story && a.data.entry !== entry);
}
