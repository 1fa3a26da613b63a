/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Hostile captures end to end (issue 6): markup, template syntax, Markdown, front-matter lines, entities, bidi overrides and paths in every field and file name stay inert, literal text on every page, feed and export, under a policy that runs only the site's own scripts, and nothing is written outside the build's folders.
import { existsSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provenanceUrl } from '../../src/site/provenanceData.ts';
import { BUILD_MARKER } from '../../src/site/replaceOutput.ts';
import { articleUrl, sourceUrl, tagUrl } from '../../src/site/siteUrls.ts';
import type { Entry } from '../../src/store/entrySchema.ts';
import { readReport } from '../../src/store/ingestArchive.ts';
import type { DumpReport } from '../../src/store/ingestReport.ts';
import { readEntry } from '../../src/store/readEntry.ts';
import { REPO_ROOT } from '../helpers/archiveConfig.ts';
import { buildArchive, type ArchiveUnderTest } from './archiveUnderTest.ts';
import { launchChromium } from './chromium.ts';
import { NO_PROBLEMS, openWatched, problemsOf } from './watchedPage.ts';
import { MACHINE_FILES } from '../../src/store/archivePaths.ts';

type Place = 'file-name' | 'headline' | 'summary' | 'byline' | 'body' | 'source' | 'url' | 'refused-url' | 'capture-line';

interface Payload {
  in: Place;
  text: string;
  /** The file a path in the payload would create if anything obeyed it. */
  escapes_to?: string;
}

interface HostileCapture {
  /** The capture's file in the fixture folder; its sidecar, if any, has the same name ending in .json. */
  fixture: string;
  /** The name it is ingested under: the file-name payloads. */
  ingest_as: string;
  payloads: Payload[];
}

interface PayloadSet {
  search_query: string;
  dumps: HostileCapture[];
}

interface Sidecar {
  url?: string;
  source?: string;
}

/** A capture as the archive holds it after ingest: its one entry and that entry's page. */
interface Archived {
  capture: HostileCapture;
  report: DumpReport;
  file: string;
  entry: Entry;
  /** The entry's Markdown body, as ingest wrote it. */
  body: string;
  url: string;
}

const FIXTURE_DIR = path.join(REPO_ROOT, 'tests/fixtures/hostile');
const SET = JSON.parse(readFileSync(path.join(FIXTURE_DIR, 'payloads.json'), 'utf8')) as PayloadSet;
const PAYLOADS = SET.dumps.flatMap((capture) => capture.payloads.map((payload) => ({ capture, payload })));
/** What the payloads set on `window` if any of them ever runs. */
const GLOBALS = [...new Set(PAYLOADS.flatMap(({ payload }) => [...payload.text.matchAll(/(?:window|parent)\.(__\w+)/g)].map((m) => m[1]!)))];
const ESCAPE_TARGETS = PAYLOADS.flatMap(({ payload }) => (payload.escapes_to ? [payload.escapes_to] : []));
/** One path segment of a built file: a slug, a Pagefind bundle name or a fixed file name, never scraped characters. */
const SAFE_SEGMENT = /^[\p{L}\p{N}_-][\p{L}\p{N}._-]*$/u;

/** Where each planted payload must turn up in the exports, by the field it went into. */
const EXPORT_FIELD: Partial<Record<Place, string>> = {
  'file-name': 'dump', headline: 'headline', summary: 'summary', byline: 'byline', body: 'body', source: 'source', url: 'url',
};

const sidecarName = (name: string) => name.replace(/\.txt$/, '.json');
/** Text as a page lays it out: a line break in a field (a source from a sidecar) shows as a space. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

function fixture(name: string): string {
  return readFileSync(path.join(FIXTURE_DIR, name), 'utf8');
}

function sidecarText(capture: HostileCapture): string | null {
  const file = sidecarName(capture.fixture);
  return existsSync(path.join(FIXTURE_DIR, file)) ? fixture(file) : null;
}

/** The captures and sidecars under the names they are ingested as. */
function hostileDumps(): Record<string, string> {
  const dumps: Record<string, string> = {};
  for (const capture of SET.dumps) {
    dumps[capture.ingest_as] = fixture(capture.fixture);
    const sidecar = sidecarText(capture);
    if (sidecar !== null) dumps[sidecarName(capture.ingest_as)] = sidecar;
  }
  return dumps;
}

