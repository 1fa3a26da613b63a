// The parser as the command line runs it, for the scripts that time it: the compiled copy's `parser` entry point
// (bin/compiled.js), or the sources through tsx when no copy can be made, which the caller says it timed.
import { compiledEntry } from '../bin/compiled.js';

export type ParserModule = typeof import('../src/parserEntry.ts');

export interface LoadedParser {
  parser: ParserModule;
  /** False when the copy could not be made and the sources are timed instead (5-15 % slower through tsx). */
  compiled: boolean;
}

export async function loadParser(root: string): Promise<LoadedParser> {
  const url = await compiledEntry('parser', root);
  if (url !== null) return { parser: (await import(url)) as ParserModule, compiled: true };
  return { parser: await import('../src/parserEntry.ts'), compiled: false };
}
