// An article and the evidence behind it → a confidence between 0 and 1 that it was extracted right, so doubtful entries can be flagged for review.
import type { ArticleSpan, ExtractedDate } from './types.ts';

/** Below this an entry is flagged for a person to check. */
export const REVIEW_THRESHOLD = 0.6;

/** Header evidence that an article really starts where the parser says (see findHeaders). */
const STRONG_EVIDENCE = new Set(['domainTitle', 'repeated', 'meta', 'dateline', 'firstOnPage']);
/** A body this long, in this many paragraphs, is unlikely to be a teaser or a caption. */
const FULL_BODY_PARAGRAPHS = 3;
const THIN_BODY_CHARS = 300;

export const CONFIDENCE_WEIGHTS = {
  base: 0.5,
  strongHeader: 0.2,
  dateStated: 0.1,
  sourceKnown: 0.1,
  fullBody: 0.1,
  thinBody: -0.2,
  noHeadline: -0.3,
  relativeDate: -0.1,
} as const;

export interface ConfidenceInput {
  span: ArticleSpan;
  headline: string | null;
  date: ExtractedDate | null;
  source: string | null;
}

export function rateConfidence({ span, headline, date, source }: ConfidenceInput): number {
  const w = CONFIDENCE_WEIGHTS;
  const paragraphs = span.body.filter((p) => p.role === 'body');
  const chars = paragraphs.reduce((n, p) => n + p.block.text.length, 0);
  let score = w.base;
  if (span.evidence.some((e) => STRONG_EVIDENCE.has(e))) score += w.strongHeader;
  if (date) score += w.dateStated;
  if (date?.source.startsWith('relative')) score += w.relativeDate;
  if (source) score += w.sourceKnown;
  if (paragraphs.length >= FULL_BODY_PARAGRAPHS) score += w.fullBody;
  if (paragraphs.length < 2 && chars < THIN_BODY_CHARS) score += w.thinBody;
  if (headline === null) score += w.noHeadline;
  return Math.round(Math.min(1, Math.max(0, score)) * 100) / 100;
}
