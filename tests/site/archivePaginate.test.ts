// Splitting a list into pages: sizes, URLs, neighbours, and which page numbers the navigation shows.
import { describe, expect, it } from 'vitest';
import { paginate, pageUrl, visiblePageNumbers } from '../../src/site/paginate.ts';

const numbers = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

describe('paginate', () => {
  it('cuts a list into pages of the given size, the last one shorter, keeping the order', () => {
    const pages = paginate(numbers(60), '/tags/kursk/', 25);
    expect(pages.map((listPage) => listPage.items.length)).toEqual([25, 25, 10]);
    expect(pages.flatMap((listPage) => listPage.items)).toEqual(numbers(60));
    expect(pages.every((listPage) => listPage.total === 60 && listPage.pageCount === 3)).toBe(true);
  });

  it('puts page 1 at the list URL and page n under page/n/, with previous and next links', () => {
    const pages = paginate(numbers(51), '/tags/kursk/', 25);
    expect(pages.map((listPage) => listPage.url)).toEqual(['/tags/kursk/', '/tags/kursk/page/2/', '/tags/kursk/page/3/']);
    expect(pages.map((listPage) => [listPage.previous, listPage.next])).toEqual([
      [null, '/tags/kursk/page/2/'],
      ['/tags/kursk/', '/tags/kursk/page/3/'],
      ['/tags/kursk/page/2/', null],
    ]);
    expect(pages[1]?.links).toEqual([
      { pageNumber: 1, url: '/tags/kursk/', current: false },
      { pageNumber: 2, url: '/tags/kursk/page/2/', current: true },
      { pageNumber: 3, url: '/tags/kursk/page/3/', current: false },
    ]);
  });

  it('gives a list that fits one page, or is empty, exactly one page with no neighbours', () => {
    expect(paginate(numbers(25), '/', 25)).toHaveLength(1);
    const [empty, ...rest] = paginate([], '/');
    expect(rest).toEqual([]);
    expect(empty).toMatchObject({ url: '/', pageNumber: 1, pageCount: 1, previous: null, next: null, items: [], total: 0 });
  });

  it('refuses a page size that is not a positive whole number', () => {
    expect(() => paginate(numbers(3), '/', 0)).toThrow(/page size/);
    expect(() => paginate(numbers(3), '/', 2.5)).toThrow(/page size/);
  });

  it('builds page URLs under the home page too', () => {
    expect(pageUrl('/', 1)).toBe('/');
    expect(pageUrl('/', 4)).toBe('/page/4/');
  });
});

describe('visiblePageNumbers', () => {
  it('shows every number of a short list', () => {
    expect(visiblePageNumbers(3, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('keeps the first, the last and two either side of the current page, with gaps for the rest', () => {
    expect(visiblePageNumbers(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
    expect(visiblePageNumbers(1, 20)).toEqual([1, 2, 3, null, 20]);
    expect(visiblePageNumbers(20, 20)).toEqual([1, null, 18, 19, 20]);
  });

  it('shows a number rather than a gap that would hide only that number', () => {
    expect(visiblePageNumbers(5, 20)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 20]);
    expect(visiblePageNumbers(16, 20)).toEqual([1, null, 14, 15, 16, 17, 18, 19, 20]);
  });
});
