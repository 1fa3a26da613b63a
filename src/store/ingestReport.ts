// The ingest report: what happened to every dump and entry in the last run, and its plain-text rendering for the terminal.

export type EntryStatus =
  | 'created'
  | 'updated'
  | 'unchanged'
  /** Differs from what ingest last wrote: a person edited it, so it is left alone. */
  | 'edited'
  /** Ingest wrote it once, a person deleted it, and it is not brought back. */
  | 'deleted-by-hand'
  /** Its dump no longer yields it and it was never edited, so it was removed. */
  | 'removed';

export interface EntryReport {
  file: string;
  headline: string;
  status: EntryStatus;
  warnings: string[];
}

export interface DumpReport {
  dump: string;
  status: 'ingested' | 'failed' | 'no-article' | 'orphaned';
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

export function reportTotals(report: IngestReport) {
  const entries = report.dumps.flatMap((d) => d.entries);
  const count = (status: EntryStatus) => entries.filter((e) => e.status === status).length;
  return {
    dumps: report.dumps.filter((d) => d.status !== 'orphaned').length,
    failed: report.dumps.filter((d) => d.status === 'failed' || d.status === 'no-article').length,
    orphaned: report.dumps.filter((d) => d.status === 'orphaned').length,
    entries: entries.filter((e) => e.status !== 'removed' && e.status !== 'deleted-by-hand').length,
    created: count('created'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    edited: count('edited'),
    removed: count('removed'),
    skipped: report.dumps.reduce((n, d) => n + d.skipped.length, 0),
  };
}

/** One line per event worth a person's attention, then a summary line. */
export function formatReport(report: IngestReport): string {
  const lines: string[] = [];
  for (const d of report.dumps) {
    if (d.error) lines.push(`${d.dump}: ${d.error}`);
    for (const w of d.warnings) lines.push(`${d.dump}: warning: ${w}`);
    for (const e of d.entries) {
      if (e.status === 'edited') lines.push(`${d.dump}: ${e.file} was edited by hand; kept as it is (ingest wrote nothing over it)`);
      if (e.status === 'deleted-by-hand') lines.push(`${d.dump}: ${e.file} was deleted by hand; not recreated`);
      if (e.status === 'removed') lines.push(`${d.dump}: ${e.file} removed: the dump no longer yields this article`);
      if (d.status === 'orphaned') lines.push(`${d.dump}: dump is gone; its entry ${e.file} is kept (orphaned)`);
      for (const w of e.warnings) lines.push(`${d.dump}: ${e.file}: ${w}`);
    }
    for (const s of d.skipped) lines.push(`${d.dump}: skipped "${s.headline ?? '(no headline)'}": ${s.reason}`);
  }
  const t = reportTotals(report);
  lines.push(
    `${t.dumps} dumps, ${t.entries} entries (${t.created} created, ${t.updated} updated, ${t.unchanged} unchanged, ${t.edited} edited by hand, ${t.removed} removed), ${t.skipped} articles skipped, ${t.failed} dumps failed, ${t.orphaned} orphaned`,
  );
  return lines.join('\n');
}
