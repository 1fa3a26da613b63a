// Articles and their stories → what each article page offers below its text: its story, the other versions of it, and related articles.
import type { OrderedArticle } from './articleOrder.ts';
import { relatedArticles } from './relatedArticles.ts';
import type { StoryGroup } from './storyGroups.ts';

export interface ArticleMore<T> {
  story: StoryGroup<T> | null;
  /** The story's other versions (other outlets' copies, or other captures of the same article), in reading order. */
  versions: T[];
  /** Never a version of the same story: those are listed already. */
  related: T[];
}

/**
 * Keyed by article URL; a null prototype, so no URL can meet an inherited property. `only`: the URLs of the only
 * articles to say it for, among all of them (a page rendered on its own, see earlyPages.ts).
 */
export function articleMore<T extends OrderedArticle>(articles: readonly T[], stories: readonly StoryGroup<T>[], only?: ReadonlySet<string>): Record<string, ArticleMore<T>> {
  const storyOf = new Map<T, StoryGroup<T>>();
  for (const story of stories) for (const version of story.versions) storyOf.set(version, story);
  const related = relatedArticles(articles, {
    excluded: (article, candidate) => storyOf.has(article) && storyOf.get(article) === storyOf.get(candidate),
    ...(only !== undefined && { only }),
  });
  const more: Record<string, ArticleMore<T>> = Object.create(null);
  for (const article of articles) {
    if (only !== undefined && !only.has(article.url)) continue;
    const story = storyOf.get(article) ?? null;
    more[article.url] = {
      story,
      versions: story ? story.versions.filter((version) => version !== article) : [],
      related: related.get(article.url) ?? [],
    };
  }
  return more;
}
