// Article text and gazetteer → canonical entity tags, aliases folded, ranked by salience.
import { z } from 'zod';
import { isAllCaps, words } from './textShape.ts';

export const gazetteerSchema = z.object({
  entities: z.array(
    z.object({
      name: z.string().min(1),
      type: z.enum(['person', 'place', 'organisation']),
      aliases: z.array(z.string().min(1)).default([]),
      /** Short aliases that must match exactly as written ("US", not "us" or "Us"). */
      caseSensitiveAliases: z.array(z.string().min(1)).default([]),
    }),
  ),
});

export type GazetteerConfig = z.infer<typeof gazetteerSchema>;

export interface Gazetteer {
  /** Every alias of every entity in one pattern, longest first: one scan of a text finds all mentions. */
  all: RegExp;
  /** The same without short exact aliases ("UN", "US"), for text in capitals where they would match shouted words. */
  caps: RegExp;
  /** Matched text → canonical name. */
  nameOf: Map<string, string>;
  /** A person's family or given name alone, counted once the full name has appeared ("Choe Son Hui … Choe"). */
  shortForms: Map<string, RegExp>;
  /** First word of every alias: a text holding none of them mentions no entity, and skips the big pattern. */
  firstWords: Set<string>;
}

/** Most tags an article gets; the least salient are dropped first. */
export const MAX_TAGS = 20;
/** Salience weights: a name in the headline or standfirst says more than one deep in the body. */
export const TAG_WEIGHT = { headline: 3, summary: 2, firstParagraph: 1, mention: 1 } as const;
/** Aliases this long are also matched in capitals ("NORTH KOREA" in an all-caps heading). */
const CAPITALS_MIN_LENGTH = 5;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function wordsPattern(forms: Iterable<string>, flags = 'gu'): RegExp {
  const alternatives = [...new Set(forms)].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, flags);
}

export function compileGazetteer(config: GazetteerConfig): Gazetteer {
  const nameOf = new Map<string, string>();
  const capsForms: string[] = [];
  const shortForms = new Map<string, RegExp>();
  for (const e of config.entities) {
    const forms = [e.name, ...e.aliases].flatMap((a) => (a.length >= CAPITALS_MIN_LENGTH ? [a, a.toUpperCase()] : [a]));
    for (const form of [...forms, ...e.caseSensitiveAliases]) if (!nameOf.has(form)) nameOf.set(form, e.name);
    capsForms.push(...forms);
    const parts = e.name.split(' ');
    // News style names a person in full once, then by one name: "Choe Son Hui … Choe", "Lloyd Austin … Austin".
    if (e.type === 'person' && parts.length > 1) shortForms.set(e.name, wordsPattern([parts[0]!, parts.at(-1)!]));
  }
  const firstWords = new Set([...nameOf.keys()].map((form) => words(form)[0]).filter((w): w is string => w !== undefined));
  return { all: wordsPattern(nameOf.keys()), caps: wordsPattern(capsForms), nameOf, shortForms, firstWords };
}

export interface TagInput {
  headline: string;
  summary: string | null;
  paragraphs: string[];
}

/** Canonical names mentioned in a text, with the offset of each mention. */
/** Whether a word of the text, or a part of it between hyphens and apostrophes ("Russia's", "Russia-Ukraine"), opens an alias. */
function mayMention(gazetteer: Gazetteer, text: string): boolean {
  return words(text).some((w) => gazetteer.firstWords.has(w) || w.split(/[-'’]/).some((part) => gazetteer.firstWords.has(part)));
}

function mentions(gazetteer: Gazetteer, text: string): { name: string; at: number }[] {
  if (!mayMention(gazetteer, text)) return [];
  const pattern = isAllCaps(text) ? gazetteer.caps : gazetteer.all;
  return [...text.matchAll(pattern)].map((m) => ({ name: gazetteer.nameOf.get(m[0])!, at: m.index }));
}

function namesIn(gazetteer: Gazetteer, text: string | null | undefined): Set<string> {
  return new Set(text ? mentions(gazetteer, text).map((m) => m.name) : []);
}

export function extractTags(input: TagInput, gazetteer: Gazetteer): string[] {
  const tally = new Map<string, { score: number; first: number }>();
  let offset = 0;
  let inFirstParagraph = new Set<string>();
  for (const [index, paragraph] of input.paragraphs.entries()) {
    const found = mentions(gazetteer, paragraph);
    if (index === 0) inFirstParagraph = new Set(found.map((m) => m.name));
    for (const { name, at } of found) {
      const t = tally.get(name) ?? { score: 0, first: offset + at };
      t.score += TAG_WEIGHT.mention;
      tally.set(name, t);
    }
    offset += paragraph.length + 1;
  }
  const body = input.paragraphs.join('\n');
  for (const [name, t] of tally) {
    const short = gazetteer.shortForms.get(name);
    if (!short) continue;
    const full = t.score / TAG_WEIGHT.mention;
    t.score += TAG_WEIGHT.mention * Math.max(0, [...body.slice(t.first).matchAll(short)].length - full);
  }
  const bonus = (names: Set<string>, weight: number) => {
    for (const name of names) {
      const t = tally.get(name) ?? { score: 0, first: Number.POSITIVE_INFINITY };
      t.score += weight;
      tally.set(name, t);
    }
  };
  bonus(namesIn(gazetteer, input.headline), TAG_WEIGHT.headline);
  bonus(namesIn(gazetteer, input.summary), TAG_WEIGHT.summary);
  bonus(inFirstParagraph, TAG_WEIGHT.firstParagraph);
  return [...tally]
    .sort(([a, x], [b, y]) => y.score - x.score || x.first - y.first || a.localeCompare(b))
    .slice(0, MAX_TAGS)
    .map(([name]) => name);
}
