// Article span → the original article URL: a URL line that names this story (its slug echoes the headline), or the sidecar's.
import { isSafeWebUrl } from '../store/entrySchema.ts';
import { comparisonKey } from './textShape.ts';
import type { ArticleSpan } from './types.ts';

/** Share of a URL slug's words that must appear in the headline for the URL to be this article's. */
export const SLUG_MATCH_SHARE = 0.6;
/** Slug words this short carry no evidence ("a", "to", "of"). */
const MIN_SLUG_WORD = 3;
/** A number or an id of letters and digits ("4mcXq", a short link's): no word of a headline. */
const ID_LIKE = /\d/;

function slugWords(url: string): string[] {
  try {
    const path = new URL(url).pathname;
    const last = path.split('/').filter(Boolean).sort((a, b) => b.length - a.length)[0] ?? '';
    return last.replace(/\.[a-z0-9]+$/i, '').split(/[-_+]/).map((w) => w.toLowerCase()).filter((w) => w.length >= MIN_SLUG_WORD && !ID_LIKE.test(w));
  } catch {
    return [];
  }
}

export function urlMatchesHeadline(url: string, headline: string): boolean {
  const words = slugWords(url);
  if (words.length === 0) return false;
  const headlineWords = new Set(comparisonKey(headline).split(' '));
  return words.filter((w) => headlineWords.has(w)).length / words.length >= SLUG_MATCH_SHARE;
}

export function extractUrl(span: ArticleSpan, headline: string | null, pageUrl: string | null, isMainArticle: boolean): string | null {
  for (const block of span.urlBlocks) {
    const url = /^www\./i.test(block.text) ? `https://${block.text}` : block.text;
    if (!isSafeWebUrl(url)) continue;
    // A URL whose path has no words (an id) cannot contradict the headline; one with words must echo it.
    const wordless = slugWords(url).length === 0;
    if (headline === null ? isMainArticle : urlMatchesHeadline(url, headline) || (isMainArticle && wordless)) return url;
  }
  return isMainArticle && pageUrl !== null && isSafeWebUrl(pageUrl) ? pageUrl : null;
}
