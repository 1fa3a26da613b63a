// The Atom and JSON feeds: well-formed whatever the entries hold, absolute links, the newest dated articles first.
import fs from 'node:fs/promises';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles, removeFixtureSite, type FixtureSite } from './fixtureSite.ts';
import {
  buildDiscoverySite,
  HOSTILE_FEED_ENTRY,
  HOSTILE_FEED_URL,
  NOT_XML_CHAR,
  readOutput,
  SITE_ADDRESS,
  validEntries,
} from '../helpers/discoverySite.ts';

/** The dated fixtures, newest first: by day, a stated time before a day alone; the undated one is left out. */
const NEWEST_FIRST = [
  '/articles/case-colliding-tags/',
  '/articles/no-source-listing/',
  HOSTILE_FEED_URL,
  '/articles/hostile-payloads/',
  '/articles/korea-herald-troops-inside-ukraine/',
  '/articles/reuters-same-day-no-time/',
  '/articles/reserved-keys/',
  '/articles/nbc-pentagon-troop-estimate/',
];

interface AtomLink {
  '@_rel': string;
  '@_href': string;
}

/** An element with attributes (`<title type="text">`) parses to an object holding its text. */
type AtomText = string | { '#text': string };

interface AtomEntry {
  title: AtomText;
  id: string;
  link: AtomLink[];
  published: string;
  updated: string;
  summary?: AtomText;
  author?: { name: string };
  category?: { '@_term': string }[];
}

interface AtomFeed {
  feed: { id: string; title: AtomText; updated: string; link: AtomLink[]; entry?: AtomEntry[] };
}

interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  content_text: string;
  date_published: string;
  external_url?: string;
  tags?: string[];
}

const atomParser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['entry', 'link', 'category'].includes(name) });

let site: FixtureSite;

/** As the archive writes it: a URL object's serialisation, so a non-ASCII slug is percent-encoded. */
function archived(url: string): string {
  return new URL(url, SITE_ADDRESS).href;
}

function text(node: AtomText | undefined): string | undefined {
  return typeof node === 'object' ? node['#text'] : node;
}

function alternate(entry: AtomEntry): string | undefined {
  return entry.link.find((link) => link['@_rel'] === 'alternate')?.['@_href'];
}

/** Checks what a feed reader's XML parser would refuse, then parses. */
function parseAtom(xml: string, name: string): AtomFeed {
  expect(XMLValidator.validate(xml), name).toBe(true);
  expect(xml, name).not.toMatch(NOT_XML_CHAR);
  expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>'), name).toBe(true);
  return atomParser.parse(xml) as AtomFeed;
}

beforeAll(async () => {
  site = await buildDiscoverySite([...(await validEntries()), HOSTILE_FEED_ENTRY]);
});

afterAll(async () => {
  await removeFixtureSite(site);
});

