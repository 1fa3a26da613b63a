// `npm run eval`: scores the parser, through the `extract --json` command, on the extraction benchmark sets and the gold fixture sets; prints one table.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
// @ts-expect-error the benchmark's own scorer is plain JavaScript without type declarations
import { score } from '../tests/helpers/scoreExtraction.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const CLI = path.join(ROOT, 'bin/news-archive.js');
const FIXTURES = path.join(ROOT, 'tests/fixtures');

interface ExtractedArticle {
  headline: string | null;
  source: string | null;
  date: string | null;
  body: string;
  summary: string | null;
  byline: string | null;
  url: string | null;
  via: string | null;
  on_topic: boolean;
}

interface ExtractRecord {
  file: string;
  error: string | null;
  articles: ExtractedArticle[];
}

interface ScoreResult {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  n: number;
}

interface GoldFixture {
  articles: { headline: string; source?: string | null; date?: string | null; body: string[] }[];
  skipped: { headline: string }[];
  must_not_contain: string[];
}

function extract(files: string[], anyTopic: boolean): ExtractRecord[] {
  const args = [CLI, 'extract', '--json', ...(anyTopic ? ['--any-topic'] : []), ...files];
  return JSON.parse(execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })) as ExtractRecord[];
}

/** A benchmark set: `*.txt` dumps beside `gold.json` ({id: {articleBody}}); the main article's body is scored. */
function scoreBenchmark(dir: string): ScoreResult & { seconds: number } {
  const gold = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')) as Record<string, { articleBody: string }>;
  const files = Object.keys(gold).map((id) => path.join(dir, `${id}.txt`)).filter(existsSync);
  const started = performance.now();
  const records = extract(files, true);
  const seconds = (performance.now() - started) / 1000;
  const predictions = Object.fromEntries(records.map((r) => [path.basename(r.file, '.txt'), r.articles[0]?.body ?? '']));
  return { ...(score(gold, predictions) as ScoreResult), seconds };
}

function rate(hits: number, total: number): string {
  return total === 0 ? '   -' : (hits / total).toFixed(3);
}

/** A fixture set: gold articles (headline, source, date, body) and cruft that must never appear. */
function scoreFixtures(dir: string) {
  const gold = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<string, GoldFixture>;
  const records = extract(Object.keys(gold).map((f) => path.join(dir, f)), false);
  let articles = 0;
  let headlines = 0;
  let sources = 0;
  let dates = 0;
  let leaks = 0;
  let extra = 0;
  const goldBodies: Record<string, string> = {};
  const predicted: Record<string, string> = {};
  for (const record of records) {
    const expected = gold[path.basename(record.file)]!;
    for (const [i, g] of expected.articles.entries()) {
      articles += 1;
      const found = record.articles.find((a) => a.headline === g.headline);
      const id = `${path.basename(record.file)}#${i}`;
      goldBodies[id] = g.body.join('\n\n');
      predicted[id] = found?.body ?? '';
      if (!found) continue;
      headlines += 1;
      if (!('source' in g) || found.source === g.source) sources += 1;
      if (!('date' in g) || found.date === g.date) dates += 1;
    }
    extra += record.articles.filter((a) => !expected.articles.some((g) => g.headline === a.headline)).length;
    const text = JSON.stringify(record.articles);
    leaks += expected.must_not_contain.filter((cruft) => text.includes(JSON.stringify(cruft).slice(1, -1))).length;
  }
  const bodies = score(Object.fromEntries(Object.entries(goldBodies).map(([k, v]) => [k, { articleBody: v }])), predicted) as ScoreResult;
  return { dumps: records.length, articles, headline: rate(headlines, articles), source: rate(sources, articles), date: rate(dates, articles), f1: bodies.f1, leaks, extra };
}

function fixtureSets(): string[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(FIXTURES, d.name, 'expected.json')))
    .map((d) => path.join(FIXTURES, d.name));
}

function benchmarkSets(extra: string[]): string[] {
  const bundled = readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(FIXTURES, d.name, 'gold.json')))
    .map((d) => path.join(FIXTURES, d.name));
  return [...bundled, ...extra.map((d) => path.resolve(d))];
}

const { values } = parseArgs({ options: { set: { type: 'string', multiple: true } } });
const extraSets = [...(values.set ?? []), ...(process.env.EVAL_SETS?.split(path.delimiter).filter(Boolean) ?? [])];

console.log('Body extraction (benchmark metric: F1 over word 4-shingles of articles[0].body, topic rules off)');
console.log('set                          pages  precision  recall     F1  exact  seconds');
for (const dir of benchmarkSets(extraSets)) {
  const r = scoreBenchmark(dir);
  console.log(
    `${path.relative(ROOT, dir).padEnd(28)} ${String(r.n).padStart(5)}  ${r.precision.toFixed(3).padStart(9)}  ${r.recall.toFixed(3).padStart(6)}  ${r.f1.toFixed(3).padStart(5)}  ${r.accuracy.toFixed(3).padStart(5)}  ${r.seconds.toFixed(1).padStart(7)}`,
  );
}
console.log('\nGold fixtures (exact-match rates over gold articles; body F1; cruft strings leaked; articles beyond the gold)');
console.log('set                          dumps  articles  headline  source   date  body F1  leaks  extra');
for (const dir of fixtureSets()) {
  const r = scoreFixtures(dir);
  console.log(
    `${path.relative(ROOT, dir).padEnd(28)} ${String(r.dumps).padStart(5)}  ${String(r.articles).padStart(8)}  ${r.headline.padStart(8)}  ${r.source.padStart(6)}  ${r.date.padStart(5)}  ${r.f1.toFixed(3).padStart(7)}  ${String(r.leaks).padStart(5)}  ${String(r.extra).padStart(5)}`,
  );
}
