// Child process of the benchmark: extraction throughput on one thread (decode and parse, as ingest does them, with
// file reading and start-up left out), then how many of the articles each dump was generated to hold the parser found.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Article } from '../../src/ingest/types.ts';
import { loadParser } from '../compiledParser.ts';
import type { GeneratedDump } from './generateDumps.ts';
import { foundArticles, type ParsedArticle } from './parseRate.ts';

const [dumpsDir, dataDir, intendedFile] = process.argv.slice(2);
if (!dumpsDir || !dataDir || !intendedFile) throw new Error('usage: extractionSpeed.ts DUMPS_DIR DATA_DIR INTENDED_JSON');

// Timed as ingest runs it: the compiled copy of the parser.
const { parser, compiled } = await loadParser(path.resolve(import.meta.dirname, '../..'));
const { decodeDump, parseDump, loadArchiveConfig } = parser;
const config = await loadArchiveConfig(dataDir);
const names = readdirSync(dumpsDir).filter((n) => n.endsWith('.txt')).sort();
const inputs = names.map((n) => new Uint8Array(readFileSync(path.join(dumpsDir, n))));
const bytes = inputs.reduce((sum, b) => sum + b.length, 0);

/**
 * Passes over all the dumps; the fastest is reported, as the least disturbed by the machine (one pass of the same code
 * read 8.3 MB/s in one benchmark and 12.5 MB/s in the next, 15 minutes apart). The first pass also gives the parse rate.
 */
const PASSES = 2;
// Only the fields the parse rate compares are kept, so 10,000 parsed pages do not weigh on the measured memory.
const parsed = new Map<string, ParsedArticle[]>();
const keep = ({ headline, source, date, on_topic }: Article): ParsedArticle => ({ headline, source, date, on_topic });
const passSeconds: number[] = [];
for (let pass = 0; pass < PASSES; pass += 1) {
  const started = performance.now();
  inputs.forEach((input, k) => {
    const decoded = decodeDump(input);
    if (!decoded.ok) return;
    const articles = parseDump(decoded.text, config).articles;
    if (pass === 0) parsed.set(names[k]!, articles.map(keep));
  });
  passSeconds.push((performance.now() - started) / 1000);
}
const seconds = Math.min(...passSeconds);

const intended = JSON.parse(readFileSync(intendedFile, 'utf8')) as Pick<GeneratedDump, 'name' | 'articles'>[];
const rate = foundArticles(intended, (name) => parsed.get(name) ?? []);
console.log(JSON.stringify({ dumps: names.length, bytes, seconds, passSeconds, mbPerSecond: bytes / 1e6 / seconds, compiled, ...rate }));
