// The parser and what it needs, as one entry point of the compiled copy (bin/compiled.js): npm run eval and the
// benchmark time the parser in the JavaScript the command line runs, not in tsx's on-the-fly translation, which
// wraps every function to keep its name and parses 5-15 % slower.
export { decodeDump } from './ingest/decodeDump.ts';
export { parseDump } from './ingest/parseDump.ts';
export { loadArchiveConfig } from './store/loadArchiveConfig.ts';
