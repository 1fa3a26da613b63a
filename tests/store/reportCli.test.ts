// The report command: per-dump lines for skipped articles, warnings, errors, edited and orphaned entries; --json prints the stored report.
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArchive } from '../../src/store/ingestArchive.ts';
import { formatReport, type IngestReport } from '../../src/store/ingestReport.ts';
import { articlePath, dumpReport, generatedDump, makeContent, putDump, readArticle, removeContent, runCli, SEED_NAMES, seedText, type CliResult } from '../helpers/storeArchive.ts';

/** Sample 000: an aggregator page with two undated on-topic articles and two off-topic ones. */
const AGGREGATOR = SEED_NAMES[0];

let content: string;
let empty: string;
let report: IngestReport;
let text: CliResult;
let json: CliResult;
let none: CliResult;
let rerun: CliResult;
let editedFile: string;
let orphanFile: string;

beforeAll(async () => {
  content = await makeContent('report-');
  empty = await makeContent('report-none-');
  await putDump(content, AGGREGATOR, await seedText(AGGREGATOR));
  await putDump(content, 'wire-0.txt', generatedDump(0));
  await putDump(content, 'wire-1.txt', generatedDump(1));
  await putDump(content, 'blank.txt', '');
  const first = await ingestArchive(content);
  editedFile = dumpReport(first.report, 'wire-0.txt').entries[0]!.file;
  orphanFile = dumpReport(first.report, 'wire-1.txt').entries[0]!.file;
  await writeFile(articlePath(content, editedFile), (await readArticle(content, editedFile)).replace(/\n$/, '\n\nAdded by the archivist.\n'));
  await rm(path.join(content, 'dumps', 'wire-1.txt'));
  report = (await ingestArchive(content)).report;
  [text, json, none] = await Promise.all([
    runCli(['report', '--content', content]),
    runCli(['report', '--content', content, '--json']),
    runCli(['report', '--content', empty]),
  ]);
  // Nothing changed since: every dump's report is carried over from the run before.
  rerun = await runCli(['ingest', '--content', content]);
});

afterAll(async () => {
  await removeContent(content);
  await removeContent(empty);
});

const lines = () => text.stdout.trimEnd().split('\n');

