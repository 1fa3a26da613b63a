// The benchmark's figures → the table it prints (each step beside the issue's target, pass or fail) and its ratios.
import type { ProcessPeak, StepRun } from './measure.ts';
import type { ParseRate } from './parseRate.ts';
import type { AddedDump, ServeMeasurement } from './serveStep.ts';

/** Issue 7's targets. */
export const TARGETS = {
  coldIngestSeconds: 10,
  /** The N the time targets were set for; at another N they are scaled linearly and marked so. */
  atN: 10_000,
  extractionMBps: 20,
  reIngestSeconds: 1,
  buildRatio: 1.0,
  servedSeconds: 2,
  /** 1.5 GB, counted in MB of 10^6 bytes like every memory figure here. */
  peakMB: 1500,
} as const;

/** Measured earlier on this machine (bare Eleventy with tag pages and a paginated index), for context. */
const EARLIER_REFERENCE =
  'earlier on this machine: bare Eleventy 1.95 s @1k, 5.96 s @4k, 41.1 s @16k; raw write floor 0.41 / 1.22 / 4.93 s; Pagefind 2.6 / 12.2 / 55.6 s';

export interface StepFigures {
  seconds: number;
  selfPeakMB: number | null;
  treePeakMB: number | null;
  /** Pagefind processes the step started (null: not measured separately, for want of /usr/bin/time). */
  pagefind: ProcessPeak[] | null;
  /** How the step had to be run differently from a user's command, if it had to. */
  note?: string;
}

export interface BenchResults {
  n: number;
  seed: number;
  node: string;
  startedAt: string;
  cpus: number;
  /** The machine's one-minute load average as the run started and ended: anything else running skews every figure. */
  loadAverage: { start: number; end: number };
  dumpsMB: number;
  /** Entry files ingest wrote, and pages the build wrote. */
  entries: number;
  builtPages: number;
  barePages: number;
  generationSeconds: number;
  /** compiled: timed in the compiled copy ingest runs, false when only the sources through tsx could be. */
  extraction: StepFigures & { parseSeconds: number; passSeconds: number[]; mbPerSecond: number; compiled: boolean; parseRate: ParseRate };
  coldIngest: StepFigures;
  reIngest: StepFigures;
  build: StepFigures;
  serve: StepFigures & Omit<ServeMeasurement, 'run'>;
  bareEleventy: StepFigures;
  barePagefind: StepFigures;
  /** The same index with the allocator settings the build gives Pagefind. */
  barePagefindTuned: StepFigures;
  rawFloor: StepFigures;
  /** Folder of the logs (gone unless --keep). */
  workspace: string;
}

export function figures(run: StepRun, note?: string): StepFigures {
  return { seconds: run.seconds, selfPeakMB: run.selfPeakMB, treePeakMB: run.treePeakMB, pagefind: run.pagefind, ...(note && { note }) };
}

/** The step's own process's peak; /usr/bin/time's when the process did not report its own. */
const ownPeak = (s: StepFigures) => s.selfPeakMB ?? s.treePeakMB;

function pagefindOf(s: StepFigures): ProcessPeak | null {
  if (!s.pagefind || s.pagefind.length === 0) return null;
  return { peakMB: Math.max(...s.pagefind.map((p) => p.peakMB)), seconds: s.pagefind.reduce((sum, p) => sum + p.seconds, 0) };
}

interface Row {
  step: string;
  seconds: number | null;
  peakMB: number | null;
  target: string;
  result: string;
}

const verdict = (ok: boolean) => (ok ? 'pass' : 'FAIL');
/** Marks a step that had to run with a larger heap; the note under the table says why. */
const noted = (s: StepFigures) => (s.note ? ' (heap raised, see notes)' : '');
const servedVerdict = (added: AddedDump, limitSeconds: number) =>
  added.servedSeconds === null ? `FAIL (not served in ${limitSeconds.toFixed(0)} s)` : verdict(added.servedSeconds <= TARGETS.servedSeconds);
/** What followed a dump added while serving. */
const afterAdding = (added: AddedDump) =>
  `its entry file ${added.entryWrittenSeconds === null ? 'was not seen by any poll before the page answered' : `appeared after ${added.entryWrittenSeconds.toFixed(2)} s`}; Eleventy finished ${added.rebuildSeconds.length} build(s) meanwhile (${added.rebuildSeconds.map((s) => `${s.toFixed(1)} s`).join(', ') || 'none'}); page ${added.url}.`;
const idleText = (settled: NonNullable<ServeMeasurement['settled']>) =>
  settled.idle === null
    ? `${settled.seconds.toFixed(0)} s after that rebuild (this system's CPU times cannot be read, so the server's idleness was not checked)`
    : settled.idle
      ? `once the server had used under 5 % of a core for 2 s, ${settled.seconds.toFixed(1)} s after that rebuild`
      : `after waiting ${settled.seconds.toFixed(0)} s for the server to go idle, which it never did`;
const secondsText = (s: number) => (s >= 100 ? s.toFixed(0) : s.toFixed(2));

