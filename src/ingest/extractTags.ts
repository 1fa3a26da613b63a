// Article text and gazetteer → canonical entity tags, aliases folded, ranked by salience.
import { z } from 'zod';
import { isAllCaps } from './textShape.ts';

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
  /**
   * `re` for ordinary text; `capsRe` for text in capitals, where short exact aliases ("UN", "US") would be read in
   * every shouted word; `shortRe`: a person's family or given name alone, counted once the full name has appeared.
   */
  matchers: { name: string; re: RegExp; capsRe: RegExp; shortRe: RegExp | null }[];
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

function wordsPattern(forms: string[]): RegExp {
  const alternatives = [...new Set(forms)].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

export function compileGazetteer(config: GazetteerConfig): Gazetteer {
  return {
    matchers: config.entities.map((e) => {
      const forms = [e.name, ...e.aliases].flatMap((a) => (a.length >= CAPITALS_MIN_LENGTH ? [a, a.toUpperCase()] : [a]));
      const all = [...new Set([...forms, ...e.caseSensitiveAliases])];
      const nameParts = e.name.split(' ');
      // News style names a person in full once, then by one name: "Choe Son Hui … Choe", "Lloyd Austin … Austin".
      const short = e.type === 'person' && nameParts.length > 1 ? [nameParts[0]!, nameParts.at(-1)!] : null;
      return { name: e.name, re: wordsPattern(all), capsRe: wordsPattern(forms), shortRe: short ? wordsPattern(short) : null };
    }),
  };
}

export interface TagInput {
  headline: string;
  summary: string | null;
  paragraphs: string[];
}

function count(re: RegExp, text: string): { n: number; first: number } {
  let n = 0;
  let first = Number.POSITIVE_INFINITY;
  for (const m of text.matchAll(re)) {
    n += 1;
    first = Math.min(first, m.index);
  }
  return { n, first };
}

type Matcher = Gazetteer['matchers'][number];

function mentions(matcher: Matcher, text: string): number {
  return count(isAllCaps(text) ? matcher.capsRe : matcher.re, text).n;
}

function score(matcher: Matcher, input: TagInput): { score: number; first: number } {
  let inBody = 0;
  let first = Number.POSITIVE_INFINITY;
  let offset = 0;
  let afterFullName = '';
  for (const paragraph of input.paragraphs) {
    const found = count(isAllCaps(paragraph) ? matcher.capsRe : matcher.re, paragraph);
    if (found.n > 0 && first === Number.POSITIVE_INFINITY) {
      first = offset + found.first;
      afterFullName = paragraph.slice(found.first);
    } else if (first !== Number.POSITIVE_INFINITY) {
      afterFullName += `\n${paragraph}`;
    }
    inBody += found.n;
    offset += paragraph.length + 1;
  }
  const shortMentions = matcher.shortRe && inBody > 0 ? Math.max(0, count(matcher.shortRe, afterFullName).n - inBody) : 0;
  return {
    score:
      TAG_WEIGHT.mention * (inBody + shortMentions) +
      (mentions(matcher, input.headline) > 0 ? TAG_WEIGHT.headline : 0) +
      (input.summary && mentions(matcher, input.summary) > 0 ? TAG_WEIGHT.summary : 0) +
      (input.paragraphs[0] && mentions(matcher, input.paragraphs[0]) > 0 ? TAG_WEIGHT.firstParagraph : 0),
    first,
  };
}

export function extractTags(input: TagInput, gazetteer: Gazetteer): string[] {
  const scored = gazetteer.matchers.map((m) => ({ name: m.name, ...score(m, input) })).filter((t) => t.score > 0);
  scored.sort((a, b) => b.score - a.score || a.first - b.first || a.name.localeCompare(b.name));
  return scored.slice(0, MAX_TAGS).map((t) => t.name);
}
