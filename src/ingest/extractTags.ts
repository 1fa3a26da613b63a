// Article text and gazetteer → entity tags: the gazetteer's canonical names, aliases folded, ranked by salience; then names it lacks.
import { z } from 'zod';
import { aliasMatcher, type AliasMatcher } from './aliasMatcher.ts';
import { recogniseNames } from './recogniseNames.ts';
import { isAllCaps } from './textShape.ts';

/** A name as text: half a surrogate pair (a file saved by a broken editor) would match half a character. */
const nameSchema = z.string().min(1).refine((s) => s.isWellFormed(), 'holds half of a surrogate pair: save the file as UTF-8 again');

export const gazetteerSchema = z.object({
  entities: z.array(
    z.object({
      name: nameSchema,
      type: z.enum(['person', 'place', 'organisation']),
      aliases: z.array(nameSchema).default([]),
      /** Short aliases that must match exactly as written ("US", not "us" or "Us"). */
      caseSensitiveAliases: z.array(nameSchema).default([]),
    }),
  ),
});

export type GazetteerConfig = z.infer<typeof gazetteerSchema>;

export interface Gazetteer {
  /** Every alias of every entity, longest first: one scan of a text finds all mentions. */
  all: AliasMatcher;
  /** The same without short exact aliases ("UN", "US"), for text in capitals where they would match shouted words. */
  caps: AliasMatcher;
  /** Matched text → canonical name. */
  nameOf: Map<string, string>;
  /**
   * A person's family or given name alone, counted once the full name has appeared ("Choe Son Hui … Choe"): one
   * matcher of every such name, so a body is read once whatever the number of people in it…
   */
  shortForms: AliasMatcher;
  /** …and the people each of those names stands for ("Kim" → Kim Jong Un, Kim Yo Jong). */
  shortFormOwners: Map<string, string[]>;
}

/** Most tags an article gets; the least salient are dropped first. */
export const MAX_TAGS = 20;
/** Salience weights: a name in the headline or standfirst says more than one deep in the body. */
export const TAG_WEIGHT = { headline: 3, summary: 2, firstParagraph: 1, mention: 1 } as const;
/** Aliases this long are also matched in capitals ("NORTH KOREA" in an all-caps heading). */
const CAPITALS_MIN_LENGTH = 5;

export function compileGazetteer(config: GazetteerConfig): Gazetteer {
  const nameOf = new Map<string, string>();
  const capsForms: string[] = [];
  const shortFormOwners = new Map<string, string[]>();
  for (const e of config.entities) {
    const forms = [e.name, ...e.aliases].flatMap((a) => (a.length >= CAPITALS_MIN_LENGTH ? [a, a.toUpperCase()] : [a]));
    for (const form of [...forms, ...e.caseSensitiveAliases]) if (!nameOf.has(form)) nameOf.set(form, e.name);
    capsForms.push(...forms);
    const parts = e.name.split(' ');
    // News style names a person in full once, then by one name: "Choe Son Hui … Choe", "Lloyd Austin … Austin".
    if (e.type !== 'person' || parts.length < 2) continue;
    for (const part of new Set([parts[0]!, parts.at(-1)!])) shortFormOwners.set(part, [...(shortFormOwners.get(part) ?? []), e.name]);
  }
  return { all: aliasMatcher(nameOf.keys()), caps: aliasMatcher(capsForms), nameOf, shortForms: aliasMatcher(shortFormOwners.keys()), shortFormOwners };
}

export interface TagInput {
  headline: string;
  summary: string | null;
  paragraphs: string[];
}

/** Canonical names mentioned in a text, with the offset of each mention. */
function mentions(gazetteer: Gazetteer, text: string): { name: string; at: number }[] {
  const find = isAllCaps(text) ? gazetteer.caps : gazetteer.all;
  return find(text).map((m) => ({ name: gazetteer.nameOf.get(m.alias)!, at: m.index }));
}

function namesIn(gazetteer: Gazetteer, text: string | null | undefined): Set<string> {
  return new Set(text ? mentions(gazetteer, text).map((m) => m.name) : []);
}

/**
 * `isOutlet` tells a news outlet's name ("Associated Press"): a report's source, which the archive files it under,
 * not what it is about.
 */
export function extractTags(input: TagInput, gazetteer: Gazetteer, isOutlet: (name: string) => boolean = () => false): string[] {
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
  // Short forms are counted from each person's first full mention on.
  const shortCounts = new Map<string, number>();
  for (const { alias, index } of gazetteer.shortForms(input.paragraphs.join('\n'))) {
    for (const name of gazetteer.shortFormOwners.get(alias)!) {
      const t = tally.get(name);
      if (t && index >= t.first) shortCounts.set(name, (shortCounts.get(name) ?? 0) + 1);
    }
  }
  for (const [name, short] of shortCounts) {
    const t = tally.get(name)!;
    const full = t.score / TAG_WEIGHT.mention;
    t.score += TAG_WEIGHT.mention * Math.max(0, short - full);
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
  const known = [...tally]
    .sort(([a, x], [b, y]) => y.score - x.score || x.first - y.first || a.localeCompare(b))
    .map(([name]) => name);
  // The gazetteer's names first: canonical, with their aliases folded. Then names it lacks, found by their shape.
  const recognised = recogniseNames(input, (name) => gazetteer.all(name).length > 0 || isOutlet(name));
  return [...known, ...recognised.filter((name) => !tally.has(name))].slice(0, MAX_TAGS);
}
