// A parsed dump → its provenance record: every line of the capture with what became of it (kept into which entry, or dropped and why), for the site's provenance pages.
import type { LineVerdict, ParseResult } from '../ingest/types.ts';

export interface ProvenanceLine {
  n: number;
  text: string;
  /** Absent for blank lines. */
  kept?: boolean;
  role?: string;
  reason?: string;
  /** Index into `articles`, when the line belongs to (or was dropped from inside) an article. */
  article?: number;
}

export interface ProvenanceRecord {
  dump: string;
  sha256: string;
  captured_at: string | null;
  encoding: string | null;
  /** Why the dump gave no text, when it did not. */
  error: string | null;
  articles: { headline: string | null; file: string | null; skipped: string | null }[];
  lines: ProvenanceLine[];
}

/** Every line of the capture with its verdict, as the `lines` of the record. */
function provenanceLines(normalizedText: string, parsed: Pick<ParseResult, 'lines'>): ProvenanceLine[] {
  const verdicts = new Map<number, LineVerdict>(parsed.lines.map((v) => [v.line, v]));
  return normalizedText.split('\n').map((text, i): ProvenanceLine => {
    const v = verdicts.get(i + 1);
    if (!v) return { n: i + 1, text };
    return v.kept
      ? { n: v.line, text: v.text, kept: true, role: v.role, article: v.article }
      : { n: v.line, text: v.text, kept: false, reason: v.reason, ...(v.article !== undefined ? { article: v.article } : {}) };
  });
}

/**
 * The record's `lines` as JSON in UTF-8, made where the capture is read (a worker thread). They are most of the record:
 * carried to the main thread as objects only to be serialised there, they made most of its memory churn; carried as
 * text, a quarter of a worker's time went into copying that text across, and the main thread encoded it again to write.
 */
export function provenanceLinesJson(normalizedText: string, parsed: Pick<ParseResult, 'lines'>): Uint8Array {
  return Buffer.from(JSON.stringify(provenanceLines(normalizedText, parsed)), 'utf8');
}

/** The record file's bytes: what JSON.stringify gives for the whole record, with the lines already serialised. */
export function provenanceJson(
  head: Omit<ProvenanceRecord, 'lines'>,
  linesJson: Uint8Array,
): Buffer {
  const { dump, sha256, captured_at, encoding, error, articles } = head;
  // Spelled out so the fields keep the record's order whatever order the caller built `head` in.
  const fields = JSON.stringify({ dump, sha256, captured_at, encoding, error, articles } satisfies Omit<ProvenanceRecord, 'lines'>);
  return Buffer.concat([Buffer.from(`${fields.slice(0, -1)},"lines":`, 'utf8'), linesJson, Buffer.from('}\n', 'utf8')]);
}
