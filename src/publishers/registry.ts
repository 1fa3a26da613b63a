// The outlet registry: names, domains, aliases and habits of publishers, loaded from data and queried by name, domain or mention.
import { z } from 'zod';
import { aliasMatcher } from '../ingest/aliasMatcher.ts';

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

/**
 * A line this outlet prints inside its articles that is not the article ("CLICK HERE TO GET THE … APP", a wire
 * service's "(END)"): matched against the whole line, case-insensitively unless stated. The parser's general rules
 * must already get the outlet's pages right; these only catch what they cannot know.
 */
export const cleanupRuleSchema = z.object({
  name: z.string().regex(/^[a-z0-9-]+$/),
  pattern: z.string().min(1).refine(compiles, { message: 'not a valid regular expression' }),
  reason: z.string().min(1),
  caseSensitive: z.boolean().default(false),
});

export const publisherSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  domains: z.array(z.string().min(3)).default([]),
  /** `publisher` reports; `agency` supplies others (a byline, not a page owner); `aggregator` only carries others' stories. */
  kind: z.enum(['publisher', 'agency', 'aggregator']).default('publisher'),
  /** IANA zone the outlet's printed times are in. */
  timezone: z.string().optional(),
  /** How the outlet writes all-numeric dates. */
  dateOrder: z.enum(['MDY', 'DMY', 'YMD']).optional(),
  cleanup: z.array(cleanupRuleSchema).default([]),
});

export const registrySchema = z.object({ publishers: z.array(publisherSchema) });

export type Publisher = z.infer<typeof publisherSchema>;

export interface CleanupRule {
  name: string;
  /** Anchored to the whole line. */
  re: RegExp;
  reason: string;
}

export interface Registry {
  publishers: readonly Publisher[];
  byId(id: string): Publisher | undefined;
  /** Exact name or alias, case-insensitive: a line that is only an outlet's name. */
  byName(text: string): Publisher | undefined;
  /** Host or bare domain; subdomains fold to the registered domain. */
  byDomain(hostOrDomain: string): Publisher | undefined;
  /** Outlets named inside running text (case-sensitive whole words), in order of first mention. */
  mentionedIn(text: string): Publisher[];
  /** Every mention, repeats included, in order. */
  mentionedInAll(text: string): Publisher[];
  /** The outlet's cleanup rules, compiled. */
  cleanupRules(publisher: Publisher): readonly CleanupRule[];
}

export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

export function createRegistry(data: unknown): Registry {
  const { publishers } = registrySchema.parse(data);
  const names = new Map<string, Publisher>();
  const domains = new Map<string, Publisher>();
  for (const p of publishers) {
    for (const n of [p.name, ...p.aliases]) names.set(n.toLowerCase(), p);
    for (const d of p.domains) domains.set(d.toLowerCase().replace(/^www\./, ''), p);
  }
  // Longest names first, so "Los Angeles Times" wins over "Times" when both could match; every line of a page's
  // furniture is searched, so the names are found by the gazetteer's matcher rather than one long pattern.
  const byMention = new Map(publishers.flatMap((p) => [p.name, ...p.aliases].map((n) => [n, p] as const)));
  const findMentions = aliasMatcher(byMention.keys());
  // No line longer than the longest name (and its surrounding spaces) is a name: most lines are spared the lower-casing.
  const longestName = Math.max(0, ...[...names.keys()].map((n) => n.length));

  const rules = new Map(
    publishers.map((p) => [
      p.id,
      p.cleanup.map((r) => ({ name: r.name, reason: r.reason, re: new RegExp(`^(?:${r.pattern})$`, r.caseSensitive ? 'u' : 'iu') })),
    ]),
  );

  return {
    publishers,
    cleanupRules: (publisher) => rules.get(publisher.id) ?? [],
    byId: (id) => publishers.find((p) => p.id === id),
    byName(text) {
      const trimmed = text.trim();
      return trimmed.length > longestName ? undefined : names.get(trimmed.toLowerCase());
    },
    byDomain(hostOrDomain) {
      let host = hostOrDomain.toLowerCase().replace(/^www\./, '');
      while (host.includes('.')) {
        const hit = domains.get(host);
        if (hit) return hit;
        host = host.slice(host.indexOf('.') + 1);
      }
      return undefined;
    },
    mentionedIn(text) {
      const found = this.mentionedInAll(text);
      return found.filter((p, i) => found.indexOf(p) === i);
    },
    mentionedInAll(text) {
      return findMentions(text).map((m) => byMention.get(m.alias)!);
    },
  };
}
