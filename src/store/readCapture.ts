// A dump's bytes → everything ingest needs from its text: the decoding, the parse, the normalised lines for its
// provenance and each kept article's story signature. Pure, so it runs the same on a worker thread or in-process.
import { decodeDump } from '../ingest/decodeDump.ts';
import { normalizeText } from '../ingest/normalizeText.ts';
import { comparisonKey } from '../ingest/textShape.ts';
import { parseNormalizedWithKeys, type ParseOptions } from '../ingest/parseDump.ts';
import type { ParseResult } from '../ingest/types.ts';
import { provenanceLinesJson } from './provenanceRecord.ts';
import { storySignature } from './storySignature.ts';

export type CaptureReading =
  | { ok: false; reason: string }
  | {
      ok: true;
      encoding: string;
      /** The capture decoded to nothing but whitespace. */
      empty: boolean;
      /** The parse, without its line verdicts: those come as the provenance record's lines. */
      parsed: Omit<ParseResult, 'lines'>;
      /** The provenance record's `lines`, as JSON in UTF-8: every line of the text, numbered as its page numbers them. */
      provenanceLines: Uint8Array;
      /** Per parsed article: its story signature when it becomes an entry (on topic, with a headline), else null. */
      signatures: (string | null)[];
    };

/** What a capture of whitespace alone parses to. */
const NOTHING_PARSED: ReturnType<typeof parseNormalizedWithKeys> = { parsed: { articles: [], lines: [], warnings: [] }, keyOf: comparisonKey };

export function readCapture(bytes: Uint8Array, options: ParseOptions): CaptureReading {
  const decoded = decodeDump(bytes);
  if (!decoded.ok) return { ok: false, reason: decoded.reason };
  const empty = decoded.text.trim() === '';
  // Normalised once, for the parse and the provenance record.
  const text = empty ? '' : normalizeText(decoded.text);
  const { parsed, keyOf } = empty ? NOTHING_PARSED : parseNormalizedWithKeys(text, options);
  return {
    ok: true,
    encoding: decoded.encoding,
    empty,
    parsed: { articles: parsed.articles, warnings: parsed.warnings },
    provenanceLines: provenanceLinesJson(text, parsed),
    signatures: parsed.articles.map((a) => (a.on_topic && a.headline !== null ? storySignature(a.parts.map((p) => p.text), keyOf) : null)),
  };
}
