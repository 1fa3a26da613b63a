// `npm run bench`: issue 7's benchmark. Generates N synthetic dumps, then in one run measures extraction throughput,
// cold ingest, re-ingest with nothing changed, the full build, a dump added while serving, and the baselines (bare
// Eleventy, Pagefind over it, a raw write floor), each step in a child process of its own; prints a table against the
// targets and writes the figures as JSON. Measurement only: it changes nothing in the repository but bench-results/.
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadArchiveConfig } from '../../src/store/loadArchiveConfig.ts';
import { PAGEFIND_MEMORY_SETTINGS } from '../../src/site/pagefindMemory.ts';
import { writeBareInput } from './bare/bareInput.ts';
import { generateDumps } from './generateDumps.ts';
import { runStep, writePagefindWrapper, type StepRun } from './measure.ts';
import { benchCommand } from './options.ts';
import { loadPalette } from './palette.ts';
import type { ParseRate } from './parseRate.ts';
import { hotFunctions } from './profileSummary.ts';
import { figures, formatResults, type BenchResults } from './report.ts';
import { dumpsToAdd, measureAddedDumps } from './serveStep.ts';
import { clearIngest, createWorkspace, REPO_ROOT, writeDumps, type Workspace } from './workspace.ts';

const CLI = path.join(REPO_ROOT, 'bin/news-archive.js');
/** Absolute, so a child finds the TypeScript loader whatever its working directory. */
const TSX = import.meta.resolve('tsx');
const SCRIPT = (name: string) => path.join(import.meta.dirname, name);
const RESULTS_DIR = path.join(REPO_ROOT, 'bench-results');
const HOT_FUNCTIONS = 15;
/**
 * A step runs with the heap `node` gives any command (about 4.3 GB on this machine); one that runs out of it is measured
 * again with this much, so the rest of the run still measures something, and its row says so.
 */
const LARGER_HEAP = '--max-old-space-size=16384';
const OUT_OF_HEAP = /heap out of memory|Allocation failed - JavaScript heap|Reached heap limit/i;
const PROFILED_STEPS = ['ingest-cold', 'ingest-unchanged', 'build'];

const options = benchCommand(
  'bench',
  "issue 7's benchmark: ingest, build, serve and baselines over N synthetic dumps",
  10_000,
  'keep the temporary folder (dumps, entries, sites, logs)',
)
  .option('--profile', 'record CPU profiles of ingest and build (slower steps) and list their hottest functions')
  .parse()
  .opts<{ n: number; seed: number; keep?: boolean; profile?: boolean }>();

const log = (message: string) => console.error(`[bench] ${message}`);

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  log(`${label}…`);
  const started = performance.now();
  const result = await work();
  log(`${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

/** The step's result, run again with a larger heap after it ran out of memory (`reset` first puts back what it needs). */
async function allowingLargerHeap<T>(name: string, run: (heap: string[]) => Promise<T>, reset: () => Promise<unknown>): Promise<{ value: T; note?: string }> {
  try {
    return { value: await run([]) };
  } catch (error) {
    if (!OUT_OF_HEAP.test(String(error))) throw error;
    log(`${name} ran out of memory with the default heap; measuring it again with ${LARGER_HEAP}`);
    await reset();
    return { value: await run([LARGER_HEAP]), note: `ran out of memory with Node's default heap; measured again with ${LARGER_HEAP}` };
  }
}

/** The JSON a child script prints as its last line. */
function lastJson<T>(run: StepRun): T {
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as T;
}

async function countFiles(dir: string, ending: string): Promise<number> {
  return (await readdir(dir, { recursive: true })).filter((f) => f.endsWith(ending)).length;
}

