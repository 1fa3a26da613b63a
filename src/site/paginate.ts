// A long list and its URL → the pages that show it: each page's items, its URL and the links to its neighbours.

/** How many articles one page of a list shows: enough to scan, few enough to load fast on a phone. */
export const ARTICLES_PER_PAGE = 25;
/** Page numbers shown on each side of the current one; the first and last are always shown, the rest become a gap. */
const NEIGHBOUR_PAGES = 2;
const PAGE_FOLDER = 'page';

export type PageLink = { pageNumber: number; url: string; current: boolean } | { gap: true };

export interface ListPage<T> {
  url: string;
  /** Counted from 1, as shown to the reader. */
  pageNumber: number;
  pageCount: number;
  previous: string | null;
  next: string | null;
  /** The page numbers the navigation shows, with gaps where numbers are left out. */
  links: PageLink[];
  items: T[];
  /** Items in the whole list, not just on this page. */
  total: number;
}

/** Page 1 lives at the list's own URL, so existing links keep working; page n at `<url>page/n/`. */
export function pageUrl(listUrl: string, pageNumber: number): string {
  return pageNumber === 1 ? listUrl : `${listUrl}${PAGE_FOLDER}/${pageNumber}/`;
}

/**
 * The numbers to show for page `current` of `count`: 1 … 4 5 [6] 7 8 … 20. A gap that would hide a single number
 * shows the number instead, since "…" takes the same room and says less.
 */
export function visiblePageNumbers(current: number, count: number): (number | null)[] {
  const shown: (number | null)[] = [];
  for (let n = 1; n <= count; n += 1) {
    const distance = Math.abs(n - current);
    const nextToEnd = n === 2 || n === count - 1;
    if (n === 1 || n === count || distance <= NEIGHBOUR_PAGES || (nextToEnd && distance === NEIGHBOUR_PAGES + 1)) shown.push(n);
    else if (shown.at(-1) !== null) shown.push(null);
  }
  return shown;
}

/** The list's items in order, `size` to a page; an empty list still has its first page, which says so. */
export function paginate<T>(items: readonly T[], listUrl: string, size: number = ARTICLES_PER_PAGE): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a positive integer, not ${size}`);
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  const hrefs = Array.from({ length: pageCount }, (_, index) => pageUrl(listUrl, index + 1));
  return hrefs.map((url, index) => {
    const pageNumber = index + 1;
    return {
      url,
      pageNumber,
      pageCount,
      previous: hrefs[index - 1] ?? null,
      next: hrefs[index + 1] ?? null,
      links: visiblePageNumbers(pageNumber, pageCount).map((n): PageLink =>
        n === null ? { gap: true } : { pageNumber: n, url: pageUrl(listUrl, n), current: n === pageNumber },
      ),
      items: items.slice(index * size, pageNumber * size),
      total: items.length,
    };
  });
}
