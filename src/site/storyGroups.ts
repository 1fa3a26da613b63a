// Articles → the stories they belong to: the versions of one event from several outlets (entries sharing a `story` id), each story with its page.
import { slugify } from '../store/slugify.ts';
import { datedArticles, sortArticles, type OrderedArticle } from './articleOrder.ts';
import { groupArticles } from './groupArticles.ts';

const STORIES_URL = '/stories/';

export interface StoryGroup<T> {
  url: string;
  /** The `story` id as the entries write it. */
  id: string;
  /** The headline of the version published first: ids are opaque, so a story is named by its earliest report. */
  title: string;
  /** In reading order: newest first, undated last. */
  versions: T[];
}

export function storyUrl(id: string): string {
  return `${STORIES_URL}${slugify(id)}/`;
}

function storyOf(article: OrderedArticle): string[] {
  return article.data.entry.story === undefined ? [] : [article.data.entry.story];
}

/**
 * Stories in the order of their latest version (so the newest news comes first), undated-only stories last.
 * Ids that share a page (differing only in case, from a hand edit) are one story, and `warn` says so.
 */
export function storyGroups<T extends OrderedArticle>(articles: readonly T[], warn: (message: string) => void = () => {}): StoryGroup<T>[] {
  const ordered = sortArticles(articles);
  const position = new Map(ordered.map((article, index) => [article, index]));
  const { groups, collisions } = groupArticles(ordered, storyOf, storyUrl);
  for (const { url, names } of collisions) {
    warn(`Story ids ${names.map((name) => JSON.stringify(name)).join(', ')} share the page ${url} and are shown as one story.`);
  }
  return groups
    .map((group) => {
      const earliest = datedArticles(group.articles).at(-1) ?? group.articles[0]!;
      return { url: group.url, id: group.name, title: earliest.data.entry.headline, versions: group.articles };
    })
    .sort((a, b) => position.get(a.versions[0]!)! - position.get(b.versions[0]!)!);
}