function ancestors(dir: string): string[] {
  const found = [path.resolve(dir)];
  while (path.dirname(found.at(-1)!) !== found.at(-1)) found.push(path.dirname(found.at(-1)!));
  return found;
}

/** Files named after an escape target in any of the folders a `../` or `/` path could reach. */
function escapedFiles(folders: string[]): string[] {
  return [...new Set(folders)].flatMap((folder) => ESCAPE_TARGETS.map((name) => path.join(folder, name)).filter((file) => existsSync(file)));
}

/** Where a `../` or `/` path would land from the temporary folder, the repository or the working folder. */
function outsideFolders(): string[] {
  return [...ancestors(os.tmpdir()), ...ancestors(REPO_ROOT), ...ancestors(process.cwd())];
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/')).sort();
}

let browser: Browser;
let archive: ArchiveUnderTest;
let archived: Archived[];
let escapedBeforeBuild: string[];

beforeAll(async () => {
  browser = await launchChromium();
  escapedBeforeBuild = escapedFiles(outsideFolders());
  archive = await buildArchive({ dumps: hostileDumps() });
  const report = await readReport(archive.inputDir);
  archived = await Promise.all(
    SET.dumps.map(async (capture) => {
      const dumpReport = report?.dumps.find((d) => d.dump === capture.ingest_as);
      // Every other check reads these entries; a capture that yields none is a broken fixture, said plainly here.
      if (dumpReport?.entries.length !== 1) {
        throw new Error(`${capture.fixture} ingested as ${capture.ingest_as}: expected one entry, got ${JSON.stringify(dumpReport)}`);
      }
      const file = dumpReport.entries[0]!.file;
      const { entry, body } = readEntry(await fs.readFile(path.join(archive.inputDir, 'articles', file), 'utf8'), file);
      return { capture, report: dumpReport, file, entry, body, url: articleUrl(file) };
    }),
  );
});

afterAll(async () => {
  await browser?.close();
  await archive?.close();
});

/** The HTML pages of the build as site paths, plus the search page with a payload word as its query. */
async function sitePages(): Promise<string[]> {
  const pages = (await filesUnder(archive.outputDir)).filter((f) => f.endsWith('.html')).map((f) => `/${f.replace(/(^|\/)index\.html$/, '$1')}`);
  return [...pages, searchPath()];
}

const searchPath = () => `/search/?q=${encodeURIComponent(SET.search_query)}`;

