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

export function provenanceRecord(
  base: Pick<ProvenanceRecord, 'dump' | 'sha256' | 'captured_at' | 'encoding'>,
  normalizedText: string,
  parsed: ParseResult,
  fileOf: (article: number) => string | null,
  skipReasonOf: (article: number) => string | null,
): ProvenanceRecord {
  const verdicts = new Map<number, LineVerdict>(parsed.lines.map((v) => [v.line, v]));
  const lines = normalizedText.split('\n').map((text, i): ProvenanceLine => {
    const v = verdicts.get(i + 1);
    if (!v) return { n: i + 1, text };
    return v.kept
      ? { n: v.line, text: v.text, kept: true, role: v.role, article: v.article }
      : { n: v.line, text: v.text, kept: false, reason: v.reason, ...(v.article !== undefined ? { article: v.article } : {}) };
  });
  return {
    ...base,
    error: null,
    articles: parsed.articles.map((a, i) => ({ headline: a.headline, file: fileOf(i), skipped: skipReasonOf(i) })),
    lines,
  };
}