describe('news-archive report', () => {
  it('exits 0 and gives one line per matter, each starting with its dump, then a summary line', () => {
    expect(text.code).toBe(0);
    expect(text.stderr).toBe('');
    const all = lines();
    const dumps = new Set(report.dumps.map((d) => d.dump));
    for (const line of all.slice(0, -1)) expect(dumps.has(line.slice(0, line.indexOf(': '))), line).toBe(true);
    expect(all.at(-1)).toBe('3 dumps, 4 entries (1 edited by hand), 2 articles skipped, 1 dumps failed, 0 duplicates, 1 orphaned');
  });

  it('prints each skipped article with its headline and reason', () => {
    const skipped = dumpReport(report, AGGREGATOR).skipped;
    expect(skipped.map((s) => s.headline)).toEqual([
      'Putin Says Russia to Seek Defense Cuts Though It Depends on War',
      '6 Americans detained in South Korea for trying to send rice and Bibles to North Korea by sea',
    ]);
    expect(lines()).toContain(`${AGGREGATOR}: skipped "Putin Says Russia to Seek Defense Cuts Though It Depends on War": off-topic: no mention of North Korea`);
    expect(lines()).toContain(`${AGGREGATOR}: skipped "6 Americans detained in South Korea for trying to send rice and Bibles to North Korea by sea": off-topic: North Korea, but not the war`);
  });

  it('prints the warnings of entries: no date stated, source unknown', () => {
    for (const e of dumpReport(report, AGGREGATOR).entries) expect(lines()).toContain(`${AGGREGATOR}: ${e.file}: no date stated`);
    expect(lines()).toContain(`wire-0.txt: ${editedFile}: source unknown`);
  });

  it('prints the error of a dump that could not be ingested', () => {
    expect(lines().filter((l) => l.startsWith('blank.txt: '))).toEqual(['blank.txt: empty file: the capture holds no text (capture the page again)']);
  });

  it('prints entries edited by hand and entries whose dump is gone', () => {
    expect(lines()).toContain(`wire-0.txt: ${editedFile} was edited by hand; ingest wrote nothing over it`);
    expect(lines()).toContain(`wire-1.txt: the dump is gone; its entry ${orphanFile} is kept (orphaned)`);
  });

  it('with --json prints the stored report exactly', async () => {
    expect(json.code).toBe(0);
    const stored = await readFile(path.join(content, '_data', 'ingestReport.json'), 'utf8');
    expect(json.stdout).toBe(stored);
    expect(JSON.parse(json.stdout)).toEqual(report);
  });

  it('ingest with nothing changed counts the warnings and skips it already told instead of repeating them, and still names failures, edits and gone dumps', () => {
    expect(rerun.code).toBe(0);
    const out = rerun.stdout.split('\n');
    expect(out.some((l) => l.startsWith(`${AGGREGATOR}: `))).toBe(false);
    expect(out.some((l) => l.includes(': skipped "') || l.endsWith(': no date stated'))).toBe(false);
    const told = report.dumps.reduce((n, d) => n + d.skipped.length + d.entries.reduce((m, e) => m + e.warnings.length, 0), 0);
    expect(told).toBeGreaterThan(3);
    expect(out).toContain(`${told} warnings and skipped articles of dumps unchanged since they were read are not repeated: \`news-archive report\` lists them`);
    expect(out).toContain('blank.txt: empty file: the capture holds no text (capture the page again)');
    expect(out).toContain(`wire-0.txt: ${editedFile} was edited by hand; ingest wrote nothing over it`);
    expect(out).toContain(`wire-1.txt: the dump is gone; its entry ${orphanFile} is kept (orphaned)`);
    expect(out).toContain('3 dumps, 4 entries (1 edited by hand), 2 articles skipped, 1 dumps failed, 0 duplicates, 1 orphaned');
  });

  it('a dump read in this run has its warnings and skips printed in full, the others counted', () => {
    const out = formatReport(report, new Set([AGGREGATOR])).split('\n');
    for (const e of dumpReport(report, AGGREGATOR).entries) expect(out).toContain(`${AGGREGATOR}: ${e.file}: no date stated`);
    expect(out.filter((l) => l.startsWith(`${AGGREGATOR}: skipped "`))).toHaveLength(2);
    expect(out).not.toContain(`wire-0.txt: ${editedFile}: source unknown`);
    expect(out).toContain(`${dumpReport(report, 'wire-0.txt').entries[0]!.warnings.length} warnings and skipped articles of dumps unchanged since they were read are not repeated: \`news-archive report\` lists them`);
    expect(formatReport(report, new Set(report.dumps.map((d) => d.dump)))).toBe(text.stdout.trimEnd());
  });

  it('briefly, as build tells it, names failures, hand edits and gone dumps and only counts the articles\' warnings and skips', () => {
    const out = formatReport(report, new Set([AGGREGATOR]), { brief: true }).split('\n');
    expect(out).toContain('blank.txt: empty file: the capture holds no text (capture the page again)');
    expect(out).toContain(`wire-0.txt: ${editedFile} was edited by hand; ingest wrote nothing over it`);
    expect(out).toContain(`wire-1.txt: the dump is gone; its entry ${orphanFile} is kept (orphaned)`);
    expect(out.some((l) => l.includes(': skipped "') || l.endsWith(': no date stated'))).toBe(false);
    const counted = report.dumps.reduce((n, d) => n + d.skipped.length + d.entries.reduce((m, e) => m + e.warnings.length, 0), 0);
    expect(out).toContain(`${counted} warnings and skipped articles: \`news-archive report\` lists them`);
    expect(out.at(-1)).toBe('3 dumps, 4 entries (1 edited by hand), 2 articles skipped, 1 dumps failed, 0 duplicates, 1 orphaned');
  });

  it('exits non-zero and says to run ingest first when there is no report yet', () => {
    expect(none.code).toBe(1);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('no ingest report yet; run "news-archive ingest" first');
  });
});
