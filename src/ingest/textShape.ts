// Measures of a line's shape (length, case, punctuation) that decide whether it reads as prose, a title or a fragment.

/** Word tokens: runs of letters, digits and apostrophes; Chinese and Japanese characters, written without spaces, one each. */
const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}])(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}'’-])*/gu;
const DENSE_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
/** One Chinese or Japanese character carries about as much as this many words of a spaced script. */
const WORDS_PER_DENSE_CHARACTER = 0.5;
const CASED_LETTER = /\p{Lu}|\p{Ll}/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

/** Closing marks that may follow the final punctuation of a sentence. */
const CLOSERS = /["'”’»)\]」』）】\s]+$/u;
/** A trailing attribution such as "(Yonhap)" after a sentence's full stop. */
const TRAILING_PAREN = /\s*\([^()]{1,60}\)\s*$/u;
const SENTENCE_END = /[.!?…。！？]$/u;
/** Internal sentence boundaries: ". T", "? T", "。". */
const SENTENCE_BREAK = /[.!?…]["'”’)]*\s+["'“‘(]?\p{Lu}|[。！？]/gu;
/** Abbreviations with internal dots ("U.S.") do not end a title the way a sentence does; "on X." still ends a sentence. */
const DOTTED_ABBREVIATION = /(^|\s)(\p{Lu}\.){2,3}$/u;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

function denseCharacters(text: string): number {
  return text.match(DENSE_CHARACTER)?.length ?? 0;
}

export function wordCount(text: string): number {
  const dense = denseCharacters(text);
  return words(text).length - dense + Math.ceil(dense * WORDS_PER_DENSE_CHARACTER);
}

/** Length in characters, Chinese and Japanese ones counted twice, so length thresholds mean the same in every script. */
export function textLength(text: string): number {
  return text.length + denseCharacters(text);
}

/** Has letters with case, and none of them lower-case. */
export function isAllCaps(text: string): boolean {
  return CASED_LETTER.test(text) && !LOWER.test(text);
}

/** Strips closing quotes, brackets and a trailing "(Agency)" to look at the real last character. */
function finalMark(text: string): string {
  const withoutParen = text.replace(TRAILING_PAREN, '').replace(CLOSERS, '');
  if (withoutParen.length > 0 && SENTENCE_END.test(withoutParen.slice(-1))) return withoutParen.slice(-1);
  return text.replace(CLOSERS, '').slice(-1);
}

export function endsLikeSentence(text: string): boolean {
  return SENTENCE_END.test(finalMark(text)) && !DOTTED_ABBREVIATION.test(text.replace(CLOSERS, ''));
}

export function sentenceCount(text: string): number {
  return (text.match(SENTENCE_BREAK)?.length ?? 0) + 1;
}

/** First cased letter is upper-case, or the script has no case (Korean, Chinese...), or it opens with a digit. */
export function startsCapitalised(text: string): boolean {
  const first = text.replace(/^["'“‘(\[«¿¡]+/u, '');
  const ch = first.charAt(0);
  if (/\p{N}/u.test(ch)) return true;
  if (!CASED_LETTER.test(ch)) return /\p{L}/u.test(ch);
  return UPPER.test(ch);
}

/** Share of words that start with a capital letter: high in headlines written in title case and in menus. */
export function capitalisedShare(text: string): number {
  const ws = words(text);
  if (ws.length === 0) return 0;
  return ws.filter((w) => UPPER.test(w.charAt(0))).length / ws.length;
}

/** Lower-cased letters and digits only, single-spaced: the text two repeats of one headline share. */
export function comparisonKey(text: string): string {
  return words(text.toLowerCase()).join(' ');
}
