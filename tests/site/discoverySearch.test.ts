// The Pagefind search index that buildSite writes, and the search page that uses it.
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureSite, fileForUrl, linkTargets, prepareSite, removeFixtureSite, type FixtureSite } from './fixtureSite.ts';
import { buildDiscoverySite, readOutput, readPagefindFragments, validEntries, type PagefindFragment } from '../helpers/discoverySite.ts';

let site: FixtureSite;
let articleUrls: string[];
let fragments: PagefindFragment[];

function fragmentFor(url: string): PagefindFragment {
  const fragment = fragments.find((candidate) => candidate.url === url);
  if (fragment === undefined) throw new Error(`no search fragment for ${url}`);
  return fragment;
}

beforeAll(async () => {
  const entries = await validEntries();
  articleUrls = entries.map((entry) => `/articles/${entry.name.replace(/\.md$/, '')}/`).sort();
  site = await buildDiscoverySite(entries);
  fragments = await readPagefindFragments(site.outputDir);
});

afterAll(async () => {
  await removeFixtureSite(site);
});

describe('the search index', () => {
  it('writes Pagefind\'s entry file, scripts and a non-empty index into pagefind/', async () => {
    const entry = JSON.parse(await readOutput(site, 'pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    const pageCount = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    expect(pageCount).toBe(articleUrls.length);
    for (const file of ['pagefind.js', 'pagefind-component-ui.js', 'pagefind-component-ui.css']) {
      await expect(fs.access(path.join(site.outputDir, 'pagefind', file)), file).resolves.toBeUndefined();
    }
    expect((await fs.readdir(path.join(site.outputDir, 'pagefind', 'index'))).length).toBeGreaterThan(0);
  });

  it('covers every article page and nothing else', () => {
    expect(fragments.map((fragment) => fragment.url).sort()).toEqual(articleUrls);
  });

  it('gives each result its headline, source and stated date, and filters by source', () => {
    const herald = fragmentFor('/articles/korea-herald-troops-inside-ukraine/');
    expect(herald.meta).toMatchObject({
      title: 'Small number of N. Korean troops already inside Ukraine: report',
      source: 'The Korea Herald',
      date: '30 October 2024, 09:26 (UTC+09:00)',
    });
    expect(herald.filters.source).toEqual(['The Korea Herald']);
    expect(herald.filters).toEqual({ source: ['The Korea Herald'] });
  });

  it('gives an undated article no date and an unsourced one no source', () => {
    expect(fragmentFor('/articles/undated-analysis/').meta).not.toHaveProperty('date');
    const unsourced = fragmentFor('/articles/no-source-listing/');
    expect(unsourced.meta).not.toHaveProperty('source');
    expect(unsourced.filters).not.toHaveProperty('source');
  });

  it('indexes the headline, standfirst and body, not the site\'s banner and footer, the facts list or the capture record', () => {
    const herald = fragmentFor('/articles/korea-herald-troops-inside-ukraine/');
    expect(herald.content).toContain('Small number of N. Korean troops already inside Ukraine: report');
    expect(herald.content).toContain('A small number of North Korean troops are already in Ukraine');
    for (const furniture of ['Skip to content', 'What the last ingest made', 'By Yonhap', 'Cite this', 'Where this text comes from', '002_9da06d9b3fbd2242.txt']) {
      expect(herald.content).not.toContain(furniture);
    }
  });

  it('holds scraped markup as the literal text a reader sees, never as elements', () => {
    const hostile = fragmentFor('/articles/hostile-payloads/');
    expect(hostile.meta.title).toBe('<script>alert(1)</script> <b>bold</b> {{ 7*7 }} {% include "x" %}');
    expect(hostile.meta.source).toBe('<b>Evil</b> Outlet {{ 7*7 }}');
    expect(hostile.content).toContain('Escaped by the writer: <script>alert(1)</script>');
  });
});

describe('the search index of a build whose entries are not all built', () => {
  it('holds exactly the article pages built when an ignore file keeps Eleventy from one entry it was counted in', async () => {
    const entries = await validEntries();
    const ignored = entries[0]!.name;
    const partial = await prepareSite(entries);
    try {
      await fs.writeFile(path.join(partial.inputDir, '.eleventyignore'), `articles/${ignored}\n`);
      await buildFixtureSite(partial);
      const built = entries.filter((entry) => entry.name !== ignored).map((entry) => `/articles/${entry.name.replace(/\.md$/, '')}/`).sort();
      await expect(fs.access(fileForUrl(partial.outputDir, `/articles/${ignored.replace(/\.md$/, '')}/`))).rejects.toThrow();
      expect((await readPagefindFragments(partial.outputDir)).map((fragment) => fragment.url).sort()).toEqual(built);
    } finally {
      await removeFixtureSite(partial);
    }
  });
});

describe('the search page', () => {
  let html: string;

  beforeAll(async () => {
    html = await fs.readFile(fileForUrl(site.outputDir, '/search/'), 'utf8');
  });

  it('loads Pagefind\'s interface and its own script from files, with no inline script', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.map((match) => /\ssrc="([^"]*)"/.exec(match[1] ?? '')?.[1])).toEqual(['/pagefind/pagefind-component-ui.js', '/assets/js/search.js']);
    expect(scripts.every((match) => match[2] === '')).toBe(true);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  });

  it('serves every script and stylesheet it names', async () => {
    const local = linkTargets(html).filter((target) => target.startsWith('/'));
    expect(local).toEqual(expect.arrayContaining(['/pagefind/pagefind-component-ui.css', '/pagefind/pagefind-component-ui.js', '/assets/js/search.js']));
    for (const target of local) {
      await expect(fs.access(fileForUrl(site.outputDir, target)), target).resolves.toBeUndefined();
    }
  });

  it('says, without JavaScript, that search needs it and links to the tag and source indexes', () => {
    const fallback = /<p class="search-fallback"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
    expect(fallback).toContain('needs JavaScript');
    expect(linkTargets(fallback)).toEqual(['/tags/', '/sources/']);
  });
});
