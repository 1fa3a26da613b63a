// `npm run bench:ingest -- --n 100000`: the ingest half of the benchmark alone, for archive sizes whose site build
// would not fit in this machine's memory (see README, Performance): generates N dumps as `npm run bench` does, then
// measures a cold ingest and a re-ingest with nothing changed, each in a child process of its own.
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { generateDumps } from './generateDumps.ts';
import { runStep, type StepRun } from './measure.ts';
import { benchCommand } from './options.ts';
import { loadPalette } from './palette.ts';
import { createWorkspace, REPO_ROOT, writeDumps } from './workspace.ts';

const CLI = path.join(REPO_ROOT, 'bin/news-archive.js');

const options = benchCommand('bench:ingest', 'cold ingest and unchanged re-ingest over N synthetic dumps', 100_000, 'keep the temporary folder')
  .parse()
  .opts<{ n: number; seed: number; keep?: boolean }>();

const workspace = await createWorkspace();
const log = (message: string) => console.error(`[bench:ingest] ${message}`);
log(`working in ${workspace.root}`);
const palette = await loadPalette(path.join(REPO_ROOT, 'content/_data'));
const generated = performance.now();
const dumps = generateDumps(options.seed, options.n, palette);
await writeDumps(workspace, dumps);
const megabytes = dumps.reduce((sum, d) => sum + Buffer.byteLength(d.text), 0) / 1e6;
log(`${options.n} dumps (${megabytes.toFixed(1)} MB) generated in ${((performance.now() - generated) / 1000).toFixed(1)} s`);

const rows: [string, StepRun][] = [];
for (const name of ['ingest-cold', 'ingest-unchanged']) {
  log(`${name}…`);
  rows.push([name, await runStep({ name, nodeArgs: [CLI, 'ingest', '--content', workspace.content], cwd: REPO_ROOT, logDir: workspace.logs })]);
}

console.log(`\nnpm run bench:ingest: N = ${options.n.toLocaleString('en')} dumps (seed ${options.seed}, ${megabytes.toFixed(1)} MB), Node ${process.version}, ${os.availableParallelism()} CPUs`);
for (const [name, run] of rows) {
  const peak = run.selfPeakMB ?? run.treePeakMB;
  console.log(`  ${name.padEnd(17)} ${run.seconds.toFixed(1).padStart(8)} s   peak RSS ${peak === null ? '-' : `${peak.toFixed(0)} MB`}   ${run.stdout.trim().split('\n').at(-2) ?? ''}`);
}
if (options.keep) console.log(`Kept: ${workspace.root}`);
else await rm(workspace.root, { recursive: true, force: true });
