// One build of a 60-entry archive (four months with a gap, undated entries, shared stories, overlapping tags): paged lists, months, timeline, stories and related articles, checked page by page.
import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Entry } from '../../src/store/entrySchema.ts';
import { renderEntry } from '../../src/store/renderEntry.ts';
import { ARTICLES_PER_PAGE } from '../../src/site/paginate.ts';
import {
  buildFixtureSite,
  elementsOf,
  fileForUrl,
  linkTargets,
  listFiles,
  prepareSite,
  removeFixtureSite,
  visibleText,
  type EntryFile,
  type FixtureSite,
} from './fixtureSite.ts';

const ENTRY_COUNT = 60;
/** Entries from this index on state no date. */
const FIRST_UNDATED = 52;
/** Which month each dated entry falls in, by index range: October has two pages, December none at all. */
const MONTHS = [
  { until: 30, year: 2024, month: 10, url: '/archive/2024/10/', label: 'October 2024' },
  { until: 42, year: 2024, month: 11, url: '/archive/2024/11/', label: 'November 2024' },
  { until: 48, year: 2025, month: 1, url: '/archive/2025/01/', label: 'January 2025' },
  { until: FIRST_UNDATED, year: 2025, month: 2, url: '/archive/2025/02/', label: 'February 2025' },
] as const;
const SOURCES = ['Alpha News', 'Beta Times', 'Alpha News', 'Gamma Post'] as const;
const STORIES: Record<string, readonly number[]> = { 'story-one': [0, 1, 2], 'story-two': [10, 11] };
/**
 * Tags beyond the common ones: entry 40 shares rare tags with 41–46 (the related-articles case, see its test), and
 * story-one's versions share a rare tag, so only their exclusion keeps them out of each other's related articles.
 */
const EXTRA_TAGS: Record<number, readonly string[]> = {
  0: ['Ceasefire'],
  1: ['Ceasefire'],
  2: ['Ceasefire'],
  7: ['Ceasefire'],
  40: ['Alpha', 'Beta', 'Gamma'],
  41: ['Alpha', 'Beta', 'Gamma'],
  42: ['Alpha', 'Beta'],
  43: ['Alpha', 'Gamma'],
  44: ['Alpha'],
  45: ['Beta'],
  46: ['Gamma'],
};

const slugOf = (index: number) => `entry-${String(index).padStart(2, '0')}`;
const urlOf = (index: number) => `/articles/${slugOf(index)}/`;
const indexes = (from: number, until: number) => Array.from({ length: until - from }, (_, offset) => from + offset);