async function measure(workspace: Workspace): Promise<BenchResults> {
  const { n, seed } = options;
  const startedAt = new Date().toISOString();
  const loadAtStart = os.loadavg()[0]!;
  const palette = await loadPalette(path.join(REPO_ROOT, 'content/_data'));
  const wrapper = await writePagefindWrapper(workspace.root);
  const pagefindEnv: Record<string, string> = wrapper ? { PAGEFIND_EXTENDED_BINARY_PATH: wrapper } : {};
  const profile = (step: string) => (options.profile ? ['--cpu-prof', `--cpu-prof-dir=${path.join(workspace.logs, step, 'profile')}`] : []);
  // From the repository, as the project's own tests run the command line on archives in temporary folders.
  const step = (name: string, nodeArgs: string[], env?: Record<string, string>) =>
    timed(name, () => runStep({ name, nodeArgs, cwd: REPO_ROOT, logDir: workspace.logs, ...(env && { env }) }));

  const generationStarted = performance.now();
  const dumps = generateDumps(seed, n, palette);
  await writeDumps(workspace, dumps);
  const generationSeconds = (performance.now() - generationStarted) / 1000;
  const dumpsMB = dumps.reduce((sum, d) => sum + Buffer.byteLength(d.text), 0) / 1e6;
  log(`${n} dumps (${dumpsMB.toFixed(1)} MB) generated into ${workspace.dumps} in ${generationSeconds.toFixed(1)} s`);

  const extractionRun = await step('extraction', ['--import', TSX, SCRIPT('extractionSpeed.ts'), workspace.dumps, workspace.dataDir, workspace.intendedFile]);
  const extracted = lastJson<{ seconds: number; passSeconds: number[]; mbPerSecond: number; compiled: boolean } & ParseRate>(extractionRun);
  const ingest = (name: string) => (heap: string[]) => step(name, [...heap, ...profile(name), CLI, 'ingest', '--content', workspace.content]);
  const coldIngest = await allowingLargerHeap('ingest-cold', ingest('ingest-cold'), () => clearIngest(workspace));
  const reIngest = await allowingLargerHeap('ingest-unchanged', ingest('ingest-unchanged'), async () => undefined);
  const build = await allowingLargerHeap(
    'build',
    (heap) => step('build', [...heap, ...profile('build'), CLI, 'build', '--no-ingest', '--content', workspace.content, '--output', workspace.site], pagefindEnv),
    // A build that died leaves its staging folder without the mark of a finished build, which the next one refuses.
    () => rm(`${workspace.site}.building`, { recursive: true, force: true }),
  );

  const config = await loadArchiveConfig(workspace.dataDir);
  const added = dumpsToAdd(seed, n, palette, config, workspace.articles);
  const serve = await allowingLargerHeap(
    'serve',
    (heap) => timed('serve + three added dumps', () => measureAddedDumps(workspace, added, heap)),
    // The failed attempt may have ingested the new dumps already: they go, and ingest --prune takes their entries with
    // them (entry files deleted by hand instead would be ones ingest never writes again).
    async () => {
      await rm(workspace.servedSite, { recursive: true, force: true });
      for (const { dump } of added) await rm(path.join(workspace.dumps, dump.name), { force: true });
      await step('serve-reset', [LARGER_HEAP, CLI, 'ingest', '--prune', '--content', workspace.content]);
    },
  );

  const sizes = dumps.map((d) => Buffer.byteLength(d.text));
  await timed('bare site input', () => writeBareInput(workspace.bareInput, sizes, seed, palette));
  const bareEleventy = await step('bare-eleventy', ['--import', TSX, SCRIPT('bare/buildBare.ts'), workspace.bareInput, workspace.bareSite]);
  const barePagefind = await step('bare-pagefind', ['--import', TSX, SCRIPT('bare/indexBare.ts'), workspace.bareSite], pagefindEnv);
  // The build starts Pagefind with allocator settings of its own (src/site/pagefindProcess.ts): the same index of the
  // bare site with them shows how much of the build's lead over the baseline they alone make.
  const barePagefindTuned = await step('bare-pagefind-tuned', ['--import', TSX, SCRIPT('bare/indexBare.ts'), workspace.bareSite], {
    ...pagefindEnv,
    [PAGEFIND_MEMORY_SETTINGS.name]: PAGEFIND_MEMORY_SETTINGS.value,
  });
  const rawFloor = await step('raw-floor', ['--import', TSX, SCRIPT('rawFloor.ts'), workspace.rawFloor, workspace.sizesFile]);

  const { run: servedRun, ...served } = serve.value;
  return {
    n,
    seed,
    node: process.version,
    startedAt,
    cpus: os.availableParallelism(),
    loadAverage: { start: loadAtStart, end: os.loadavg()[0]! },
    dumpsMB,
    entries: await countFiles(workspace.articles, '.md'),
    builtPages: await countFiles(workspace.site, '.html'),
    barePages: lastJson<{ pages: number }>(bareEleventy).pages,
    generationSeconds,
    extraction: {
      ...figures(extractionRun),
      parseSeconds: extracted.seconds,
      passSeconds: extracted.passSeconds,
      mbPerSecond: extracted.mbPerSecond,
      compiled: extracted.compiled,
      parseRate: { intended: extracted.intended, found: extracted.found, misses: extracted.misses },
    },
    coldIngest: figures(coldIngest.value, coldIngest.note),
    reIngest: figures(reIngest.value, reIngest.note),
    build: figures(build.value, build.note),
    serve: { ...figures(servedRun, serve.note), ...served },
    bareEleventy: figures(bareEleventy),
    barePagefind: figures(barePagefind),
    barePagefindTuned: figures(barePagefindTuned),
    rawFloor: figures(rawFloor),
    workspace: workspace.root,
  };
}

async function printProfiles(workspace: Workspace): Promise<void> {
  for (const name of PROFILED_STEPS) {
    const hot = await hotFunctions(path.join(workspace.logs, name, 'profile'), HOT_FUNCTIONS);
    if (hot.length === 0) continue;
    console.log(`\nHottest functions (self time) in ${name}, profiled run:`);
    for (const f of hot) console.log(`  ${f.selfSeconds.toFixed(2).padStart(7)} s ${(100 * f.share).toFixed(1).padStart(5)} %  ${f.name}  ${f.where}`);
  }
}

const workspace = await createWorkspace();
log(`working in ${workspace.root}`);
try {
  const results = await measure(workspace);
  console.log(`\n${formatResults(results)}`);
  if (options.profile) await printProfiles(workspace);
  await mkdir(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `bench-n${options.n}-seed${options.seed}-${results.startedAt.replace(/[:.]/g, '-')}.json`);
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nFigures as JSON: ${path.relative(process.cwd(), file)}`);
  if (options.keep) console.log(`Kept: ${workspace.root} (logs of each step in logs/)`);
  else await rm(workspace.root, { recursive: true, force: true });
} catch (error) {
  console.error(`bench failed; the temporary folder is kept for a look: ${workspace.root}`);
  throw error;
}
