// Eleventy configuration: where the archive's parts live and which site modules shape it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlBasePlugin, type UserConfig } from '@11ty/eleventy';
import { isSafeWebUrl } from './src/store/entrySchema.ts';
import { frontMatterOptions } from './src/site/frontMatterOptions.ts';
import { createMarkdown } from './src/site/markdown.ts';
import { buildArticles, sourceGroups, tagGroups, unsourcedArticles } from './src/site/articleCollections.ts';
import { datedArticles, undatedArticles } from './src/site/articleOrder.ts';
import { distinctNames } from './src/site/groupArticles.ts';
import { publicationDate } from './src/site/publicationDate.ts';
import { articleUrl, isEntryPath, sourceUrl, tagUrl } from './src/site/siteUrls.ts';
import { formatChanges } from './src/store/ingestReport.ts';
import { archivePaths, MACHINE_FILES } from './src/store/archivePaths.ts';
import { announceRun, holdEntryEventsWhile, releaseEntryEvents } from './src/site/entryAnnouncements.ts';
import { stylesheet } from './src/site/plugins/stylesheet.ts';
import { siteUrl } from './src/site/plugins/siteUrl.ts';
import { publicAddress, readNavigation, readPublishers, readSiteSettings } from './src/site/siteConfig.ts';
import { discovery } from './src/site/plugins/discovery.ts';
import { archive } from './src/site/plugins/archive.ts';
import { ServedArticles } from './src/site/earlyPages.ts';
import { serveThread, type EarlySettings, type ThreadRun } from './src/site/serveThread.ts';
import { research } from './src/site/plugins/research.ts';
import { servingBreaks } from './src/site/plugins/servingBreaks.ts';
import { pageMemory } from './src/site/plugins/pageMemory.ts';
import { PROJECT_ROOT } from './src/runtimeFiles.ts';

const TEMPLATES_DIR = path.join(PROJECT_ROOT, 'templates');

