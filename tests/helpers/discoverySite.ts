// Fixture sites for the discovery tests (search, feeds, sitemap, metadata), and readers for what those features write.
import fs from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { buildSite } from '../../src/site/buildSite.ts';
import { listFiles, prepareSite, readEntryFixtures, type EntryFile, type FixtureSite } from '../site/fixtureSite.ts';

/** What site.json says the site's address is; SITE_URL is not set in tests. */
export const SITE_ADDRESS = 'https://example.org';

/**
 * A dated entry whose text holds what XML cannot carry (C0 controls, a lone surrogate, U+FFFE), what would end a
 * CDATA section or a script element, and markup. YAML's double-quoted escapes put the raw characters into the entry.
 */
export const HOSTILE_FEED_ENTRY: EntryFile = {
  name: 'hostile-feed-text.md',
  text: [
    '---',
    'headline: "Control\\x01 bell\\x07 ]]> </script><!-- <b>bold</b> & lone\\uD800 nonchar\\uFFFE headline"',
    'source: "Wire & <Co>"',
    "date: '2024-11-01'",
    'byline: "Reporter\\x02 <i>"',
    'summary: "Summary\\x0B with ]]> and </summary> and <b>"',
    'tags:',
    '  - "Tag\\x1F <x>"',
    '  - North Korea',
    'dump: 004_c15feddd470bdd1b.txt',
    'dump_sha256: c15feddd470bdd1bc15feddd470bdd1bc15feddd470bdd1bc15feddd470bdd1b',
    'dump_lines:',
    '  - 1',
    '  - 4',
    '---',
    'A body paragraph.',
    '',
  ].join('\n'),
};

export const HOSTILE_FEED_URL = '/articles/hostile-feed-text/';

/** Characters outside XML 1.0's `Char` production. */
export const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/u;

export async function validEntries(): Promise<EntryFile[]> {
  return readEntryFixtures('valid');
}

export async function buildDiscoverySite(entries: readonly EntryFile[], pathPrefix?: string): Promise<FixtureSite> {
  const site = await prepareSite(entries);
  await buildSite({ inputDir: site.inputDir, outputDir: site.outputDir, quiet: true, ...(pathPrefix !== undefined && { pathPrefix }) });
  return site;
}

export async function readOutput(site: FixtureSite, file: string): Promise<string> {
  return fs.readFile(path.join(site.outputDir, file), 'utf8');
}

/** Every HTML page written, with the site path it is served at. */
export async function htmlPages(outputDir: string): Promise<{ file: string; url: string }[]> {
  const files = (await listFiles(outputDir)).filter((file) => file.endsWith('.html'));
  return files.map((file) => {
    const relative = path.relative(outputDir, file).split(path.sep).join('/');
    return { file, url: `/${relative.replace(/(^|\/)index\.html$/, '$1')}` };
  });
}

export interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Pagefind's fragments are gzipped JSON, each behind a fixed signature. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

export async function readPagefindFragments(outputDir: string): Promise<PagefindFragment[]> {
  const dir = path.join(outputDir, 'pagefind', 'fragment');
  const names = await fs.readdir(dir);
  return Promise.all(
    names.map(async (name) => {
      const text = gunzipSync(await fs.readFile(path.join(dir, name))).toString('utf8');
      return JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as PagefindFragment;
    }),
  );
}

/** The parsed content of every `<script type="application/ld+json">` in a page. */
export function jsonLdBlocks(html: string): unknown[] {
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  return blocks.map((match) => JSON.parse(match[1] ?? ''));
}

/** The `content` of `<meta property=…>` or `<meta name=…>` tags, in page order. */
export function metaContents(html: string, key: string): string[] {
  const tags = html.match(/<meta\b[^>]*>/g) ?? [];
  return tags
    .filter((tag) => tag.includes(`property="${key}"`) || tag.includes(`name="${key}"`))
    .map((tag) => /\scontent="([^"]*)"/.exec(tag)?.[1] ?? '');
}
