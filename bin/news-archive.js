#!/usr/bin/env node
// Runs the command line from its compiled copy (see compiled.js); when there is none, runs the TypeScript through tsx.
// `serve` always runs the sources: Eleventy reloads its configuration when a file it imports changes, which it sees
// only in the sources (the compiled copy of an edited file is a new copy elsewhere).
import { compiledCli } from './compiled.js';

const cli = process.argv[2] === 'serve' ? null : await compiledCli();
if (cli !== null) {
  await import(cli);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli.ts');
}
