// While serving, the pages of the entries an ingest has just written go onto the served site at once, before
// Eleventy's rebuild of the whole site: every article page lists related articles, so that rebuild renders every page
// again, a minute or more at archive scale. Eleventy renders these pages too, from the same templates and
// configuration, in an instance of its own whose input is only those entries and the capture pages' frame; the rest
// of the archive (each page's story and related articles) is the archive as the served site's last build listed it.
// The rebuild that follows writes every page again, these included, with the listing pages they now appear on.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import Eleventy, { type UserConfig } from '@11ty/eleventy';
import type { IngestRun } from '../store/ingestReport.ts';
import { articleMore, type ArticleMore } from './articleMore.ts';
import { insertInReadingOrder, markInReadingOrder, type OrderedArticle } from './articleOrder.ts';
import { FRAME, FRAME_TEMPLATE } from './capturePage.ts';
import { listCaptures } from './provenanceData.ts';
import { storyGroups } from './storyGroups.ts';
import { articleUrl } from './siteUrls.ts';
import { prefixedPath } from './plugins/siteUrl.ts';
import { writeSomeCapturePages } from './writeCapturePages.ts';

/** The served site's articles as its last build listed them, in reading order. */
export class ServedArticles {
  #articles: readonly OrderedArticle[] = markInReadingOrder([]);

  /**
   * Kept as address and entry only: the build's own items hold each page's template and data, and kept past the
   * build they would stay alive beside the next build's.
   */
  remember(articles: readonly OrderedArticle[]): void {
    this.#articles = markInReadingOrder(articles.map(({ url, data }) => ({ url, data: { entry: data.entry } })));
  }

  get articles(): readonly OrderedArticle[] {
    return this.#articles;
  }
}

/** What the instance rendering the early pages knows beyond its own input. */
export interface EarlyRender {
  /** The rest of the archive, in reading order. */
  known: readonly OrderedArticle[];
  /** Addresses of entries the ingest removed: not offered as related or as versions. */
  gone: ReadonlySet<string>;
}

/**
 * Set on an instance's configuration before its configuration file runs, so its plugins can tell it is one. A key of
 * the global symbol registry rather than a module's own map: Eleventy imports the configuration file itself, and a
 * caller loaded another way (a test runner) holds other copies of these modules.
 */
const EARLY_RENDER = Symbol.for('news-archive.earlyRender');

type Marked = UserConfig & { [EARLY_RENDER]?: EarlyRender };

export function earlyRenderOf(eleventyConfig: UserConfig): EarlyRender | undefined {
  return (eleventyConfig as Marked)[EARLY_RENDER];
}

/** `articleMore` for the early pages alone, placed among the rest of the archive (a page replaces its older copy). */
export function earlyArticleMore(pages: readonly OrderedArticle[], render: EarlyRender): Record<string, ArticleMore<OrderedArticle>> {
  const urls = new Set(pages.map((page) => page.url));
  // Filtering keeps the reading order, so the list is marked as in it rather than sorted again.
  const rest = markInReadingOrder(render.known.filter((article) => !urls.has(article.url) && !render.gone.has(article.url)));
  const articles = insertInReadingOrder(rest, pages);
  return articleMore(articles, storyGroups(articles), urls);
}

/**
 * Entry names Eleventy's input glob takes literally: those ingest writes (slugs). An entry named otherwise by hand is
 * left to the rebuild.
 */
const GLOB_SAFE = /^[\w.-]+(?:\/[\w.-]+)*$/;

export interface EarlyPagesOptions {
  inputDir: string;
  outputDir: string;
  /** Eleventy's configuration file, the one the served site is built with. */
  configPath: string;
  pathPrefix?: string;
  known: readonly OrderedArticle[];
}

/** Site paths of the pages written: articles first, then capture pages. */
export interface EarlyPages {
  articles: string[];
  captures: string[];
}

