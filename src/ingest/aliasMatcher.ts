// Finds a list of names in a text, as whole words: what the pattern `(?<![\p{L}\p{N}])(?:name|…)(?![\p{L}\p{N}])` with
// the names longest first finds, without the pattern (in scripts written without spaces, or with particles joined to
// the noun, the name's own edge is its word's). As one pattern of the gazetteer's 400 names it was a sixth of
// all parsing time; this finds the same matches (checked on two million lines of captures) in a seventh of the time.
import { followsWordCharacter, isDenseCode, isHangulSyllable, WORD_CHARACTER } from './textShape.ts';

export interface AliasMatch {
  alias: string;
  index: number;
}

export type AliasMatcher = (text: string) => AliasMatch[];

/** The two code units at `at` as one number: a map key that costs no string (NaN at the last character, never a key). */
function prefixKey(text: string, at: number): number {
  return text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);
}

/** From CJK punctuation and kana to the end of the Basic Multilingual Plane: the Chinese, Japanese and Korean scripts. */
const EAST_ASIAN_FROM = 0x3000;
const EAST_ASIAN_TO = 0xffff;
const EAST_ASIAN_CLASS = '\\u{3000}-\\u{ffff}';

/** A Chinese or Japanese character or a Hangul syllable: what may be followed by more letters of the same word. */
function isUnspacedEnd(code: number): boolean {
  return isDenseCode(code) || isHangulSyllable(code);
}

function escapeClass(character: string): string {
  return character.replace(/[\\\]^-]/g, '\\$&');
}

export function aliasMatcher(aliases: Iterable<string>): AliasMatcher {
  // Longest first, so a name is found whole rather than a shorter name it begins with. Then grouped by their first four
  // code units, the order kept: at any position only the names starting with those four can match, and a gazetteer
  // has dozens of names per first letter, and a dozen spellings of one name in its languages ("North Korea",
  // "Nordkorea", "Northern…"). Names of two or three code units are grouped by their first two, a name of one has a
  // group of its own: every name of a longer group is longer than theirs, so asking the groups in that order keeps
  // the longest first.
  const byPrefix = new Map<number, Map<number, string[]>>();
  const shortByPrefix = new Map<number, string[]>();
  const single = new Set<string>();
  const firstCharacters = new Set<string>();
  const sorted = [...new Set(aliases)].filter((a) => a !== '').sort((a, b) => b.length - a.length);
  const add = <K>(map: Map<K, string[]>, key: K, alias: string) => map.set(key, [...(map.get(key) ?? []), alias]);
  for (const alias of sorted) {
    firstCharacters.add(String.fromCodePoint(alias.codePointAt(0)!));
    if (alias.length === 1) single.add(alias);
    else if (alias.length < 4) add(shortByPrefix, prefixKey(alias, 0), alias);
    else {
      const first = prefixKey(alias, 0);
      if (!byPrefix.has(first)) byPrefix.set(first, new Map());
      add(byPrefix.get(first)!, prefixKey(alias, 2), alias);
    }
  }
  if (firstCharacters.size === 0) return () => [];
  const endsWord = (text: string, end: number) => !WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(end) ?? 0x20));
  // Chinese and Japanese put no space between words, and Korean joins its particles to the noun ("북한이", "북한군"): a
  // name ending in one of their characters ends wherever it ends, and one opening with a Chinese or Japanese character
  // starts wherever it starts.
  const endsName = (text: string, alias: string, end: number) => isUnspacedEnd(alias.charCodeAt(alias.length - 1)) || endsWord(text, end);
  /** The first name of the group written at `at` and ending a word there. */
  function fitting(group: string[] | undefined, text: string, at: number): string | undefined {
    if (group === undefined) return undefined;
    for (const alias of group) if (text.startsWith(alias, at) && endsName(text, alias, at + alias.length)) return alias;
    return undefined;
  }
  // Where a name may begin: one of their first characters. A pattern this small runs as machine code and skips the
  // text between candidates; asked whether a letter or digit comes before, it would ask at every character instead.
  // Chinese, Japanese and Korean names scatter their first characters over thousands of code points, and a class
  // holding them scans every text at half the speed: it holds their whole range instead, in which Latin and Cyrillic
  // text has nothing. Text in those scripts then stops at every character, each turned away by the groups below.
  const inEastAsianRange = (c: string) => c.codePointAt(0)! >= EAST_ASIAN_FROM && c.codePointAt(0)! <= EAST_ASIAN_TO;
  const exact = [...firstCharacters].filter((c) => !inEastAsianRange(c)).map(escapeClass).join('');
  const eastAsian = [...firstCharacters].some(inEastAsianRange) ? EAST_ASIAN_CLASS : '';
  const starts = new RegExp(`[${exact}${eastAsian}]`, 'gu');
  return (text) => {
    const found: AliasMatch[] = [];
    starts.lastIndex = 0;
    for (let start = starts.exec(text); start !== null; start = starts.exec(text)) {
      const at = start.index;
      if (followsWordCharacter(text, at) && !isDenseCode(text.charCodeAt(at))) continue;
      const first = prefixKey(text, at);
      let match = fitting(byPrefix.get(first)?.get(prefixKey(text, at + 2)), text, at) ?? fitting(shortByPrefix.get(first), text, at);
      if (match === undefined && single.has(text[at]!) && endsName(text, text[at]!, at + 1)) match = text[at]!;
      if (match !== undefined) {
        found.push({ alias: match, index: at });
        starts.lastIndex = at + match.length;
      }
    }
    return found;
  };
}
