// The command line: thin wrappers over the library, and the only place that prints or sets the exit status.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import v8 from 'node:v8';
import path from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { heapAdvice } from './site/heapAdvice.ts';
import { archivePaths } from './store/archivePaths.ts';
import { ingestOrTell } from './store/ingestArchive.ts';
import { formatChanges, formatReport, reportTotals, type IngestReport } from './store/ingestReport.ts';

// Output piped into `head` or a pager that quits early closes the pipe: that is the reader's choice, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

function parseInstant(value: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime()) || !/\d{4}-\d{2}-\d{2}T/.test(value)) {
    throw new InvalidArgumentError('expected an ISO 8601 time such as 2024-11-01T10:00:00Z');
  }
  return date;
}

function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new InvalidArgumentError('expected a port number from 1 to 65535');
  return n;
}

function parseBytes(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive number of bytes');
  return n;
}

const contentOption = new Option('--content <dir>', 'the archive folder (dumps/, articles/, _data/)').default('content');
const capturedAtOption = new Option('--captured-at <iso>', 'capture time for relative dates ("2 hours ago"), overriding sidecars').argParser(parseInstant);
const maxBytesOption = new Option('--max-bytes <n>', 'largest dump accepted, in bytes').argParser(parseBytes);

interface IngestFlags {
  content: string;
  capturedAt?: Date;
  maxBytes?: number;
  quiet?: boolean;
  force?: string[];
  prune?: boolean;
}

/** Runs ingest and tells what it made of the archive; returns how many captures failed. */
async function runIngest(options: IngestFlags): Promise<number> {
  const run = await ingestOrTell(options.content, { capturedAt: options.capturedAt, maxBytes: options.maxBytes, force: options.force, prune: options.prune });
  const failed = run.sealed ? run.failed : reportTotals(run.report).failed;
  if (!options.quiet) console.log(run.sealed ? run.told : formatReport(run.report, new Set(run.parsed)));
  // Brief, as `build` tells it: failures, hand edits and conflicts by name, the articles' warnings counted. A sealed
  // run, where nothing changed, says only the totals, and where the names are when something failed.
  else if (!run.sealed) console.log(formatReport(run.report, new Set(run.parsed), { brief: true }));
  else console.log(`${run.told.split('\n').at(-1)}${failed > 0 ? ' (`news-archive report` names the dumps that failed)' : ''}`);
  console.log(formatChanges(run));
  // A file named to --force that is no entry forces nothing: said, rather than passed over.
  const articlesDir = archivePaths(options.content).articlesDir;
  for (const file of options.force ?? []) {
    if (!existsSync(path.join(articlesDir, path.basename(file)))) console.warn(`warning: --force ${file}: no such entry in ${articlesDir}; nothing regenerated for it`);
  }
  return failed;
}

/** A build that may outgrow Node's heap is said so before it starts, with the setting that lifts the limit. */
async function adviseOnHeap(contentDir: string, command: 'build' | 'serve'): Promise<void> {
  const { listFiles } = await import('./store/entryFiles.ts');
  const entries = await listFiles(archivePaths(contentDir).articlesDir, /\.md$/);
  const advice = heapAdvice(entries.length, v8.getHeapStatistics().heap_size_limit, command);
  if (advice) console.warn(`warning: ${advice}`);
}

const program = new Command()
  .name('news-archive')
  .description('Captured news pages in, a clean tag-linked static archive out.')
  .showHelpAfterError();

program
  .command('ingest')
  .description('turn the dumps in <content>/dumps into entries in <content>/articles, never overwriting hand edits')
  .addOption(contentOption)
  .addOption(capturedAtOption)
  .addOption(maxBytesOption)
  .option('--strict', 'exit non-zero when any dump could not be ingested')
  .option('--force <files...>', 'regenerate these entry files even though edited by hand (the edit is kept as a .bak beside each)')
  .option('--prune', 'remove the entries of dumps that are gone (edited ones only with --force)')
  .action(async (options) => {
    const failed = await runIngest(options);
    if (options.strict && failed > 0) process.exitCode = 1;
  });