/** Eleventy's globs are relative to the working folder, with forward slashes. */
function globFolder(inputDir: string): string {
  return (path.relative('.', inputDir) || '.').split(path.sep).join('/');
}

/** Eleventy, with the served site's configuration, over `files` (entry names) and the capture pages' frame. */
function renderPages(files: readonly string[], render: EarlyRender, options: Omit<EarlyPagesOptions, 'known'>) {
  const input = globFolder(options.inputDir);
  const names = [...files.map((file) => `articles/${file}`), FRAME_TEMPLATE];
  const glob = names.length === 1 ? `${input}/${names[0]}` : `${input}/{${names.join(',')}}`;
  const eleventy = new Eleventy(glob, options.outputDir, {
    inputDir: options.inputDir,
    configPath: options.configPath,
    quietMode: true,
    ...(options.pathPrefix !== undefined && { pathPrefix: options.pathPrefix }),
    config: (eleventyConfig: UserConfig) => {
      (eleventyConfig as Marked)[EARLY_RENDER] = render;
    },
  });
  return eleventy.toJSON();
}

/**
 * Renders one entry and the frame, and writes nothing: the configuration and every module an article's page needs
 * are then loaded, which the first early pages would otherwise wait for (0.74 s against 0.30-0.39 s at 10,000
 * captures).
 */
export async function warmEarlyPages(options: Omit<EarlyPagesOptions, 'known'>): Promise<void> {
  if (!GLOB_SAFE.test(globFolder(options.inputDir))) return;
  const names = await readdir(path.join(options.inputDir, 'articles')).catch(() => [] as string[]);
  const entry = names.find((name) => name.endsWith('.md') && GLOB_SAFE.test(name));
  await renderPages(entry === undefined ? [] : [entry], { known: [], gone: new Set() }, options);
}

/** Renders and writes the pages of the entries `run` created or rewrote, and the capture pages of their captures. */
export async function writeEarlyPages(run: Pick<IngestRun, 'changes'>, options: EarlyPagesOptions): Promise<EarlyPages> {
  const written = run.changes.filter(({ file, change }) => change !== 'removed' && GLOB_SAFE.test(file));
  if (written.length === 0 || !GLOB_SAFE.test(globFolder(options.inputDir))) return { articles: [], captures: [] };
  const articlesDir = path.join(options.inputDir, 'articles');
  const urlOf = (file: string) => articleUrl(path.join(articlesDir, file));
  const files = [...new Set(written.map(({ file }) => file))];
  const render: EarlyRender = {
    known: options.known,
    gone: new Set(run.changes.filter(({ change }) => change === 'removed').map(({ file }) => urlOf(file))),
  };
  const pages = await renderPages(files, render, options);

  const wanted = new Set(files.map(urlOf));
  const articles: string[] = [];
  for (const page of pages) {
    if (page.url === false || !wanted.has(page.url) || page.outputPath === false) continue;
    await mkdir(path.dirname(page.outputPath), { recursive: true });
    await writeFile(page.outputPath, page.content);
    articles.push(page.url);
  }
  const frame = pages.find((page) => page.url === FRAME.path)?.content;
  if (frame === undefined) return { articles, captures: [] };
  const prefix = options.pathPrefix ?? '/';
  const built = new Set([...options.known.map((article) => article.url).filter((url) => !render.gone.has(url)), ...articles]);
  const linkOf = (file: string) => (built.has(urlOf(file)) ? prefixedPath(prefix, urlOf(file)) : null);
  // A capture without a record (an entry of a hand-made dump record) has no page.
  const recorded = new Set((await listCaptures(options.inputDir)).map(({ dump }) => dump));
  const captures = [...new Set(written.map(({ dump }) => dump))].filter((dump) => recorded.has(dump)).map((dump) => ({ dump }));
  await writeSomeCapturePages(frame, options.inputDir, options.outputDir, captures, linkOf);
  return { articles, captures: captures.map(({ dump }) => dump) };
}