function dateOf(index: number): string | null {
  if (index >= FIRST_UNDATED) return null;
  const position = MONTHS.findIndex((candidate) => index < candidate.until);
  const month = MONTHS[position]!;
  // Distinct days, later entries later, so the reading order is known without relying on headlines.
  const day = index - (MONTHS[position - 1]?.until ?? 0) + 1;
  return `${month.year}-${String(month.month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function storyOf(index: number): string | undefined {
  return Object.entries(STORIES).find(([, members]) => members.includes(index))?.[0];
}

function entryFile(index: number): EntryFile {
  const entry: Entry = {
    headline: `Report ${String(index).padStart(2, '0')} on the front`,
    source: SOURCES[index % SOURCES.length]!,
    date: dateOf(index),
    tags: ['North Korea', ...(index % 3 === 0 ? ['Kursk'] : []), ...(EXTRA_TAGS[index] ?? [])],
    story: storyOf(index),
    dump: `${slugOf(index)}.txt`,
    dump_sha256: index.toString(16).padStart(64, '0'),
    dump_lines: [1, 10],
  };
  return { name: `${slugOf(index)}.md`, text: renderEntry(entry, `Paragraph of report ${index}.`) };
}

/** Reading order: dated newest first (days rise with the index), then the undated by headline, which also rise with it. */
const READING_ORDER = [...indexes(0, FIRST_UNDATED).sort((a, b) => (dateOf(a)! < dateOf(b)! ? 1 : -1)), ...indexes(FIRST_UNDATED, ENTRY_COUNT)];

let site: FixtureSite;

async function page(url: string): Promise<string> {
  return fs.readFile(fileForUrl(site.outputDir, url), 'utf8');
}

async function exists(url: string): Promise<boolean> {
  return fs.access(fileForUrl(site.outputDir, url)).then(() => true, () => false);
}

/** The markup of the section a heading with this id names. */
function section(html: string, headingId: string): string {
  const attribute = html.indexOf(`aria-labelledby="${headingId}"`);
  if (attribute < 0) return '';
  const start = html.indexOf('>', attribute) + 1;
  return html.slice(start, html.indexOf('</section>', start));
}

function main(html: string): string {
  return elementsOf(html, 'main')[0] ?? '';
}

function articleLinks(html: string): string[] {
  return linkTargets(html).filter((target) => target.startsWith('/articles/'));
}

function relLinks(html: string): Record<string, string> {
  const head = elementsOf(html, 'head')[0] ?? '';
  return Object.fromEntries([...head.matchAll(/<link rel="(prev|next)" href="([^"]*)">/g)].map((match) => [match[1]!, match[2]!]));
}

/** Every page of a paged list, following its "next" links, checking numbering and neighbours on the way. */
async function pagedList(firstUrl: string): Promise<{ urls: string[]; pages: string[] }> {
  const urls = [firstUrl];
  const pages = [await page(firstUrl)];
  for (let next = relLinks(pages[0]!).next; next !== undefined; next = relLinks(pages.at(-1)!).next) {
    urls.push(next);
    pages.push(await page(next));
  }
  return { urls, pages };
}

function expectPaging(list: { urls: string[]; pages: string[] }, firstUrl: string, total: number): void {
  const pageCount = Math.max(1, Math.ceil(total / ARTICLES_PER_PAGE));
  expect(list.urls).toEqual([firstUrl, ...indexes(2, pageCount + 1).map((n) => `${firstUrl}page/${n}/`)]);
  list.pages.forEach((html, index) => {
    const expectedRows = Math.min(ARTICLES_PER_PAGE, total - index * ARTICLES_PER_PAGE);
    expect(articleLinks(main(html)), list.urls[index]).toHaveLength(expectedRows);
    expect(relLinks(html), list.urls[index]).toEqual({
      ...(index > 0 && { prev: list.urls[index - 1] }),
      ...(index < pageCount - 1 && { next: list.urls[index + 1] }),
    });
    if (pageCount === 1) {
      expect(html).not.toContain('class="pagination"');
      return;
    }
    const nav = /<nav class="pagination" aria-label="[^"]+">([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
    expect(visibleText(nav).match(/Page \d+/g)).toEqual(indexes(1, pageCount + 1).map((n) => `Page ${n}`));
    expect(nav).toContain(`<a href="${list.urls[index]}" aria-current="page"><span class="visually-hidden">Page </span>${index + 1}</a>`);
  });
}

beforeAll(async () => {
  site = await prepareSite(indexes(0, ENTRY_COUNT).map(entryFile));
  await buildFixtureSite(site);
});

afterAll(async () => {
  await removeFixtureSite(site);
});

describe('paged lists', () => {
  it('pages the home list in reading order, the undated in their own section on the last page, and no page beyond', async () => {
    const home = await pagedList('/');
    expectPaging(home, '/', ENTRY_COUNT);
    expect(home.pages.flatMap((html) => articleLinks(main(html)))).toEqual(READING_ORDER.map(urlOf));
    const last = home.pages.at(-1)!;
    expect(articleLinks(section(last, 'undated-heading'))).toEqual(indexes(FIRST_UNDATED, ENTRY_COUNT).map(urlOf));
    expect(articleLinks(section(last, 'dated-heading'))).toHaveLength(ENTRY_COUNT - 2 * ARTICLES_PER_PAGE - (ENTRY_COUNT - FIRST_UNDATED));
    expect(await exists('/page/4/')).toBe(false);
    expect(elementsOf(home.pages[1]!, 'title')[0]).toMatch(/^Articles, page 2 of 3 · /);
  });

  it('pages a tag every entry has, and leaves a short tag on one page', async () => {
    expectPaging(await pagedList('/tags/north-korea/'), '/tags/north-korea/', ENTRY_COUNT);
    expect(await exists('/tags/north-korea/page/4/')).toBe(false);
    const kursk = await pagedList('/tags/kursk/');
    expectPaging(kursk, '/tags/kursk/', ENTRY_COUNT / 3);
    expect(await exists('/tags/kursk/page/2/')).toBe(false);
  });

  it('pages a source with more articles than a page holds', async () => {
    const alpha = indexes(0, ENTRY_COUNT).filter((index) => SOURCES[index % SOURCES.length] === 'Alpha News');
    const list = await pagedList('/sources/alpha-news/');
    expectPaging(list, '/sources/alpha-news/', alpha.length);
    expect(list.pages.flatMap((html) => articleLinks(main(html)))).toEqual(READING_ORDER.filter((index) => alpha.includes(index)).map(urlOf));
  });
});

describe('month archive', () => {
  it('gives each month with articles its pages, holding exactly its dated entries, and no page to an empty month', async () => {
    let from = 0;
    for (const month of MONTHS) {
      const list = await pagedList(month.url);
      const expected = indexes(from, month.until);
      expectPaging(list, month.url, expected.length);
      expect(list.pages.flatMap((html) => articleLinks(main(html))).sort()).toEqual(expected.map(urlOf).sort());
      expect(visibleText(elementsOf(list.pages[0]!, 'h1')[0] ?? '')).toBe(`Month: ${month.label}`);
      from = month.until;
    }
    expect(await exists('/archive/2024/12/')).toBe(false);
  });

  it('lists every month on the index, newest first, with its count', async () => {
    const html = main(await page('/archive/'));
    let from = 0;
    const expected = MONTHS.map((month) => {
      const count = month.until - from;
      from = month.until;
      return `${month.label} (${count} articles)`;
    }).reverse();
    expect(elementsOf(html, 'li').map(visibleText)).toEqual(expected);
    expect(linkTargets(html).filter((target) => /^\/archive\/\d{4}\//.test(target))).toEqual(MONTHS.map((month) => month.url).reverse());
    expect(linkTargets(html)).toContain('/archive/undated/');
  });

  it('steps from a month to the nearest earlier and later months', async () => {
    const steps = elementsOf(await page('/archive/2024/11/'), 'nav').find((nav) => nav.includes('Earlier:')) ?? '';
    expect(linkTargets(steps)).toEqual(['/archive/2024/10/', '/archive/2025/01/']);
  });
});

describe('timeline', () => {
  it('draws the months as an accessible inline SVG whose table gives the same numbers, the empty month as zero', async () => {
    const html = section(await page('/timeline/'), 'per-month');
    const svg = elementsOf(html, 'svg')[0] ?? '';
    expect(html).toMatch(/<svg class="chart" viewBox="0 0 \d+ \d+" role="img" aria-labelledby="month-chart-title month-chart-desc">/);
    expect(html).not.toMatch(/<svg[^>]*\swidth=/);
    const [chartTitle, ...barTitles] = elementsOf(svg, 'title');
    expect(chartTitle).toBe('Articles per month');
    expect(elementsOf(svg, 'desc')[0]).toContain(`${FIRST_UNDATED} dated articles over 5 months`);
    const rows = elementsOf(html, 'tr').slice(1).map((row) => visibleText(row));
    expect(rows).toEqual(['October 2024 30', 'November 2024 12', 'December 2024 0', 'January 2025 6', 'February 2025 4']);
    // One bar per row, each bar's tooltip giving the row's numbers.
    expect(barTitles).toEqual(rows.map((row) => row.replace(/ (\d+)$/, ': $1')));
  });

  it('draws the sources likewise, the numbers equal to the source pages\' counts', async () => {
    const html = section(await page('/timeline/'), 'per-source');
    expect(elementsOf(elementsOf(html, 'svg')[0] ?? '', 'title')).toEqual(['Articles per source']);
    const rows = elementsOf(html, 'tr').slice(1).map((row) => visibleText(row));
    expect(rows).toEqual(['Alpha News 30', 'Beta Times 15', 'Gamma Post 15']);
  });

  it('counts the undated entries under "Date not stated" and links their pages, which list exactly them in reading order', async () => {
    const html = section(await page('/timeline/'), 'date-not-stated');
    expect(visibleText(html)).toContain(`Date not stated ${ENTRY_COUNT - FIRST_UNDATED} articles state no date`);
    expect(html).toContain('href="/archive/undated/"');
    const list = await pagedList('/archive/undated/');
    expectPaging(list, '/archive/undated/', ENTRY_COUNT - FIRST_UNDATED);
    expect(list.pages.flatMap((p) => articleLinks(main(p)))).toEqual(indexes(FIRST_UNDATED, ENTRY_COUNT).map(urlOf));
    expect(visibleText(main(list.pages[0]!))).toContain(`${ENTRY_COUNT - FIRST_UNDATED} articles state no date`);
  });
});

describe('stories', () => {
  it('gives each story a page listing exactly the entries that share it, and an index of them', async () => {
    for (const [id, members] of Object.entries(STORIES)) {
      const html = main(await page(`/stories/${id}/`));
      expect(articleLinks(html).sort()).toEqual(members.map(urlOf).sort());
      expect(visibleText(html)).toContain(`${members.length} versions of this story`);
    }
    const index = main(await page('/stories/'));
    expect(linkTargets(index).filter((target) => target.startsWith('/stories/')).sort()).toEqual(Object.keys(STORIES).map((id) => `/stories/${id}/`).sort());
  });

  it('links an article to its story and the other versions, and an article with no story to neither', async () => {
    const versions = section(await page(urlOf(1)), 'versions-heading');
    expect(visibleText(versions)).toMatch(/^Other versions of this story/);
    expect(articleLinks(versions).sort()).toEqual([urlOf(0), urlOf(2)]);
    expect(linkTargets(versions)).toContain('/stories/story-one/');
    expect(section(await page(urlOf(5)), 'versions-heading')).toBe('');
  });
});

describe('related articles', () => {
  it('lists the five most related by rare shared tags, ties to the newer, never the article itself', async () => {
    // Alpha is on five entries, Beta and Gamma on four each, so each of those weighs more than Alpha; North Korea is
    // on every entry and weighs nothing. 41 shares all three; 42 and 43 tie (Alpha + one), 43 is newer; 45 and 46
    // tie on one four-entry tag, 46 is newer; 44 (Alpha alone) is sixth and left out.
    const related = section(await page(urlOf(40)), 'related-heading');
    expect(articleLinks(related)).toEqual([41, 43, 42, 46, 45].map(urlOf));
  });

  it('does not repeat a story\'s versions as related articles', async () => {
    const related = articleLinks(section(await page(urlOf(0)), 'related-heading'));
    expect(related[0]).toBe(urlOf(7));
    expect(related).not.toContain(urlOf(1));
    expect(related).not.toContain(urlOf(2));
  });
});

describe('article pages', () => {
  it('writes every article whole, more of them than render at once (src/site/plugins/pageMemory.ts)', async () => {
    for (const index of indexes(0, ENTRY_COUNT)) {
      const html = await page(urlOf(index));
      expect(html, urlOf(index)).toMatch(/^<!DOCTYPE html>[\s\S]*<\/html>\s*$/i);
      expect(visibleText(main(html)), urlOf(index)).toContain(`Paragraph of report ${index}.`);
    }
  });
});

describe('links', () => {
  it('resolves every site-relative link on every page to a file in the output', async () => {
    const files = (await listFiles(site.outputDir)).filter((file) => file.endsWith('.html'));
    expect(files.length).toBeGreaterThan(ENTRY_COUNT);
    const broken: string[] = [];
    for (const file of files) {
      for (const target of linkTargets(await fs.readFile(file, 'utf8')).filter((link) => link.startsWith('/'))) {
        if (!(await exists(target))) broken.push(`${target} in ${file.slice(site.outputDir.length)}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
