// The archive's collections: every entry page in reading order, and the tag and source groups built from them.
import type { CollectionApi, CollectionItem } from '@11ty/eleventy';
import { hasArticleData, type ArticleData } from './articlePageData.ts';
import { markInReadingOrder, sortArticles } from './articleOrder.ts';
import { groupArticles, type ArticleGroup, type NameCollision } from './groupArticles.ts';
import { EntryError } from './entryError.ts';
import { sourceUrl, tagUrl } from './siteUrls.ts';

export type ArticlePage = CollectionItem & { url: string; data: ArticleData };

function isArticlePage(item: CollectionItem): item is ArticlePage {
  return typeof item.url === 'string' && hasArticleData(item.data);
}

/**
 * Every entry file must have become an article page. One without front matter never reaches the front-matter
 * parser, so this is where it is caught rather than published as a page with no headline.
 */
export function articlePages(items: readonly CollectionItem[], isEntryPath: (path: string) => boolean): ArticlePage[] {
  const pages = items.filter((item) => isEntryPath(item.inputPath)).map((item) => {
    if (isArticlePage(item)) return item;
    throw new EntryError(
      item.inputPath,
      'has no front matter',
      'Start the file with YAML front matter between two `---` lines (re-running ingest for its dump rewrites it).',
    );
  });
  return sortArticles(pages);
}

/**
 * The article pages of one build, shared by every collection that lists them: Eleventy hands each collection of a
 * build the same collection API (a new one per build), so they are found and sorted once, not once per collection.
 *
 * Each is a view of Eleventy's item (its prototype) rather than the item itself. After rendering, Eleventy copies
 * each page's content into every collection item it recognises (a plain object with an input path), finding its page
 * by a linear search: quadratic in the archive's size (3 s of a 10,000-capture build). No page here reads a
 * collection item's content, and the view reads every other property through to the item.
 */
const perBuild = new WeakMap<CollectionApi, ArticlePage[]>();

export function buildArticles(api: CollectionApi, isEntryPath: (path: string) => boolean): ArticlePage[] {
  let articles = perBuild.get(api);
  if (articles === undefined) {
    articles = markInReadingOrder(articlePages(api.getAll(), isEntryPath).map((page) => Object.create(page) as ArticlePage));
    perBuild.set(api, articles);
  }
  return articles;
}

function describeCollisions(kind: string, collisions: readonly NameCollision[]): string[] {
  return collisions.map(
    ({ url, names }) =>
      `${kind} ${names.map((name) => JSON.stringify(name)).join(', ')} share the page ${url} and are listed there together. ` +
      'If they name the same thing, use one spelling in the entries; if not, rename one of them.',
  );
}

export function tagGroups(articles: readonly ArticlePage[], warn: (message: string) => void): ArticleGroup<ArticlePage>[] {
  const { groups, collisions } = groupArticles(articles, (article) => article.data.entry.tags, tagUrl);
  describeCollisions('Tags', collisions).forEach(warn);
  return groups;
}

/** Articles with no stated source get no source page; the sources index lists them in a section of their own. */
export function sourceGroups(articles: readonly ArticlePage[], warn: (message: string) => void): ArticleGroup<ArticlePage>[] {
  const sourceOf = (article: ArticlePage) => (article.data.entry.source === null ? [] : [article.data.entry.source]);
  const { groups, collisions } = groupArticles(articles, sourceOf, sourceUrl);
  describeCollisions('Sources', collisions).forEach(warn);
  return groups;
}

export function unsourcedArticles(articles: readonly ArticlePage[]): ArticlePage[] {
  return articles.filter((article) => article.data.entry.source === null);
}