/** Pass or fail on every check, naming the failed ones: "FAIL (time)". */
function judge(checks: [string, boolean][]): string {
  const failed = checks.filter(([, ok]) => !ok).map(([what]) => what);
  return failed.length === 0 ? 'pass' : `FAIL (${failed.join(', ')})`;
}

function memoryCheck(s: StepFigures): [string, boolean] {
  return ['memory', (ownPeak(s) ?? Number.POSITIVE_INFINITY) <= TARGETS.peakMB];
}

export function rows(r: BenchResults): Row[] {
  const scale = r.n / TARGETS.atN;
  const scaled = r.n !== TARGETS.atN;
  const coldBudget = TARGETS.coldIngestSeconds * scale;
  const bareTotal = r.bareEleventy.seconds + r.barePagefind.seconds;
  const buildRatio = r.build.seconds / bareTotal;
  const buildPagefind = pagefindOf(r.build);
  const barePagefind = pagefindOf(r.barePagefind);
  const memory = `≤ ${TARGETS.peakMB} MB`;
  return [
    {
      step: `extraction, 1 thread: ${r.extraction.mbPerSecond.toFixed(2)} MB/s`,
      seconds: r.extraction.parseSeconds,
      peakMB: ownPeak(r.extraction),
      target: `≥ ${TARGETS.extractionMBps} MB/s`,
      result: verdict(r.extraction.mbPerSecond >= TARGETS.extractionMBps),
    },
    {
      step: 'cold ingest (CLI)',
      seconds: r.coldIngest.seconds,
      peakMB: ownPeak(r.coldIngest),
      target: scaled ? `≤ ${TARGETS.coldIngestSeconds} s @10k (${secondsText(coldBudget)} s @N)*; ${memory}` : `≤ ${TARGETS.coldIngestSeconds} s; ${memory}`,
      result: judge([['time', r.coldIngest.seconds <= coldBudget], memoryCheck(r.coldIngest)]) + (scaled ? '*' : '') + noted(r.coldIngest),
    },
    {
      step: 're-ingest, nothing changed',
      seconds: r.reIngest.seconds,
      peakMB: ownPeak(r.reIngest),
      target: `≤ ${TARGETS.reIngestSeconds} s; ${memory}`,
      result: judge([['time', r.reIngest.seconds <= TARGETS.reIngestSeconds], memoryCheck(r.reIngest)]) + noted(r.reIngest),
    },
    {
      step: 'full build (site + search index)',
      seconds: r.build.seconds,
      peakMB: ownPeak(r.build),
      target: `≤ ${TARGETS.buildRatio.toFixed(1)} × bare 11ty + Pagefind (${secondsText(bareTotal)} s); site build ${memory}`,
      result: `${judge([['time', buildRatio <= TARGETS.buildRatio], memoryCheck(r.build)])} (${buildRatio.toFixed(2)} ×)${noted(r.build)}`,
    },
    {
      step: '  Pagefind (own process, beside the build)',
      seconds: buildPagefind?.seconds ?? null,
      peakMB: buildPagefind?.peakMB ?? null,
      target: 'reported separately',
      result: buildPagefind ? '-' : 'not separated (no /usr/bin/time)',
    },
    {
      step: 'one dump added while serving → page served',
      seconds: r.serve.atStartup.servedSeconds,
      peakMB: ownPeak(r.serve),
      target: `≤ ${TARGETS.servedSeconds} s`,
      result: servedVerdict(r.serve.atStartup, r.serve.limitSeconds) + noted(r.serve),
    },
    {
      step: '  again, once serve had rebuilt and gone idle',
      seconds: r.serve.settled?.servedSeconds ?? null,
      peakMB: null,
      target: `≤ ${TARGETS.servedSeconds} s`,
      result: r.serve.settled === null ? 'not measured (the first page was never served)' : servedVerdict(r.serve.settled, r.serve.limitSeconds),
    },
    {
      step: '  again, dropped in while a rebuild runs',
      seconds: r.serve.duringRebuild?.servedSeconds ?? null,
      peakMB: null,
      target: `≤ ${TARGETS.servedSeconds} s`,
      result: r.serve.duringRebuild === null ? 'not measured (the second page was never served)' : servedVerdict(r.serve.duringRebuild, r.serve.limitSeconds),
    },
    { step: 'baseline: bare Eleventy (tags, paginated)', seconds: r.bareEleventy.seconds, peakMB: ownPeak(r.bareEleventy), target: '-', result: '-' },
    {
      step: 'baseline: Pagefind over the bare site',
      seconds: r.barePagefind.seconds,
      peakMB: barePagefind?.peakMB ?? null,
      target: '-',
      result: barePagefind ? '-' : 'Pagefind peak not separated',
    },
    { step: 'baseline: bare Eleventy + Pagefind', seconds: bareTotal, peakMB: null, target: '-', result: '-' },
    {
      step: "  Pagefind over the bare site, with the build's allocator settings",
      seconds: r.barePagefindTuned.seconds,
      peakMB: pagefindOf(r.barePagefindTuned)?.peakMB ?? null,
      target: 'reported',
      result: '-',
    },
    { step: 'baseline: raw write floor', seconds: r.rawFloor.seconds, peakMB: ownPeak(r.rawFloor), target: '-', result: '-' },
  ];
}

