// Groups articles under names (tags, sources) by the page URL each name gets, so spellings that share a page share a group.
import { markInReadingOrder, sortArticles, type OrderedArticle } from './articleOrder.ts';

export interface ArticleGroup<T> {
  url: string;
  /** The spelling most articles use; ties go to the first in code-point order, so builds agree. */
  name: string;
  /** Other spellings that landed on the same page, shown on it so the merge is visible. */
  otherNames: string[];
  articles: T[];
}

export interface NameCollision {
  url: string;
  names: string[];
}

const NAME_ORDER = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function codePointOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The first spelling of each page among `names`: an article tagged "Kursk" and "KURSK" appears once, as "Kursk". */
export function distinctNames(names: readonly string[], urlOf: (name: string) => string): string[] {
  const byUrl = new Map<string, string>();
  for (const name of names) if (!byUrl.has(urlOf(name))) byUrl.set(urlOf(name), name);
  return [...byUrl.values()];
}

interface GroupDraft<T> {
  spellings: Map<string, number>;
  articles: T[];
}

function finishGroup<T extends OrderedArticle>(url: string, draft: GroupDraft<T>): ArticleGroup<T> {
  const spellings = [...draft.spellings].sort(([a, countA], [b, countB]) => countB - countA || codePointOrder(a, b));
  const [name = '', ...others] = spellings.map(([spelling]) => spelling);
  return { url, name, otherNames: others.sort(codePointOrder), articles: markInReadingOrder(draft.articles) };
}

export function groupArticles<T extends OrderedArticle>(
  articles: readonly T[],
  namesOf: (article: T) => readonly string[],
  urlOf: (name: string) => string,
): { groups: ArticleGroup<T>[]; collisions: NameCollision[] } {
  const drafts = new Map<string, GroupDraft<T>>();
  for (const article of sortArticles(articles)) {
    const listedOn = new Set<string>();
    for (const name of namesOf(article)) {
      const url = urlOf(name);
      const draft = drafts.get(url) ?? { spellings: new Map<string, number>(), articles: [] };
      // Every spelling is counted, even a second one in the same entry, so no variant goes unreported.
      draft.spellings.set(name, (draft.spellings.get(name) ?? 0) + 1);
      if (!listedOn.has(url)) draft.articles.push(article);
      listedOn.add(url);
      drafts.set(url, draft);
    }
  }
  const groups = [...drafts]
    .map(([url, draft]) => finishGroup(url, draft))
    .sort((a, b) => NAME_ORDER.compare(a.name, b.name) || codePointOrder(a.url, b.url));
  const collisions = groups
    .filter((group) => group.otherNames.length > 0)
    .map((group) => ({ url: group.url, names: [group.name, ...group.otherNames] }));
  return { groups, collisions };
}
