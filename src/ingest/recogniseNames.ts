// Article text → names the gazetteer does not hold ("Davis Cup", "Amsterdam Light Festival", "Kate Henshaw"): runs
// of capitalised words inside its sentences, named more than once.
import { isFunctionWord } from './functionWords.ts';
import { CLOSERS, followsWordCharacter, isAllCaps, SENTENCE_ENDS } from './textShape.ts';
import { matchLineFurniture } from './vocabulary.ts';

/** Particles joining the words of a name ("Bank of Korea", "Institute for the Study of War", "Ursula von der Leyen"). */
const PARTICLES = 'of|for|the|de|del|der|van|von|bin|al|da|du|la|le';
/** A capitalised word, which may carry an apostrophe or a hyphen ("O'Brien", "Jong-un", "People's"). */
const WORD = "\\p{Lu}[\\p{L}\\p{M}]*(?:['’-][\\p{L}\\p{M}]+)*";
const SPACE = '[ \\u00a0]';
/** A run of capitalised words with particles between them; not "and", which joins two names. Matched where it starts. */
const CAPITALISED_RUN = new RegExp(`${WORD}(?:${SPACE}(?:(?:${PARTICLES})${SPACE})*${WORD})+`, 'uy');
/**
 * Where a run may start: a letter of a script with capitals (Latin, Greek, Cyrillic, Armenian, Georgian), a word, a
 * space, particles, and another such letter. Plain classes, which the engine skips through text with, where Unicode
 * properties are tried at every character: the run itself is read only where this finds one (over generated captures'
 * bodies the search took 1.8 times as long without it).
 */
const CASED_LETTER = '[A-Z\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u052f\\u0531-\\u0556\\u10a0-\\u10cf\\u1e00-\\u1fff]';
const RUN_START = new RegExp(`${CASED_LETTER}\\S*${SPACE}(?:(?:${PARTICLES})${SPACE})*${CASED_LETTER}`, 'g');
/**
 * "Institute for the Study of War", "Center for Strategic and International Studies": a capitalised word and particles
 * (or "and") right before a run make it the tail of a longer name, whose parts are no names of their own.
 */
const NAME_BEFORE = new RegExp(`\\p{Lu}[\\p{L}\\p{M}'’-]*${SPACE}(?:(?:${PARTICLES}|and)${SPACE})+$`, 'u');
/** "Hanwha Q Cells'", "Ascom’s": the name without its possessive. */
const POSSESSIVE = /['’]s?$/;
/**
 * Titles and forms of address before a name ("President", "Lt. Gen.", "Mr."), checked without a final full stop: the
 * office is not the person's name. With the words qualifying it ("Defense Minister", "Vice President"): up to the last
 * title among a run's first three words, the run is the office. Such words alone start names ("Foreign Ministry").
 */
const TITLES = new Set([
  'president', 'minister', 'secretary', 'general', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'chancellor', 'king',
  'queen', 'prince', 'princess', 'leader', 'chairman', 'chairwoman', 'chief', 'director', 'spokesman', 'spokeswoman',
  'spokesperson', 'ambassador', 'senator', 'sen', 'rep', 'representative', 'governor', 'gov', 'mayor', 'judge', 'dr', 'mr',
  'mrs', 'ms', 'sir', 'dame', 'lord', 'lady', 'pope', 'commander', 'coach',
]);
/** How far into a run a title may stand ("Deputy Defense Minister Park Il"). */
const TITLE_REACH = 3;
/**
 * "North Korean troops", "South Korean officials": a people named with a point of the compass, before a common noun,
 * is an adjective of nationality, no name. (A name ending alike, "Paul Ryan said", is followed by lower case too.)
 */
const COMPASS_NATIONALITY = /^(north|south|east|west|northern|southern|eastern|western|central)[ \u00a0]\S+(an|ese|ish|ic|i)$/i;

/** A name needs at least two words: one capitalised word alone is as often a sentence's first word as a name. */
export const NAME_MIN_WORDS = 2;
/** Mentions a name needs in the article, headline and standfirst included. */
export const NAME_MIN_MENTIONS = 2;
/**
 * Names are looked for in the headline, the standfirst and this many paragraphs: who and what the story is about is
 * named there (a name first met further down is not what it is about), and the search costs the parse less.
 */
export const NAME_PARAGRAPHS = 3;
/** Most names an article gets this way, after the gazetteer's. */
export const MAX_RECOGNISED_NAMES = 5;

/** Month and weekday names, English: "Black Friday", "July Fourth" are dates more often than names. */
const CALENDAR_WORDS = new Set(
  [
    ...Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2020, m, 15)).toLocaleString('en', { month: 'long', timeZone: 'UTC' })),
    ...Array.from({ length: 7 }, (_, d) => new Date(Date.UTC(2020, 5, 7 + d)).toLocaleString('en', { weekday: 'long', timeZone: 'UTC' })),
  ].map((w) => w.toLowerCase()),
);

