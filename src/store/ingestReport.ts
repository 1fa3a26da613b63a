// The ingest report: the state the last ingest left every dump and entry in, the changes that run made, and their plain-text rendering.

/** An entry as the archive now holds it. */
export type EntryState =
  /** Exactly what ingest last wrote. */
  | 'generated'
  /** Differs from what ingest last wrote: a person edited it, so it is left alone. */
  | 'edited'
  /** Ingest wrote it once, a person deleted it, and it is not brought back. */
  | 'deleted-by-hand';

/** What one run did to an entry file; printed, never stored, so an unchanged archive gives an unchanged report. */
export type EntryChange =
  | 'created'
  | 'updated'
  | 'removed'
  /** Rewritten over a hand edit because it was forced; the edit is kept in a backup file. */
  | 'regenerated';

export interface EntryReport {
  file: string;
  headline: string;
  state: EntryState;
  /** The parser's confidence in the extraction (0–1); null for entries this run did not read. */
  confidence: number | null;
  warnings: string[];
}

export interface DumpReport {
  dump: string;
  status: 'ingested' | 'failed' | 'no-article' | 'duplicate' | 'orphaned';
  /** Why the dump could not be ingested. */
  error?: string;
  encoding?: string;
  entries: EntryReport[];
  skipped: { headline: string | null; source: string | null; reason: string }[];
  warnings: string[];
}

export interface IngestReport {
  dumps: DumpReport[];
}

export interface IngestRun {
  report: IngestReport;
  changes: { dump: string; file: string; change: EntryChange; detail?: string }[];
  /** Dumps this run read and parsed; every other dump's report was carried over from the run before. */
  parsed: string[];
  /** The archive's input was exactly what the last completed run saw (see ingestSeal.ts): nothing was read. */
  sealed: boolean;
  /**
   * Files the run wrote or removed (`articles/NAME`, `provenance/NAME`, `manifest`, `report`), each with its stamp
   * right after ('absent' once removed): serve tells its own writes from others' by them (see entryAnnouncements.ts).
   */
  wrote?: Record<string, string>;
}

export function reportTotals(report: IngestReport) {
  const entries = report.dumps.flatMap((d) => d.entries);
  return {
    dumps: report.dumps.filter((d) => d.status !== 'orphaned').length,
    failed: report.dumps.filter((d) => d.status === 'failed' || d.status === 'no-article').length,
    duplicates: report.dumps.filter((d) => d.status === 'duplicate').length,
    orphaned: report.dumps.filter((d) => d.status === 'orphaned').length,
    entries: entries.filter((e) => e.state !== 'deleted-by-hand').length,
    edited: entries.filter((e) => e.state === 'edited').length,
    skipped: report.dumps.reduce((n, d) => n + d.skipped.length, 0),
  };
}

/** What an edited entry's report says when a new reading of its capture differs from the version that was edited. */
export const CONFLICT_WARNING = 'a new reading of its capture differs from the version edited by hand, and was not written over it';

function isConflict(warning: string): boolean {
  return warning.startsWith(CONFLICT_WARNING);
}

/**
 * One line per thing worth a person's attention, then a summary line. Given `fresh`, the dumps a run read, the
 * articles' warnings and skips of the other dumps (told in full by an earlier run, unchanged since) are counted in
 * one line instead of repeated: on a large archive they are thousands of lines. Failures, hand edits and gone dumps
 * are always named.
 */
export function formatReport(report: IngestReport, fresh?: ReadonlySet<string>, options: { brief?: boolean } = {}): string {
  const lines: string[] = [];
  let carried = 0;
  let untold = 0;
  for (const d of report.dumps) {
    if (d.error) lines.push(`${d.dump}: ${d.error}`);
    for (const w of d.warnings) lines.push(`${d.dump}: warning: ${w}`);
    // Brief (as `build` tells it), the articles' own warnings and skips are counted, not listed.
    if (options.brief) {
      for (const e of d.entries) {
        if (d.status === 'orphaned') lines.push(`${d.dump}: the dump is gone; its entry ${e.file} is kept (orphaned)`);
        else if (e.state === 'edited') lines.push(`${d.dump}: ${e.file} was edited by hand; ingest wrote nothing over it`);
        else if (e.state === 'deleted-by-hand') lines.push(`${d.dump}: ${e.file} was deleted by hand; not recreated`);
        if (e.state === 'edited') for (const w of e.warnings.filter(isConflict)) lines.push(`${d.dump}: ${e.file}: ${w}`);
        untold += e.warnings.filter((w) => e.state !== 'edited' || !isConflict(w)).length;
      }
      untold += d.skipped.length;
      continue;
    }
    const told = fresh === undefined || fresh.has(d.dump);
    for (const e of d.entries) {
      if (d.status === 'orphaned') lines.push(`${d.dump}: the dump is gone; its entry ${e.file} is kept (orphaned)`);
      else if (e.state === 'edited') lines.push(`${d.dump}: ${e.file} was edited by hand; ingest wrote nothing over it`);
      else if (e.state === 'deleted-by-hand') lines.push(`${d.dump}: ${e.file} was deleted by hand; not recreated`);
      if (told) for (const w of e.warnings) lines.push(`${d.dump}: ${e.file}: ${w}`);
      else carried += e.warnings.length;
    }
    if (told) for (const s of d.skipped) lines.push(`${d.dump}: skipped "${s.headline ?? '(no headline)'}": ${s.reason}`);
    else carried += d.skipped.length;
  }
  if (carried > 0) lines.push(`${carried} warnings and skipped articles of dumps unchanged since they were read are not repeated: \`news-archive report\` lists them`);
  if (untold > 0) lines.push(`${untold} warnings and skipped articles: \`news-archive report\` lists them`);
  const t = reportTotals(report);
  lines.push(`${t.dumps} dumps, ${t.entries} entries (${t.edited} edited by hand), ${t.skipped} articles skipped, ${t.failed} dumps failed, ${t.duplicates} duplicates, ${t.orphaned} orphaned`);
  return lines.join('\n');
}

export function formatChanges(run: Pick<IngestRun, 'changes' | 'sealed'>): string {
  const count = (change: EntryChange) => run.changes.filter((c) => c.change === change).length;
  const lines = run.changes
    .filter((c) => c.change === 'removed' || c.change === 'regenerated')
    .map((c) => `${c.dump}: ${c.file} ${c.change}${c.detail ? `: ${c.detail}` : ''}`);
  const counts = `${count('created')} entries created, ${count('updated')} updated, ${count('regenerated')} regenerated over an edit, ${count('removed')} removed`;
  lines.push(`this run: ${counts}${run.sealed ? ' (no capture, entry or setting changed since the last run)' : ''}`);
  return lines.join('\n');
}