program
  .command('extract')
  .description('print what the parser finds in dump files, writing nothing')
  .argument('<files...>', 'dump files')
  .option('--json', 'print machine-readable records: file, error, articles (headline, source, date, body, tags, lines…), skipped')
  .option('--any-topic', 'list every article found, ignoring the topic rules')
  .option('--trace', 'explain every decision on standard error')
  .option('--no-publisher-rules', "leave out the registry's per-outlet cleanup rules: what the general rules alone find")
  .addOption(contentOption)
  .addOption(capturedAtOption)
  .addOption(maxBytesOption)
  .action(async (files: string[], options) => {
    // The configuration's schemas (zod) are loaded by the commands that need them: an unchanged re-ingest does not, and
    // loading them took a tenth of its time.
    const { extractFile } = await import('./store/extractFiles.ts');
    const { loadArchiveConfig } = await import('./store/loadArchiveConfig.ts');
    const config = await loadArchiveConfig(archivePaths(options.content).dataDir);
    const records = [];
    for (const file of files) {
      const trace = options.trace ? (m: string) => console.error(`${path.basename(file)}: ${m}`) : undefined;
      records.push(await extractFile(file, config, {
        anyTopic: options.anyTopic, capturedAt: options.capturedAt, maxBytes: options.maxBytes, publisherRules: options.publisherRules, trace,
      }));
    }
    if (options.json) {
      console.log(JSON.stringify(records, null, 2));
      return;
    }
    for (const r of records) {
      console.log(`${r.file}${r.error ? `: ${r.error}` : ''}`);
      for (const a of r.articles) console.log(`  ${a.headline} | ${a.source ?? 'source unknown'} | ${a.date ?? 'date not stated'} | lines ${a.lines.join('-')}`);
      for (const s of r.skipped) console.log(`  skipped: ${s.headline ?? '(no headline)'}: ${s.reason}`);
    }
  });

program
  .command('build')
  .description('ingest, then render the site with Eleventy')
  .addOption(contentOption)
  .option('--output <dir>', 'where the site is written', '_site')
  .addOption(new Option('--path-prefix <prefix>', 'serve the site from a subfolder, e.g. /archive/').env('PATH_PREFIX'))
  .option('--no-ingest', 'render the entries as they are, without reading the dumps')
  .option('--strict', 'exit non-zero when any dump could not be ingested (the site is still built)')
  .addOption(capturedAtOption)
  .addOption(maxBytesOption)
  .action(async (options) => {
    const failed = options.ingest ? await runIngest({ ...options, quiet: true }) : 0;
    if (options.strict && failed > 0) process.exitCode = 1;
    await adviseOnHeap(options.content, 'build');
    // Eleventy is loaded only by the commands that render, so extract and ingest start quickly.
    const { buildSite } = await import('./site/buildSite.ts');
    await buildSite({ inputDir: options.content, outputDir: options.output, pathPrefix: options.pathPrefix, quiet: true });
    console.log(`site written to ${options.output}/`);
  });

program
  .command('serve')
  .description('ingest, build, then serve the site locally with live reload')
  .addOption(contentOption)
  .option('--port <n>', 'port for the local server', parsePort, 8080)
  .option('--output <dir>', 'where the site is written', '_site')
  .addOption(capturedAtOption)
  .action(async (options) => {
    await runIngest({ ...options, quiet: true });
    await adviseOnHeap(options.content, 'serve');
    const { serveSite } = await import('./site/buildSite.ts');
    await serveSite({ inputDir: options.content, outputDir: options.output, port: options.port });
  });

program
  .command('preview')
  .description('serve a built site as a static host would (no rebuilding), to check it before publishing')
  .option('--output <dir>', 'the built site', '_site')
  .option('--port <n>', 'port for the local server', parsePort, 8080)
  .addOption(new Option('--path-prefix <prefix>', 'the prefix the site was built with').env('PATH_PREFIX'))
  .action(async (options) => {
    const { previewSite } = await import('./site/previewSite.ts');
    const preview = await previewSite({ outputDir: options.output, port: options.port, pathPrefix: options.pathPrefix });
    console.log(`serving ${options.output}/ at ${preview.url} (Ctrl+C to stop)`);
  });

program
  .command('report')
  .description('summarise the last ingest: entries, skipped articles, warnings, errors, edited and orphaned entries')
  .addOption(contentOption)
  .option('--json', 'print the report as JSON')
  .action(async (options) => {
    const file = archivePaths(options.content).reportFile;
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      console.error(`${file}: no ingest report yet; run "news-archive ingest" first`);
      process.exitCode = 1;
      return;
    }
    console.log(options.json ? text.trimEnd() : formatReport(JSON.parse(text) as IngestReport));
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  console.error(`news-archive: ${(error as Error).message}`);
  process.exitCode = 1;
}