export default function configure(eleventyConfig: UserConfig) {
  const isEntry = (filePath: string) => isEntryPath(filePath, eleventyConfig.directories.input);
  // Forced, because a quiet build silences only progress, not a problem with the content.
  const warn = (message: string) =>
    eleventyConfig.logger.logWithOptions({ message, type: 'warn', color: 'yellow', force: true });
  const tell = (message: string) => eleventyConfig.logger.logWithOptions({ message, force: true });

  // Layouts, partials and the stylesheet are code: they live beside the code, not in the content folder.
  eleventyConfig.setIncludesDirectory(path.relative(eleventyConfig.directories.input, TEMPLATES_DIR));
  eleventyConfig.addPlugin(stylesheet, { sourceDir: path.join(TEMPLATES_DIR, 'assets', 'css') });
  // A file of the site's own: browsers ask for an icon on every page, and the security policy allows no data: image.
  eleventyConfig.addPassthroughCopy({ [path.join(TEMPLATES_DIR, 'assets', 'favicon.svg')]: 'favicon.svg' });
  eleventyConfig.addPlugin(HtmlBasePlugin);
  // What to build is the content folder, whatever the repository's .gitignore says (the ingest report is ignored by git).
  eleventyConfig.setUseGitIgnore(false);

  // Scraped text is data and plain Markdown: never code, never a template, never raw HTML.
  eleventyConfig.setFrontMatterParsingOptions(frontMatterOptions(isEntry));
  eleventyConfig.setLibrary('md', createMarkdown());
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true });

  eleventyConfig.addCollection('articles', (api) => buildArticles(api, isEntry));
  eleventyConfig.addCollection('tagGroups', (api) => tagGroups(buildArticles(api, isEntry), warn));
  eleventyConfig.addCollection('sourceGroups', (api) => sourceGroups(buildArticles(api, isEntry), warn));
  eleventyConfig.addCollection('unsourcedArticles', (api) => unsourcedArticles(buildArticles(api, isEntry)));

  eleventyConfig.addFilter('publicationDate', publicationDate);
  eleventyConfig.addFilter('datedArticles', datedArticles);
  eleventyConfig.addFilter('undatedArticles', undatedArticles);
  eleventyConfig.addFilter('tagUrl', tagUrl);
  eleventyConfig.addFilter('sourceUrl', sourceUrl);
  eleventyConfig.addFilter('distinctTags', (tags: string[]) => distinctNames(tags, tagUrl));
  // Site features, each a plugin of its own (src/site/plugins).
  // Eleventy loads these files as data itself; reading them here first stops a build on a mistake, naming file and field.
  const dataDir = path.join(eleventyConfig.directories.input, '_data');
  const address = publicAddress(readSiteSettings(dataDir));
  readNavigation(dataDir);
  readPublishers(dataDir);
  eleventyConfig.addPlugin(siteUrl, { address });
  eleventyConfig.addPlugin(discovery, { siteUrl: address });
  const served = new ServedArticles();
  eleventyConfig.addPlugin(archive, { served });
  eleventyConfig.addPlugin(research, { siteUrl: address });
  eleventyConfig.addPlugin(servingBreaks);
  eleventyConfig.addFilter('isSafeWebUrl', isSafeWebUrl);
  eleventyConfig.addFilter('entryUrl', articleUrl);

  const dumpsDir = path.join(eleventyConfig.directories.input, 'dumps');
  // Captures are ingested, never built: a Markdown or Nunjucks file dropped among them would run as a page, and its
  // front matter could set a permalink outside the output folder. Eleventy reads ignores from the working folder.
  const fromHere = (file: string) => path.relative('.', file);
  const ingestPaths = archivePaths(eleventyConfig.directories.input);
  eleventyConfig.ignores.add(path.join(fromHere(dumpsDir), '**'));
  // Capture records are read by the capture pages' own writer (writeCapturePages.ts), never as templates: Eleventy's
  // search for templates need not walk their 10,000 files at every build, and every page rendered early while serving.
  eleventyConfig.ignores.add(path.join(fromHere(ingestPaths.provenanceDir), '**'));
  // Eleventy's watcher does not take its ignores from those above. While serving, the dumps folder is watched directly
  // (watchDumps.ts); Eleventy's watcher reading it would only slow the ingest down. Ingest's manifest (no page reads
  // it), stat cache and seal change when it runs, which must not set off a rebuild; nor its report and capture
  // records, written by ingest alone: it names the report itself when its run ends, with the entries it wrote, so that
  // one rebuild takes them all (entryAnnouncements.ts).
  eleventyConfig.watchIgnores.add(path.join(fromHere(dumpsDir), '**'));
  eleventyConfig.watchIgnores.add(fromHere(ingestPaths.manifestFile));
  eleventyConfig.watchIgnores.add(fromHere(ingestPaths.reportFile));
  eleventyConfig.watchIgnores.add(path.join(fromHere(ingestPaths.provenanceDir), '**'));
  for (const name of MACHINE_FILES) eleventyConfig.watchIgnores.add(path.join(fromHere(eleventyConfig.directories.input), name));
  const earlySettings = (): EarlySettings => ({
    inputDir: eleventyConfig.directories.input,
    outputDir: eleventyConfig.directories.output,
    configPath: fileURLToPath(import.meta.url),
    ...(eleventyConfig.pathPrefix !== undefined && { pathPrefix: eleventyConfig.pathPrefix }),
  });
  /** Tells what a run of serve's thread did; its entries and report, announced, start the rebuild that lists them. */
  const tellRun = (run: ThreadRun) => {
    if (run.early !== null && 'failed' in run.early) warn(`the changed pages are served once the rebuild ends: rendering them first failed (${run.early.failed})`);
    else if (run.early !== null && run.early.articles.length > 0) tell(`served before the rebuild: ${run.early.articles.join(', ')}`);
    announceRun(run, ingestPaths.articlesDir, ingestPaths.reportFile);
    if (!run.sealed) warn(`ingested the changed captures: ${formatChanges(run).split('\n').at(-1)}`);
  };
  // Entry files a run writes are named by the run itself once it ends; the watcher's word on them meanwhile waits.
  holdEntryEventsWhile(() => serveThread.runUnderWay());
  eleventyConfig.on('eleventy.before', ({ runMode }) => {
    if (runMode !== 'serve') return;
    serveThread.warm(eleventyConfig.directories.input, earlySettings());
    // From the first build on, during builds too, on serve's thread: a capture's page need not wait for the build under
    // way, which holds this thread (see serveThread.ts).
    serveThread.watch(dumpsDir, eleventyConfig.directories.input, earlySettings(), {
      ran: tellRun,
      failed: (message) => {
        releaseEntryEvents();
        warn(`ingesting the changed captures failed: ${message}`);
      },
      unwatchable: (message) => warn(`${dumpsDir}: cannot watch this folder (${message}); captures added while serving are ingested when serve or ingest next starts`),
    });
  });
  eleventyConfig.on('eleventy.after', async ({ runMode }) => {
    if (runMode !== 'serve') return;
    serveThread.served(served.articles);
  });
  // A rebuild waits for the run under way, rather than read the archive half-way through it.
  eleventyConfig.on('eleventy.beforeWatch', () => serveThread.runsEnded());
  // Last, so that its transforms are the last (see pageMemory.ts).
  eleventyConfig.addPlugin(pageMemory);

  return {
    // Entries (.md) are Markdown and nothing else; only our own pages (.njk) are templates, all in one engine.
    templateFormats: ['md', 'njk'],
    markdownTemplateEngine: false,
    htmlTemplateEngine: 'njk',
  };
}