describe(`hostile captures (${PAYLOADS.length} payloads in ${SET.dumps.length} captures)`, () => {
  it(`ingests each capture into one entry, with all ${PAYLOADS.length} payloads where payloads.json plants them`, () => {
    const wrong: string[] = [];
    for (const { capture, payload } of PAYLOADS) {
      const a = archived.find((x) => x.capture === capture)!;
      const sidecar = JSON.parse(sidecarText(capture) ?? '{}') as Sidecar;
      const lines = fixture(capture.fixture).split('\n');
      const planted: Record<Place, boolean> = {
        'file-name': capture.ingest_as.includes(payload.text) && a.entry.dump === capture.ingest_as,
        headline: lines.some((l) => l.includes(payload.text)) && a.entry.headline.includes(payload.text),
        summary: lines.some((l) => l.includes(payload.text)) && (a.entry.summary ?? '').includes(payload.text),
        byline: lines.some((l) => l.includes(payload.text)) && (a.entry.byline ?? '').includes(payload.text),
        // The entry's body is escaped Markdown; the pages and exports show whether the text survived.
        body: lines.some((l) => l.includes(payload.text)),
        source: (sidecar.source ?? '').includes(payload.text) && a.entry.source === sidecar.source,
        url: sidecar.url === payload.text && a.entry.url === payload.text,
        // A sidecar URL that is not a web address is ignored (its other fields still count), and the report says which file and field.
        'refused-url':
          sidecar.url === payload.text && a.entry.url === undefined && a.report.warnings.some((w) => w.startsWith(`sidecar ${sidecarName(capture.ingest_as)}: field "url" ignored`)),
        'capture-line': lines.includes(payload.text),
      };
      if (!planted[payload.in]) wrong.push(`${capture.fixture}: ${payload.in} ${JSON.stringify(payload.text)}`);
    }
    expect(wrong).toEqual([]);
    expect(archived.map((a) => a.report.status)).toEqual(SET.dumps.map(() => 'ingested'));
  });

  it('writes nothing outside the content and output folders, and no scraped character into an output path', async () => {
    const root = path.dirname(archive.outputDir);
    expect(escapedBeforeBuild).toEqual([]);
    const all = await filesUnder(root);
    const folders = [root, ...new Set(all.map((f) => path.join(root, path.dirname(f))))];
    expect(escapedFiles([...outsideFolders(), ...ancestors(root), ...folders])).toEqual([]);
    expect((await fs.readdir(root)).sort()).toEqual(['_site', 'content']);

    const unsafeOutput = (await filesUnder(archive.outputDir)).filter((f) => !f.split('/').every((s) => SAFE_SEGMENT.test(s) || s === BUILD_MARKER));
    expect(unsafeOutput).toEqual([]);

    // Every file in the content folder is a page or setting copied from the repository, a capture given to ingest,
    // or what ingest writes: the entries it reported, a provenance record per capture, its manifest, report, stat
    // cache and seal.
    const repositoryContent = new Set(await filesUnder(path.join(REPO_ROOT, 'content')));
    const ingestOutputs = new Set([
      ...Object.keys(hostileDumps()).map((n) => `dumps/${n}`),
      ...archived.map((a) => `articles/${a.file}`),
      ...SET.dumps.map((c) => `_provenance/${c.ingest_as}.json`),
      'ingest-manifest.json',
      '_data/ingestReport.json',
      ...MACHINE_FILES,
    ]);
    const unexpected = (await filesUnder(archive.inputDir)).filter((f) => !ingestOutputs.has(f) && !(repositoryContent.has(f) && !/^(dumps|articles|_provenance)\//.test(f)));
    expect(unexpected).toEqual([]);
  });

  it('serves every page with no dialog, no script of its content, no payload element or unsafe link, under a policy that runs only its own scripts', async () => {
    const watched = await openWatched(browser, archive.url);
    const findings: string[] = [];
    const pages = await sitePages();
    console.log(`hostile content: ${PAYLOADS.length} payloads in ${SET.dumps.length} captures, tried on ${pages.length} pages`);
    for (const sitePath of pages) {
      await watched.page.goto(archive.at(sitePath));
      if (sitePath === searchPath()) await watched.page.locator('.search-result').first().waitFor();
      const seen = await watched.page.evaluate((globals) => {
        const found: string[] = [];
        for (const name of globals) if ((window as unknown as Record<string, unknown>)[name] !== undefined) found.push(`window.${name} is set`);
        for (const element of document.querySelectorAll('*')) {
          for (const { name, value } of element.attributes) {
            if (/^on/i.test(name)) found.push(`<${element.localName}> has ${name}`);
            if (!['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data'].includes(name)) continue;
            // As the browser resolves it: leading spaces and control characters dropped, the scheme case-folded.
            let protocol = 'unparsable';
            try {
              protocol = new URL(value, document.baseURI).protocol;
            } catch {
              // Kept as unparsable.
            }
            if (!['http:', 'https:', 'mailto:'].includes(protocol)) found.push(`<${element.localName} ${name}=${JSON.stringify(value)}> (${protocol})`);
          }
        }
        for (const element of document.querySelectorAll('iframe, frame, object, embed, base, meta[http-equiv="refresh" i], img[src="x"]')) found.push(`<${element.localName}> element`);
        for (const script of document.scripts) {
          if (script.type === 'application/ld+json') continue;
          if (script.src === '' || script.text.trim() !== '') found.push(`inline script: ${script.text.slice(0, 80)}`);
          else if (new URL(script.src).origin !== location.origin) found.push(`script from ${script.src}`);
        }
        const head = [...document.head.children];
        const policyAt = head.findIndex((e) => e.matches('meta[http-equiv="Content-Security-Policy" i]'));
        const firstResource = head.findIndex((e) => e.matches('script, link, style'));
        if (policyAt === -1 || (firstResource !== -1 && firstResource < policyAt)) found.push('the security policy does not come before the first script or stylesheet');
        const policies = [...document.querySelectorAll('meta[http-equiv="Content-Security-Policy" i]')].map((m) => m.getAttribute('content') ?? '');
        return { found, policies };
      }, GLOBALS);
      findings.push(...seen.found.map((f) => `${sitePath}: ${f}`));
      findings.push(...policyProblems(seen.policies, sitePath.startsWith('/search/')).map((p) => `${sitePath}: ${p}`));
      findings.push(...(await watched.cspViolations()).map((v) => `${sitePath}: policy violation ${v}`));
    }
    await watched.close();
    expect(findings).toEqual([]);
    expect(problemsOf(watched.problems)).toEqual(NO_PROBLEMS);
    // The crawl covered the pages the hostile articles produce, not only the fixed ones.
    expect(pages).toEqual(expect.arrayContaining([...archived.map((a) => a.url), ...SET.dumps.map((c) => provenanceUrl(c.ingest_as)), '/', '/report/']));
  }, 60_000);

  it('shows every payload as literal text where it belongs', async () => {
    const watched = await openWatched(browser, archive.url);
    const page = watched.page;
    const visit = (sitePath: string) => page.goto(archive.at(sitePath));
    const text = (selector: string) => page.locator(selector).first().innerText();
    const missing: string[] = [];
    const expectIn = (shown: string, wanted: string, where: string) => {
      if (!squash(shown).includes(squash(wanted))) missing.push(`${JSON.stringify(wanted)} is not shown in ${where}`);
    };

    await visit('/');
    const home = await text('main');
    await visit('/report/');
    const reported = await page.locator('.report-dump').evaluateAll((items) =>
      items.map((li) => ({ dump: li.querySelector('h2 code')?.textContent ?? '', text: (li as HTMLElement).innerText })),
    );
    const listings = new Map<string, string>();
    for (const listing of new Set(archived.flatMap((a) => [...a.entry.tags.map(tagUrl), ...(a.entry.source ? [sourceUrl(a.entry.source)] : [])]))) {
      await visit(listing);
      listings.set(listing, await text('main'));
    }

    /** What each article page shows as its text, by headline, with white space collapsed: search excerpts must quote it. */
    const shownText = new Map<string, string>();
    // Pagefind ends each block it reads (headline, standfirst, paragraph) with a full stop when it has none.
    const collapsed = (value: string) => value.replace(/\s+/g, ' ').replace(/\.(?= |$)/g, '').trim();
    for (const a of archived) {
      await visit(a.url);
      const article = await page.evaluate(() => {
        const shown = (selector: string) => document.querySelector<HTMLElement>(selector)?.innerText ?? '';
        const facts = [...document.querySelectorAll<HTMLElement>('.facts > div')].map((d) => [d.querySelector('dt')?.textContent?.trim() ?? '', d.querySelector('dd')?.innerText ?? '']);
        return {
          title: document.title,
          h1: shown('h1'),
          standfirst: shown('.standfirst'),
          facts: Object.fromEntries(facts) as Record<string, string>,
          originalHref: document.querySelector('a.original-link')?.getAttribute('href') ?? null,
          body: shown('.article-body'),
          provenance: shown('footer.provenance'),
        };
      });
      shownText.set(article.h1, collapsed([article.h1, article.standfirst, article.body].join(' ')));
      await visit(provenanceUrl(a.capture.ingest_as));
      const capture = { h1: await text('h1'), main: await text('main') };
      const rows = await page.locator('table.capture tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({ text: (tr.querySelector('.line-text') as HTMLElement | null)?.innerText ?? '', state: tr.className })),
      );
      const reportItem = reported.find((r) => r.dump === a.capture.ingest_as)?.text ?? '';

      for (const payload of a.capture.payloads) {
        const where = (part: string) => `${part} of ${a.capture.ingest_as}`;
        switch (payload.in) {
          case 'file-name':
            expectIn(capture.h1, payload.text, where('the provenance page heading'));
            expectIn(article.provenance, payload.text, where('the article\'s "Where this text comes from"'));
            expectIn(reportItem, payload.text, where('the report'));
            break;
          case 'headline':
            expectIn(article.h1, payload.text, where('the article heading'));
            expectIn(article.title, payload.text, where('the article\'s title'));
            expectIn(home, payload.text, 'the home page');
            expectIn(capture.main, payload.text, where('the provenance page'));
            expectIn(reportItem, payload.text, where('the report'));
            for (const tag of a.entry.tags) expectIn(listings.get(tagUrl(tag)) ?? '', payload.text, `the tag page ${tagUrl(tag)}`);
            if (a.entry.source) expectIn(listings.get(sourceUrl(a.entry.source)) ?? '', payload.text, `the source page ${sourceUrl(a.entry.source)}`);
            break;
          case 'summary':
            expectIn(article.standfirst, payload.text, where('the standfirst'));
            break;
          case 'byline':
            expectIn(article.facts['By'] ?? '', payload.text, where('the byline'));
            break;
          case 'body':
            expectIn(article.body, payload.text, where('the article body'));
            break;
          case 'source':
            expectIn(article.facts['Source'] ?? '', payload.text, where('the source fact'));
            expectIn(listings.get(sourceUrl(a.entry.source!)) ?? '', payload.text, `the source page ${sourceUrl(a.entry.source!)}`);
            break;
          case 'url':
            expectIn(article.facts['Original'] ?? '', payload.text, where('the original link'));
            if (article.originalHref !== payload.text) missing.push(`the original link of ${a.capture.ingest_as} points to ${article.originalHref}`);
            break;
          case 'refused-url':
            if ('Original' in article.facts) missing.push(`${a.capture.ingest_as} shows an original link from a refused sidecar`);
            expectIn(reportItem, `sidecar ${sidecarName(a.capture.ingest_as)}: field "url" ignored`, where('the report'));
            break;
          case 'capture-line':
            if (!rows.some((r) => r.text === payload.text && r.state === 'dropped')) missing.push(`${JSON.stringify(payload.text)} is not a dropped line of ${a.capture.ingest_as}'s provenance page`);
            break;
        }
      }
    }

    // Results and filters are drawn by script from the search index: the headlines and sources come back as text.
    await visit(searchPath());
    await page.locator('.search-result').first().waitFor();
    const titles = await page.locator('.search-result-link').allTextContents();
    const query = SET.search_query.toLowerCase();
    const matching = archived.filter((a) => [a.entry.headline, a.entry.summary ?? '', a.body].join(' ').toLowerCase().includes(query)).map((a) => a.entry.headline);
    expect(titles.sort()).toEqual(matching.sort());
    // An excerpt quotes the page word for word: "&lt;b&gt;" written in the article stays "&lt;b&gt;", never "<b>".
    const excerpts = await page.locator('.search-result').evaluateAll((items) =>
      items.map((li) => ({ title: li.querySelector('.search-result-link')?.textContent ?? '', excerpt: li.querySelector('.search-result-excerpt')?.textContent ?? '' })),
    );
    for (const { title, excerpt } of excerpts) {
      if (!(shownText.get(title) ?? '').includes(collapsed(excerpt))) missing.push(`the search excerpt of ${JSON.stringify(title)} is not the article's text: ${JSON.stringify(excerpt)}`);
    }
    // Opened, as a reader would, to show its names.
    await page.locator('details[data-filter-name="source"]').evaluate((details) => {
      (details as HTMLDetailsElement).open = true;
    });
    const filters = await text('details[data-filter-name="source"]');
    for (const source of archived.flatMap((a) => (a.entry.source ? [a.entry.source] : []))) expectIn(filters, source, 'the search filters');

    await watched.close();
    expect(missing).toEqual([]);
    expect(problemsOf(watched.problems)).toEqual(NO_PROBLEMS);
  }, 60_000);

  it('writes pages whose only scripts are JSON-LD data and, on the search page, its two script files', async () => {
    const wrong: string[] = [];
    for (const file of (await filesUnder(archive.outputDir)).filter((f) => f.endsWith('.html'))) {
      const html = await fs.readFile(path.join(archive.outputDir, file), 'utf8');
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)];
      if ((html.match(/<script\b/gi) ?? []).length !== scripts.length) wrong.push(`${file}: a <script> that does not close`);
      const code = scripts.filter(([, attributes]) => !/\btype="application\/ld\+json"/.test(attributes!));
      const expected = file === 'search/index.html' ? 2 : 0;
      if (code.length !== expected || code.some(([, attributes, content]) => !/\ssrc="\//.test(attributes!) || content !== '')) {
        wrong.push(`${file}: scripts ${code.map(([tag]) => tag.slice(0, 120)).join(' | ') || '(none)'}`);
      }
      for (const [, , json] of scripts.filter(([, attributes]) => /\btype="application\/ld\+json"/.test(attributes!))) {
        const data = JSON.parse(json!) as { headline?: string };
        const a = archived.find((x) => `${x.url.slice(1)}index.html` === file);
        if (a && data.headline !== a.entry.headline) wrong.push(`${file}: JSON-LD headline ${JSON.stringify(data.headline)}`);
      }
      const policies = html.match(/<meta http-equiv="Content-Security-Policy"/gi) ?? [];
      const policyAt = html.search(/<meta http-equiv="Content-Security-Policy"/i);
      if (policies.length !== 1 || html.slice(0, policyAt).match(/<(script|link|style)\b/i)) wrong.push(`${file}: ${policies.length} security policies, or one after a resource`);
    }
    expect(wrong).toEqual([]);
  });

  it('keeps the feeds, sitemap and exports well-formed, with the payloads in them as text', async () => {
    const read = (sitePath: string) => fs.readFile(path.join(archive.outputDir, sitePath), 'utf8');
    const output = await filesUnder(archive.outputDir);
    const pathOf = (url: string) => new URL(url).pathname;
    const byPage = <T>(items: T[], url: (item: T) => string) => new Map(items.map((item) => [pathOf(url(item)), item]));

    for (const xml of output.filter((f) => f.endsWith('.xml'))) expect(XMLValidator.validate(await read(xml)), xml).toBe(true);

    type AtomText = string | { '#text': string };
    const plain = (node: AtomText | undefined) => (typeof node === 'object' ? node['#text'] : node);
    const atom = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['entry', 'link'].includes(name) }).parse(await read('feed.xml')) as {
      feed: { entry: { id: string; title: AtomText; author?: { name: string }; summary?: AtomText }[] };
    };
    const atomEntries = byPage(atom.feed.entry, (e) => e.id);
    const jsonFeed = JSON.parse(await read('feed.json')) as { items: { url: string; title: string; authors?: { name: string }[] }[] };
    const jsonItems = byPage(jsonFeed.items, (i) => i.url);
    const sitemap = new XMLParser({ isArray: (name) => name === 'url' }).parse(await read('sitemap.xml')) as { urlset: { url: { loc: string }[] } };
    const locations = sitemap.urlset.url.map((u) => pathOf(u.loc));
    const jsonl = (await read('exports/archive.jsonl')).trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    const csv = parseCsv(await read('exports/archive.csv'), { columns: true }) as Record<string, string>[];
    const csl = JSON.parse(await read('exports/archive.csl.json')) as { id: string; title: string; author?: { literal: string }[] }[];
    const cslItems = byPage(csl, (c) => c.id);
    for (const file of output.filter((f) => f.endsWith('.jsonl'))) for (const line of (await read(file)).trim().split('\n')) JSON.parse(line);
    for (const file of output.filter((f) => f.endsWith('.csv'))) parseCsv(await read(file), { columns: true });

    for (const a of archived) {
      const { entry } = a;
      expect(plain(atomEntries.get(a.url)?.title), `Atom title of ${a.url}`).toBe(entry.headline);
      expect(atomEntries.get(a.url)?.author?.name, `Atom author of ${a.url}`).toBe(entry.byline);
      if (entry.summary) expect(plain(atomEntries.get(a.url)?.summary), `Atom summary of ${a.url}`).toBe(entry.summary);
      expect(jsonItems.get(a.url)?.title, `JSON Feed title of ${a.url}`).toBe(entry.headline);
      expect(jsonItems.get(a.url)?.authors?.[0]?.name, `JSON Feed author of ${a.url}`).toBe(entry.byline);
      expect(cslItems.get(a.url)?.title, `CSL-JSON title of ${a.url}`).toBe(entry.headline);
      expect(cslItems.get(a.url)?.author?.[0]?.literal, `CSL-JSON author of ${a.url}`).toBe(entry.byline);
      expect(locations, 'sitemap').toContain(a.url);

      const record = jsonl.find((r) => pathOf(String(r.archive_url)) === a.url);
      const row = csv.find((r) => pathOf(r.archive_url!) === a.url);
      for (const payload of a.capture.payloads) {
        const field = EXPORT_FIELD[payload.in];
        if (field === undefined) continue;
        expect(String(record?.[field]), `JSON Lines ${field} of ${a.capture.ingest_as}`).toContain(payload.text);
        expect(row?.[field], `CSV ${field} of ${a.capture.ingest_as}`).toContain(payload.text);
      }
    }
    // A cell a spreadsheet would evaluate ("=HYPERLINK(…)" at the start of a body) is defused, not dropped.
    const formulas = csv.flatMap((row) => Object.entries(row).filter(([, value]) => /^[=+\-@\t\r]/.test(value)).map(([column, value]) => `${column}: ${value.slice(0, 60)}`));
    expect(formulas).toEqual([]);
    expect(locations.filter((loc) => !loc.split('/').every((s) => s === '' || SAFE_SEGMENT.test(s)))).toEqual([]);
  });
});

/** What is wrong with a page's declared policies: exactly one, running only the site's own scripts (search may also compile WebAssembly), nothing inline. */
function policyProblems(policies: string[], isSearch: boolean): string[] {
  if (policies.length !== 1) return [`${policies.length} security policies declared`];
  const directives = new Map(
    policies[0]!.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!.toLowerCase(), values] as const),
  );
  const problems: string[] = [];
  const scriptSrc = (directives.get('script-src') ?? []).join(' ');
  const allowed = isSearch ? "'self' 'wasm-unsafe-eval'" : "'self'";
  if (scriptSrc !== allowed) problems.push(`script-src is "${scriptSrc}", not "${allowed}"`);
  if (/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'/i.test(policies[0]!)) problems.push(`the policy allows unsafe code: ${policies[0]}`);
  return problems;
}