describe('the Atom feed (/feed.xml)', () => {
  let feed: AtomFeed['feed'];
  let entries: AtomEntry[];

  beforeAll(async () => {
    feed = parseAtom(await readOutput(site, 'feed.xml'), 'feed.xml').feed;
    entries = feed.entry ?? [];
  });

  it('lists the dated articles newest first, and leaves the undated one out', () => {
    expect(entries.map(alternate)).toEqual(NEWEST_FIRST.map(archived));
  });

  it('links everything absolutely, itself included', () => {
    expect(feed.id).toBe(archived('/feed.xml'));
    expect(feed.link.map((link) => link['@_href'])).toEqual([archived('/feed.xml'), archived('/')]);
    for (const entry of entries) {
      expect(entry.id).toBe(alternate(entry));
      for (const link of entry.link) expect(link['@_href']).toMatch(/^https?:\/\//);
    }
  });

  it('dates each entry as the article states it, and the feed by its newest', () => {
    const herald = entries.find((entry) => entry.id === archived('/articles/korea-herald-troops-inside-ukraine/'));
    expect(herald?.published).toBe('2024-10-30T00:26:00Z');
    const reuters = entries.find((entry) => entry.id === archived('/articles/reuters-same-day-no-time/'));
    expect(reuters?.published).toBe('2024-10-30T00:00:00Z');
    expect(feed.updated).toBe('2024-11-05T18:10:00Z');
  });

  it('gives the standfirst, else the first paragraph, as plain text', () => {
    const herald = entries.find((entry) => entry.id === archived('/articles/korea-herald-troops-inside-ukraine/'));
    expect(text(herald?.summary)).toBe('A small number of North Korean troops are already in Ukraine, a South Korean lawmaker said Wednesday, citing intelligence officials.');
    expect(herald?.author?.name).toBe('Yonhap');
  });

  it('stays well-formed with control characters, a lone surrogate, "]]>" and markup in an entry, keeping the rest of the text', () => {
    const hostile = entries.find((entry) => entry.id === archived(HOSTILE_FEED_URL));
    expect(text(hostile?.title)).toBe('Control bell ]]> </script><!-- <b>bold</b> & lone nonchar headline');
    expect(text(hostile?.summary)).toBe('Summary with ]]> and </summary> and <b>');
    expect(hostile?.author?.name).toBe('Reporter <i>');
    expect(hostile?.category?.map((category) => category['@_term'])).toEqual(['Tag <x>', 'North Korea']);
  });
});

describe('the JSON Feed (/feed.json)', () => {
  let feed: { version: string; home_page_url: string; feed_url: string; items: JsonFeedItem[] };

  beforeAll(async () => {
    feed = JSON.parse(await readOutput(site, 'feed.json')) as typeof feed;
  });

  it('is JSON Feed 1.1 with absolute addresses', () => {
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.home_page_url).toBe(archived('/'));
    expect(feed.feed_url).toBe(archived('/feed.json'));
  });

  it('lists the same articles as the Atom feed, each with its archive URL, text and stated date', () => {
    expect(feed.items.map((item) => item.url)).toEqual(NEWEST_FIRST.map(archived));
    for (const item of feed.items) {
      expect(item.id).toBe(item.url);
      expect(item.content_text.length).toBeGreaterThan(0);
      expect(item.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    }
  });

  it('keeps an entry\'s text exactly (JSON can carry any character) and links the original only when it is a web address', () => {
    const hostile = feed.items.find((item) => item.url === archived(HOSTILE_FEED_URL));
    expect(hostile?.title).toBe('Control\u0001 bell\u0007 ]]> </script><!-- <b>bold</b> & lone\uD800 nonchar\uFFFE headline');
    expect(hostile).not.toHaveProperty('external_url');
    const herald = feed.items.find((item) => item.url === archived('/articles/korea-herald-troops-inside-ukraine/'));
    expect(herald?.external_url).toBe('https://www.koreaherald.com/view.php?ud=20241030050123');
  });
});

describe('the per-tag Atom feeds (/tags/<slug>/feed.xml)', () => {
  it('exist for every tag page, beside it, and list only that tag\'s dated articles', async () => {
    const tagPages = (await listFiles(path.join(site.outputDir, 'tags')))
      .map((file) => path.relative(site.outputDir, file).split(path.sep).join('/'))
      .filter((file) => /^tags\/[^/]+\/index\.html$/.test(file));
    expect(tagPages.length).toBeGreaterThan(5);
    for (const page of tagPages) {
      const feedFile = page.replace(/index\.html$/, 'feed.xml');
      const feed = parseAtom(await fs.readFile(path.join(site.outputDir, feedFile), 'utf8'), feedFile).feed;
      expect(feed.id).toBe(archived(`/${feedFile}`));
      const tagPage = await readOutput(site, page);
      for (const entry of feed.entry ?? []) {
        expect(tagPage, `${alternate(entry)} in ${feedFile}`).toContain(`href="${new URL(alternate(entry) ?? '').pathname}"`);
      }
    }
  });

  it('lists a tag\'s articles newest first', async () => {
    const kursk = parseAtom(await readOutput(site, 'tags/kursk/feed.xml'), 'kursk').feed;
    expect(text(kursk.title)).toMatch(/: Kursk$/);
    expect((kursk.entry ?? []).map(alternate)).toEqual(
      ['/articles/case-colliding-tags/', '/articles/korea-herald-troops-inside-ukraine/', '/articles/reuters-same-day-no-time/'].map(archived),
    );
  });
});