function table(list: Row[]): string {
  const cells = list.map((row) => [
    row.step,
    row.seconds === null ? '-' : secondsText(row.seconds),
    row.peakMB === null ? '-' : row.peakMB.toFixed(0),
    row.target,
    row.result,
  ]);
  const header = ['step', 'seconds', 'peak RSS MB', 'target', 'result'];
  const widths = header.map((h, k) => Math.max(h.length, ...cells.map((c) => c[k]!.length)));
  const line = (c: string[]) => c.map((text, k) => (k === 1 || k === 2 ? text.padStart(widths[k]!) : text.padEnd(widths[k]!))).join(' | ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...cells.map(line)].join('\n');
}

function ratio(a: number, b: number): string {
  return `${(a / b).toFixed(2)} ×`;
}

export function formatResults(r: BenchResults): string {
  const bareTotal = r.bareEleventy.seconds + r.barePagefind.seconds;
  const buildPagefind = pagefindOf(r.build);
  const rate = r.extraction.parseRate;
  const lines = [
    `npm run bench: N = ${r.n.toLocaleString('en')} dumps (seed ${r.seed}, ${r.dumpsMB.toFixed(1)} MB), Node ${r.node}, ${r.startedAt}`,
    `${r.cpus} CPUs; load average ${r.loadAverage.start.toFixed(2)} at the start, ${r.loadAverage.end.toFixed(2)} at the end (other work on the machine skews every figure)`,
    '',
    table(rows(r)),
    '',
    'Ratios:',
    `  full build / (bare Eleventy + Pagefind)   ${ratio(r.build.seconds, bareTotal)}   (target ≤ ${TARGETS.buildRatio.toFixed(1)})`,
    `  full build / (bare Eleventy + Pagefind with the build's allocator settings)   ${ratio(r.build.seconds, r.bareEleventy.seconds + r.barePagefindTuned.seconds)}`,
    `  full build / bare Eleventy                ${ratio(r.build.seconds, r.bareEleventy.seconds)}`,
    `  full build / raw write floor              ${ratio(r.build.seconds, r.rawFloor.seconds)}`,
    `  cold ingest / raw write floor             ${ratio(r.coldIngest.seconds, r.rawFloor.seconds)}`,
    '',
    'Notes:',
    `  seconds: wall time of each step's child process, start-up included; extraction is decode + parse only, in one thread, ${r.extraction.compiled ? 'in the compiled copy ingest runs' : 'in the sources through tsx (no compiled copy could be made)'}, the faster of ${r.extraction.passSeconds.length} passes (${r.extraction.passSeconds.map((s) => s.toFixed(2)).join(' and ')} s).`,
    `  peak RSS: the step's own Node process; Pagefind runs as a child process of the build and is listed on its own row.`,
    `  the build's Pagefind starts with the build and indexes while Eleventy renders: its seconds are its lifetime, not time added to the build.`,
    ...(r.build.treePeakMB !== null ? [`  /usr/bin/time -v over the whole build (Node and the processes it waited for): ${r.build.treePeakMB.toFixed(0)} MB.`] : []),
    `  ingest wrote ${r.entries.toLocaleString('en')} entries; the build wrote ${r.builtPages.toLocaleString('en')} pages; the bare site ${r.barePages.toLocaleString('en')} pages from ${r.n.toLocaleString('en')} Markdown files of the dumps' sizes.`,
    `  serve: ${r.serve.startupSeconds.toFixed(1)} s from start to first answer (ingest + first build, no search index). A dump written at once, while the`,
    `    server still settles (Eleventy's watcher reads the input folder after the first build): ${afterAdding(r.serve.atStartup)}`,
    ...(r.serve.settled === null
      ? []
      : [`    A second dump, written ${idleText(r.serve.settled)}: ${afterAdding(r.serve.settled)}`]),
    ...(r.serve.duringRebuild === null
      ? []
      : [`    A third, written ${r.serve.duringRebuild.intoRebuildSeconds.toFixed(1)} s into the rebuild the second set off: ${afterAdding(r.serve.duringRebuild)}`]),
    `  parser on the generated dumps: ${rate.found} of ${rate.intended} intended articles found with their headline, source, date and topic (${((100 * rate.found) / rate.intended).toFixed(1)} %).`,
    ...Object.entries({ 'cold ingest': r.coldIngest, 're-ingest': r.reIngest, 'full build': r.build, serve: r.serve })
      .filter(([, s]) => s.note)
      .map(([name, s]) => `  ${name}: ${s.note}.`),
    ...(r.n !== TARGETS.atN ? [`  * the cold-ingest target is stated for N = ${TARGETS.atN.toLocaleString('en')}; here it is scaled linearly to N.`] : []),
    `  ${EARLIER_REFERENCE}.`,
    `  dumps generated in ${r.generationSeconds.toFixed(1)} s (not part of any step).`,
  ];
  return lines.join('\n');
}
