#!/usr/bin/env node
// Runs the command line from its compiled copy (see compiled.js); when there is none, runs the TypeScript through tsx.
import { compiledCli } from './compiled.js';

const cli = await compiledCli();
if (cli !== null) {
  await import(cli);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli.ts');
}