/** Marks that may open a sentence; a colon or semicolon ends a clause whose next word is capitalised for itself. */
const OPENERS = new Set(['"', '“', '‘', '«', '(', '[', '—', '–']);
const CLAUSE_ENDS = new Set([':', ';']);

const isSpace = (c: string) => c === ' ' || c === '\u00a0';
const isLowerCase = (c: string) => (c >= 'a' && c <= 'z') || (c > '\u007f' && c.toUpperCase() !== c);

/** A sentence starts at `at`: nothing before it, an opening mark, or the end of the one before and a space. */
function startsSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && isSpace(text.charAt(i))) i -= 1;
  if (i < 0 || OPENERS.has(text.charAt(i))) return true;
  if (i === at - 1) return false;
  if (CLOSERS.has(text.charAt(i))) i -= 1;
  return SENTENCE_ENDS.has(text.charAt(i)) || CLAUSE_ENDS.has(text.charAt(i));
}

/**
 * The name a run of capitalised words holds, or null: titles off its start, and at a sentence's start its capitalised
 * function word ("The Pentagon", "Como Educar"), the possessive off its end.
 */
function nameIn(run: string, atSentenceStart: boolean): string | null {
  const words = run.split(/[ \u00a0]/);
  words[words.length - 1] = words.at(-1)!.replace(POSSESSIVE, '');
  let start = 0;
  // A sentence's first word is capitalised whatever it is: a function word ("The Pentagon"), or a common noun when a
  // particle follows it ("Shares of Kakao").
  if (atSentenceStart && (isFunctionWord(words[0]!) || /^\p{Ll}/u.test(words[1] ?? ''))) start = 1;
  for (let k = Math.min(start + TITLE_REACH, words.length) - 1; k >= start; k -= 1) {
    if (TITLES.has(words[k]!.toLowerCase().replace(/\.$/, ''))) {
      start = k + 1;
      break;
    }
  }
  // A particle is inside a name, never its start ("Tale of Jang Noksu" less its first word is no name).
  while (start < words.length && /^\p{Ll}/u.test(words[start]!)) start += 1;
  const kept = words.slice(start);
  if (kept.length < NAME_MIN_WORDS || kept.some((w) => CALENDAR_WORDS.has(w.toLowerCase()))) return null;
  return kept.join(' ');
}

export interface NameText {
  headline: string;
  summary: string | null;
  paragraphs: readonly string[];
}

/** How a run was printed: its text, whether a sentence starts with it, whether a common noun follows it. */
interface Occurrence {
  run: string;
  atSentenceStart: boolean;
  beforeLowerCase: boolean;
}

/** One way a run was printed, how often, and where first. */
interface Printing {
  o: Occurrence;
  count: number;
  first: number;
}

/** The name an occurrence gives, or null, by the cheap tests of its text. */
function nameOf(o: Occurrence): string | null {
  if (o.beforeLowerCase && COMPASS_NATIONALITY.test(o.run)) return null;
  return nameIn(o.run, o.atSentenceStart);
}

