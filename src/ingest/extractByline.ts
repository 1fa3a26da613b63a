// Article span → byline: a "By …" line, "Outlet's Name reports." closing a paragraph, or the agency (or, in Korean, the reporter) in a dateline, English ("(Yonhap) --", "/TASS/."), Korean, Russian or Ukrainian.
import type { ArticleSpan } from './types.ts';
import { DATELINE, KOREAN_DATELINE, REPORTS_SENTENCE, slashedDatelineAgency } from './vocabulary.ts';

export interface BylineFinding {
  byline: string;
  /** An outlet named alongside the reporter ("WSJ's Dasl Yoon reports", "(Yonhap)"), for the source cascade. */
  outletName: string | null;
  rule: 'by-line' | 'reports-sentence' | 'dateline';
}

/**
 * "Jane Doe | Reuters", "Jane Doe, staff writer", "Jane Doe - Staff Writer": the name is the part before the first
 * separator. A hyphen parts only with spaces around it: "Kim Min-ji" is one name.
 */
const BYLINE_SEPARATOR = /\s*(\||•|·|—|–|\s-\s|,\s*(staff|senior|chief|correspondent|reporter|editor)\b).*$/i;
/** The writer's e-mail address after the name: "LEE HYUN-JUNG [lee.hyunjung@joongang.co.kr]" (Korea JoongAng Daily). */
const TRAILING_EMAIL = /\s*[[(<]?[\w.+-]+@[\w-]+(\.[\w-]+)+[\])>]?\s*$/;

export function extractByline(span: ArticleSpan, paragraphs: string[]): BylineFinding | null {
  const byLine = span.metaBlocks.find((b) => b.meta?.byline !== undefined);
  if (byLine?.meta?.byline) {
    return { byline: byLine.meta.byline.replace(TRAILING_EMAIL, '').replace(BYLINE_SEPARATOR, '').trim(), outletName: null, rule: 'by-line' };
  }
  for (const text of [paragraphs[0], paragraphs.at(-1)]) {
    const reports = text === undefined ? null : REPORTS_SENTENCE.exec(text);
    if (reports) return { byline: reports[2]!.trim(), outletName: reports[1]!.trim(), rule: 'reports-sentence' };
  }
  const dateline = paragraphs[0] === undefined ? null : DATELINE.exec(paragraphs[0]);
  if (dateline?.[6]) return { byline: dateline[6].trim(), outletName: dateline[6].trim(), rule: 'dateline' };
  // A Korean dateline names the reporter after the agency: the reporter is the byline, the agency the credit.
  const korean = paragraphs[0] === undefined ? null : KOREAN_DATELINE.exec(paragraphs[0]);
  if (korean) return { byline: (korean[3] ?? korean[2]!).trim(), outletName: korean[2]!.trim(), rule: 'dateline' };
  const agency = paragraphs[0] === undefined ? null : slashedDatelineAgency(paragraphs[0]);
  if (agency) return { byline: agency, outletName: agency, rule: 'dateline' };
  return null;
}
