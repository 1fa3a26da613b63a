// Child-process probe: parses a dump of N short lines and prints how long it took and whether every line got a verdict.
// Run as `node --import tsx tests/helpers/parseManyLines.ts N`; a separate process lets the test stop a slow parse.
import { parseDump } from '../../src/ingest/parseDump.ts';
import { archiveConfig } from './archiveConfig.ts';

const count = Number(process.argv[2] ?? '10000');
const text = Array.from({ length: count }, (_, i) => (i % 2 === 0 ? `Item ${i}` : `Menu Entry Number ${i}`)).join('\n');
const config = await archiveConfig();
const started = performance.now();
const result = parseDump(text, config);
const ms = performance.now() - started;
const explained = result.lines.every((l) => (l.kept ? l.role !== undefined : l.reason.length > 0));
process.stdout.write(JSON.stringify({ ms, lines: result.lines.length, explained, articles: result.articles.length }));
