// Text → the share of its words that are function words ("the", "und", "которые") in its most likely language: high in prose, low in menus and keyword lists.
import * as lists from 'stopword';
import { words } from './textShape.ts';

/**
 * Languages with spaces between words, from the stopword package's lists. Chinese and Japanese are left out: their
 * words are not separated, and their prose is told by its sentence marks instead.
 */
const LANGUAGES = [
  lists.afr, lists.ara, lists.bul, lists.cat, lists.ces, lists.dan, lists.deu, lists.ell, lists.eng, lists.est, lists.eus,
  lists.fas, lists.fin, lists.fra, lists.gle, lists.glg, lists.heb, lists.hin, lists.hrv, lists.hun, lists.hye, lists.ind,
  lists.ita, lists.kor, lists.lat, lists.lav, lists.lit, lists.msa, lists.nld, lists.nob, lists.pol, lists.por, lists.ron,
  lists.rus, lists.slk, lists.slv, lists.spa, lists.swa, lists.swe, lists.tgl, lists.tha, lists.tur, lists.ukr, lists.urd,
  lists.vie,
];

/** Word → the languages (by index) that list it as a function word. */
const LANGUAGES_OF = new Map<string, number[]>();
LANGUAGES.forEach((list, language) => {
  for (const word of list) {
    const known = LANGUAGES_OF.get(word);
    if (known) known.push(language);
    else LANGUAGES_OF.set(word, [language]);
  }
});

export interface FunctionWordShare {
  /** Share of the words (every occurrence) that are function words of the language that claims most of them. */
  ofWords: number;
  /** The same over distinct words: a keyword repeated ("stock car, stock car…" with French "car") counts once. */
  ofDistinctWords: number;
}

function largest(counts: Int32Array): number {
  let most = 0;
  for (const n of counts) if (n > most) most = n;
  return most;
}

export function functionWordShare(text: string): FunctionWordShare {
  // Both shares in one pass: every line of a page that is neither prose nor short is asked.
  const ofEach = new Int32Array(LANGUAGES.length);
  const ofDistinct = new Int32Array(LANGUAGES.length);
  const seen = new Set<string>();
  const ws = words(text);
  for (const word of ws) {
    const w = word.toLowerCase();
    const first = !seen.has(w);
    if (first) seen.add(w);
    for (const language of LANGUAGES_OF.get(w) ?? []) {
      ofEach[language]! += 1;
      if (first) ofDistinct[language]! += 1;
    }
  }
  return {
    ofWords: ws.length === 0 ? 0 : largest(ofEach) / ws.length,
    ofDistinctWords: seen.size === 0 ? 0 : largest(ofDistinct) / seen.size,
  };
}

/** A function word in any of the languages ("the", "como", "und"), whatever its case. */
export function isFunctionWord(word: string): boolean {
  return LANGUAGES_OF.has(word.toLowerCase());
}

const ENGLISH = new Set(lists.eng);

/**
 * A word that a name does not hold: an English function word in any case (English title case capitalises them, "The
 * Untold Story Of The Fall"), or another language's written in lower case ("Die Geschichte des Krieges"). Capitalised,
 * another language's function word is as often a name: "Tom" (Czech), "Kim" (Turkish).
 */
export function isFunctionWordInName(word: string): boolean {
  const lower = word.toLowerCase();
  return ENGLISH.has(lower) || (lower === word && LANGUAGES_OF.has(lower));
}
