// Builds the site from hand-written entries in a temporary folder and reads back what the build wrote.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';
import { buildSite } from '../../src/site/buildSite.ts';

// Eleventy imports `.eleventy.ts` with Node's own loader, outside Vitest; the CLI runs under tsx for the same reason.
register();

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CONTENT_DIR = path.join(REPO_ROOT, 'content');
const ENTRY_FIXTURES = path.join(REPO_ROOT, 'tests', 'fixtures', 'entries');

export interface EntryFile {
  name: string;
  text: string;
}

/**
 * An entry file of the given front-matter lines (headline, source, dates…) and body, with a North Korea tag and a
 * provenance whose hash is the digit repeated: enough for the site to build a page for it.
 */
export function entryText(frontMatter: readonly string[], body: string, digit: string): string {
  return ['---', ...frontMatter, 'tags:', '  - North Korea', `dump: capture_${digit}.txt`, `dump_sha256: ${digit.repeat(64)}`, 'dump_lines:', '  - 5', '  - 19', '---', body, ''].join('\n');
}

export interface FixtureSite {
  /** Holds the input and output folders two levels down, so a `../../` permalink would land inside it. */
  root: string;
  inputDir: string;
  outputDir: string;
}

export async function readEntryFixtures(kind: 'valid' | 'invalid'): Promise<EntryFile[]> {
  const dir = path.join(ENTRY_FIXTURES, kind);
  const names = (await fs.readdir(dir)).filter((name) => name.endsWith('.md')).sort();
  return Promise.all(names.map(async (name) => ({ name, text: await fs.readFile(path.join(dir, name), 'utf8') })));
}

/** The site's own pages and data, as a real content folder holds them, with `entries` as its articles. */
export async function prepareSite(entries: readonly EntryFile[]): Promise<FixtureSite> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'news-archive-site-'));
  const inputDir = path.join(root, 'work', 'content');
  const outputDir = path.join(root, 'work', '_site');
  await fs.mkdir(path.join(inputDir, 'articles'), { recursive: true });
  // The ingest report describes the real archive's last run, not these entries.
  await fs.cp(path.join(CONTENT_DIR, '_data'), path.join(inputDir, '_data'), { recursive: true, filter: (f) => !f.endsWith('ingestReport.json') });
  // Pages live at the top and in folders (exports/); the archive's own entries, dumps and data are not pages.
  for (const page of (await fs.readdir(CONTENT_DIR, { recursive: true })).filter((name) => name.endsWith('.njk'))) {
    await fs.mkdir(path.dirname(path.join(inputDir, page)), { recursive: true });
    await fs.copyFile(path.join(CONTENT_DIR, page), path.join(inputDir, page));
  }
  for (const entry of entries) await fs.writeFile(path.join(inputDir, 'articles', entry.name), entry.text);
  return { root, inputDir, outputDir };
}

export async function buildFixtureSite(site: FixtureSite): Promise<void> {
  await buildSite({ inputDir: site.inputDir, outputDir: site.outputDir, quiet: true });
}

export async function removeFixtureSite(site: FixtureSite): Promise<void> {
  await fs.rm(site.root, { recursive: true, force: true });
}

export async function listFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name)).sort();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };

export function decodeEntities(html: string): string {
  return html.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_match, name: string) => ENTITIES[name] ?? '');
}

/** What a reader sees: tags removed, entities decoded, white space collapsed. */
export function visibleText(html: string): string {
  // Script and style contents (JSON-LD included) are not shown to a reader.
  const shown = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, ' ');
  return decodeEntities(shown.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}

export function elementsOf(html: string, tag: string): string[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((match) => match[1] ?? '');
}

/** Every `href` and `src` attribute value in the markup (not in its text), decoded as a browser would read it. */
export function linkTargets(html: string): string[] {
  const tags = html.match(/<[a-zA-Z][^>]*>/g) ?? [];
  return tags.flatMap((tag) =>
    [...tag.matchAll(/\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map((match) =>
      decodeEntities(match[1] ?? match[2] ?? match[3] ?? ''),
    ),
  );
}

/** The file a site-relative URL is served from. */
export function fileForUrl(outputDir: string, url: string): string {
  const pathname = decodeURIComponent(new URL(url, 'http://archive.invalid').pathname);
  return path.join(outputDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
}

/**
 * Every internal link or asset in every HTML page of a built site that no built file answers, as "target in page".
 * With a path prefix, a site-relative link must carry it (a link without it is broken once the site is in its folder).
 */
export async function brokenLinks(outputDir: string, pathPrefix = '/'): Promise<string[]> {
  const broken: string[] = [];
  for (const file of (await listFiles(outputDir)).filter((f) => f.endsWith('.html'))) {
    const pageUrl = `${pathPrefix}${path.relative(outputDir, file).split(path.sep).join('/')}`;
    for (const target of linkTargets(await fs.readFile(file, 'utf8'))) {
      const resolved = new URL(target, new URL(pageUrl, 'http://archive.invalid'));
      if (resolved.origin !== 'http://archive.invalid') continue;
      const inside = resolved.pathname.startsWith(pathPrefix);
      const exists = inside && (await fs.access(fileForUrl(outputDir, `/${resolved.pathname.slice(pathPrefix.length)}`)).then(() => true, () => false));
      if (!exists) broken.push(`${target} in ${pageUrl}`);
    }
  }
  return broken;
}
