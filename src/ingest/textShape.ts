// Measures of a line's shape (length, case, punctuation) that decide whether it reads as prose, a title or a fragment.

/**
 * The measures are read by one pass over the characters rather than by Unicode-property regular expressions: every
 * line of every capture is measured several times, and the regexes were most of the parser's time.
 */
interface Measure {
  /** Word tokens: runs of letters and digits joined by apostrophes or hyphens; Chinese and Japanese characters one each. */
  words: string[];
  /** Chinese and Japanese characters, written without spaces. */
  dense: number;
  /** Hangul syllables, and the words holding one. */
  hangul: number;
  hangulWords: number;
}

const NONE = 0;
const LOWER = 1;
const UPPER = 2;
/** A letter of a script without case (Korean, Arabic, Hebrew, Thai...). */
const UNCASED = 3;
const DIGIT = 4;
/** Chinese characters, hiragana and katakana. */
const DENSE = 5;
/** A combining mark continues the letter before it. */
const MARK = 6;

/** One Chinese or Japanese character carries about as much as this many words of a spaced script. */
const WORDS_PER_DENSE_CHARACTER = 0.5;
/**
 * A Korean word (a noun with its particle, a verb with its endings: "북한군의", "밝혔다") carries about as much as this
 * many words of English, whose counts the thresholds were set on; and a Hangul syllable, as many letters as a Chinese
 * character (counted twice in length). Counted as written, an ordinary Korean sentence of the body fell short of a
 * paragraph.
 */
const WORDS_PER_KOREAN_WORD = 1.5;

/** A Hangul syllable: Korean, written with spaces between words but its particles joined to them. */
export function isHangulSyllable(c: number): boolean {
  return c >= 0xac00 && c <= 0xd7a3;
}

/** Chinese characters, hiragana and katakana: scripts written without spaces between words. */
export function isDenseCode(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

/** Punctuation, symbols and spaces outside ASCII: Latin-1 signs, general punctuation to box drawing, CJK and full-width marks. */
function isSymbolCode(c: number): boolean {
  return (
    (c >= 0x80 && c <= 0xbf) || c === 0xd7 || c === 0xf7 || (c >= 0x2000 && c <= 0x2bff) || (c >= 0x2e00 && c <= 0x2e7f) ||
    (c >= 0x3000 && c <= 0x303f) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20) ||
    (c >= 0xff3b && c <= 0xff40) || (c >= 0xff5b && c <= 0xff65) || c >= 0xfff0 || (c >= 0xd800 && c <= 0xdfff)
  );
}

/** What kindOf found for each code unit above ASCII, plus one; 0 where it was not asked yet. */
const WIDE_KINDS = new Uint8Array(0x10000);

function kindOf(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) {
    if (c >= 0x61 && c <= 0x7a) return LOWER;
    if (c >= 0x41 && c <= 0x5a) return UPPER;
    if (c >= 0x30 && c <= 0x39) return DIGIT;
    return NONE;
  }
  // A code unit's kind depends on it alone, and telling a letter's case costs two strings: each is told once.
  const known = WIDE_KINDS[c]!;
  if (known !== 0) return known - 1;
  const kind = wideKindOf(c);
  WIDE_KINDS[c] = kind + 1;
  return kind;
}

function wideKindOf(c: number): number {
  if (isDenseCode(c)) return DENSE;
  if (isSymbolCode(c)) return NONE;
  if ((c >= 0x300 && c <= 0x36f) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x20d0 && c <= 0x20ff)) return MARK;
  if ((c >= 0xff10 && c <= 0xff19) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9) || (c >= 0x966 && c <= 0x96f)) return DIGIT;
  const ch = String.fromCharCode(c);
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (lower === upper) return UNCASED;
  return ch === upper ? UPPER : LOWER;
}

/** Apostrophes and hyphens join the letters on either side into one word ("don't", "Jong-un"). */
function isJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2d;
}

/**
 * Text whose characters outside ASCII are all punctuation or symbols that kindOf finds in no word (curly quotes, dashes,
 * no-break spaces): most lines of most captures. Its words are what the pattern below finds, and a pattern scans text
 * in machine code at a fraction of the cost of the loop.
 */
