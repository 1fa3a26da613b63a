// Article text and gazetteer → canonical entity tags, aliases folded, ranked by salience.
import { z } from 'zod';

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
  /** `shortRe`: a person's family or given name alone, counted only once the full name has appeared. */
  matchers: { name: string; re: RegExp; shortRe: RegExp | null }[];
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
      return { name: e.name, re: wordsPattern(all), shortRe: short ? wordsPattern(short) : null };
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

export function extractTags(input: TagInput, gazetteer: Gazetteer): string[] {
  const body = input.paragraphs.join('\n');
  const scored = gazetteer.matchers
    .map(({ name, re, shortRe }) => {
      const inBody = count(re, body);
      const shortMentions = shortRe && inBody.n > 0 ? count(shortRe, body.slice(inBody.first)).n - inBody.n : 0;
      const score =
        TAG_WEIGHT.mention * (inBody.n + Math.max(0, shortMentions)) +
        (count(re, input.headline).n > 0 ? TAG_WEIGHT.headline : 0) +
        (input.summary && count(re, input.summary).n > 0 ? TAG_WEIGHT.summary : 0) +
        (input.paragraphs[0] && count(re, input.paragraphs[0]).n > 0 ? TAG_WEIGHT.firstParagraph : 0);
      return { name, score, first: inBody.first };
    })
    .filter((t) => t.score > 0);
  scored.sort((a, b) => b.score - a.score || a.first - b.first || a.name.localeCompare(b.name));
  return scored.slice(0, MAX_TAGS).map((t) => t.name);
}