/**
 * The run names someone on its own: not a lead-in in capitals ("DEAR ABBY: My husband…", "UKRAINIAN PRESIDENT
 * VOLODYMYR Zelenskyy…"), which shouts; not an interface label ("Read More"), furniture left in the text; and not a run
 * holding a name the gazetteer knows ("Kim Jong Un’s", "North Korea’s"), which is the gazetteer's to tag.
 */
function standsAlone(run: string, isKnown: (name: string) => boolean): boolean {
  return !isAllCaps(run) && matchLineFurniture(run) === undefined && !isKnown(run);
}

/** A particle right before a run, which may make it the tail of a longer name (NAME_BEFORE): a cheap test first. */
const PARTICLE_BEFORE = new RegExp(`(?:^|${SPACE})(?:${PARTICLES}|and)${SPACE}$`);

/**
 * Names in the article the gazetteer does not know (`isKnown` says whether a text holds one of its names), most
 * mentioned first, then in order of first mention.
 */
export function recogniseNames(text: NameText, isKnown: (name: string) => boolean): string[] {
  // Occurrences first, by how they were printed: an article names its people again and again, and the tests of a run's
  // text are asked once for each way it was printed.
  const printed = new Map<string, Printing>();
  let offset = 0;
  for (const part of [text.headline, text.summary ?? '', ...text.paragraphs.slice(0, NAME_PARAGRAPHS)]) {
    RUN_START.lastIndex = 0;
    for (let start = RUN_START.exec(part); start !== null; start = RUN_START.exec(part)) {
      const at = start.index;
      CAPITALISED_RUN.lastIndex = at;
      const match = CAPITALISED_RUN.exec(part);
      // Not a run after all ("à Paris", "Trump, Biden"): the next may start inside what was looked at.
      RUN_START.lastIndex = match === null ? at + 1 : at + match[0].length;
      if (match === null) continue;
      const run = match[0];
      const before = part.charAt(at - 1);
      // Inside a word ("McDonald" from its "D"), or after an apostrophe or hyphen, no name starts.
      if (followsWordCharacter(part, at) || before === "'" || before === '’' || before === '-') continue;
      if (before === ' ' && PARTICLE_BEFORE.test(part.slice(Math.max(0, at - 5), at)) && NAME_BEFORE.test(part.slice(Math.max(0, at - 60), at))) continue;
      const atSentenceStart = startsSentence(part, at);
      const beforeLowerCase = isSpace(part.charAt(at + run.length)) && isLowerCase(part.charAt(at + run.length + 1));
      const key = `${run}\u0000${atSentenceStart ? 1 : 0}${beforeLowerCase ? 1 : 0}`;
      const seen = printed.get(key);
      if (seen) seen.count += 1;
      else printed.set(key, { o: { run, atSentenceStart, beforeLowerCase }, count: 1, first: offset + at });
    }
    offset += part.length + 1;
  }
  const tally = new Map<string, { count: number; first: number; printings: Printing[] }>();
  for (const printing of printed.values()) {
    const name = nameOf(printing.o);
    if (name === null) continue;
    const seen = tally.get(name);
    if (seen) {
      seen.count += printing.count;
      seen.printings.push(printing);
    } else tally.set(name, { count: printing.count, first: printing.first, printings: [printing] });
  }
  // The costlier tests of a run's text only for names mentioned often enough, which are few.
  for (const [name, t] of tally) {
    if (t.count < NAME_MIN_MENTIONS) continue;
    const alone = t.printings.filter((p) => standsAlone(p.o.run, isKnown));
    t.count = alone.reduce((n, p) => n + p.count, 0);
    t.first = Math.min(...alone.map((p) => p.first));
    if (alone.length === 0) tally.delete(name);
  }
  return [...tally]
    .filter(([name, t]) => t.count >= NAME_MIN_MENTIONS && !isKnown(name))
    .sort(([, a], [, b]) => b.count - a.count || a.first - b.first)
    .slice(0, MAX_RECOGNISED_NAMES)
    .map(([name]) => name);
}