const PLAIN_TEXT = /^[\x00-\xbf\xd7\xf7\u2000-\u2bff]*$/;
const PLAIN_WORD = /[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*/g;

function measureNow(text: string): Measure {
  if (PLAIN_TEXT.test(text)) return { words: text.match(PLAIN_WORD) ?? [], dense: 0, hangul: 0, hangulWords: 0 };
  const words: string[] = [];
  let dense = 0;
  let hangul = 0;
  let hangulWords = 0;
  // Whether the word being read holds a Hangul syllable.
  let korean = false;
  let start = -1;
  const n = text.length;
  const endWord = (end: number) => {
    words.push(text.slice(start, end));
    if (korean) hangulWords += 1;
    start = -1;
    korean = false;
  };
  for (let i = 0; i < n; i += 1) {
    const c = text.charCodeAt(i);
    // ASCII inline: most characters of most captures, and the loop's whole cost.
    const kind = c < 0x80 ? (c >= 0x61 && c <= 0x7a ? LOWER : c >= 0x41 && c <= 0x5a ? UPPER : c >= 0x30 && c <= 0x39 ? DIGIT : NONE) : kindOf(text, i);
    if (kind === DENSE) {
      if (start >= 0) endWord(i);
      dense += 1;
      words.push(text.charAt(i));
    } else if (kind !== NONE && !(kind === MARK && start < 0)) {
      if (start < 0) start = i;
      if (isHangulSyllable(c)) {
        hangul += 1;
        korean = true;
      }
    } else if (start >= 0 && isJoiner(c) && i + 1 < n && joinsNext(text, i + 1)) {
      // the joiner stays inside the word
    } else if (start >= 0) {
      endWord(i);
    }
  }
  if (start >= 0) endWord(n);
  return { words, dense, hangul, hangulWords };
}

function joinsNext(text: string, i: number): boolean {
  const kind = kindOf(text, i);
  return kind !== NONE && kind !== MARK && kind !== DENSE;
}

/** Several measures of one line are asked for in a row; the pass over it is made once. */
let lastText: string | undefined;
let lastMeasure: Measure | undefined;

function measure(text: string): Measure {
  if (text !== lastText || lastMeasure === undefined) {
    lastText = text;
    lastMeasure = measureNow(text);
  }
  return lastMeasure;
}

export function words(text: string): readonly string[] {
  return measure(text).words;
}

export function wordCount(text: string): number {
  const m = measure(text);
  return m.words.length - m.dense + Math.ceil(m.dense * WORDS_PER_DENSE_CHARACTER) + Math.floor(m.hangulWords * (WORDS_PER_KOREAN_WORD - 1));
}

/** Length in characters, Chinese and Japanese ones and Hangul syllables counted twice, so length thresholds mean the same in every script. */
export function textLength(text: string): number {
  const m = measure(text);
  return text.length + m.dense + m.hangul;
}

/**
 * Has letters with case, and none of them lower-case. A pass of its own rather than a measure of the whole line: it
 * stops at the first small letter, which most text has within a few characters, and tag extraction asks it of every
 * paragraph.
 */
export function isAllCaps(text: string): boolean {
  let hasUpper = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    const kind = c < 0x80 ? (c >= 0x61 && c <= 0x7a ? LOWER : c >= 0x41 && c <= 0x5a ? UPPER : NONE) : kindOf(text, i);
    if (kind === LOWER) return false;
    if (kind === UPPER) hasUpper = true;
  }
  return hasUpper;
}

/** Closing marks that may follow the final punctuation of a sentence. */
export const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']', '」', '』', '）', '】', ' ']);
/** Marks that end a sentence, in any script. */
export const SENTENCE_ENDS = new Set(['.', '!', '?', '…', '。', '！', '？']);
/** A trailing attribution in brackets, "(Yonhap)", is at most this long. */
const TRAILING_PAREN_MAX = 60;
/** Internal sentence boundaries: ". T", "? T", "。". */
const SENTENCE_BREAK = /[.!?…]["'”’)]*\s+["'“‘(]?\p{Lu}|[。！？]/gu;
/** Abbreviations with internal dots ("U.S.") do not end a title the way a sentence does; "on X." still ends a sentence. */
const DOTTED_ABBREVIATION = /(^|\s)(\p{Lu}\.){2,3}$/u;

/** Index of the last character that is not a closing mark, or -1. */
function lastMark(text: string, from: number): number {
  let i = from;
  while (i >= 0 && CLOSERS.has(text.charAt(i))) i -= 1;
  return i;
}

/** The final punctuation, looked for past closing quotes and brackets and past a trailing "(Agency)". */
export function endsLikeSentence(text: string): boolean {
  let end = lastMark(text, text.length - 1);
  const trimmedEnd = text.trimEnd();
  if (trimmedEnd.endsWith(')')) {
    const open = trimmedEnd.lastIndexOf('(');
    const inner = trimmedEnd.slice(open + 1, -1);
    if (open > 0 && inner.length >= 1 && inner.length <= TRAILING_PAREN_MAX && !inner.includes(')')) {
      const before = lastMark(text, open - 1);
      if (before >= 0 && SENTENCE_ENDS.has(text.charAt(before))) end = before;
    }
  }
  if (end < 0 || !SENTENCE_ENDS.has(text.charAt(end))) return false;
  const body = text.slice(0, lastMark(text, text.length - 1) + 1);
  return !(body.endsWith('.') && DOTTED_ABBREVIATION.test(body));
}

export function sentenceCount(text: string): number {
  return (text.match(SENTENCE_BREAK)?.length ?? 0) + 1;
}

/** Opening quotes and brackets before a line's first letter. */
const OPENERS = new Set(['"', "'", '“', '‘', '(', '[', '«', '¿', '¡']);

/** First cased letter is upper-case, or the script has no case (Korean, Chinese...), or it opens with a digit. */
export function startsCapitalised(text: string): boolean {
  let i = 0;
  while (i < text.length && OPENERS.has(text.charAt(i))) i += 1;
  if (i >= text.length) return false;
  const kind = kindOf(text, i);
  return kind === UPPER || kind === DIGIT || kind === UNCASED || kind === DENSE;
}

/** Share of words that start with a capital letter: high in headlines written in title case and in menus. */
export function capitalisedShare(text: string): number {
  const ws = words(text);
  if (ws.length === 0) return 0;
  return ws.filter((w) => kindOf(w, 0) === UPPER).length / ws.length;
}

/** Lower-cased letters and digits only, single-spaced: the text two repeats of one headline share. */
export function comparisonKey(text: string): string {
  return words(text).join(' ').toLowerCase();
}

/** A letter or digit, in any script: what a whole word may not begin or end next to. */
export const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** A letter or digit ends right before `at`: a word cannot begin there. */
export function followsWordCharacter(text: string, at: number): boolean {
  if (at === 0) return false;
  const before = text.charCodeAt(at - 1);
  if (before < 0x80) return (before >= 0x61 && before <= 0x7a) || (before >= 0x41 && before <= 0x5a) || (before >= 0x30 && before <= 0x39);
  const pairStart = before >= 0xdc00 && before <= 0xdfff && at >= 2 && text.charCodeAt(at - 2) >= 0xd800 && text.charCodeAt(at - 2) <= 0xdbff;
  return WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(pairStart ? at - 2 : at - 1)!));
}
