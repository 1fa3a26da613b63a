// Article text and topic rules → whether the article belongs in the archive, and if not, why.
import { z } from 'zod';
import { followsWordCharacter, isDenseCode } from './textShape.ts';

export const topicSchema = z.object({
  description: z.string().optional(),
  /** Every requirement must be met; a requirement is met when any of its patterns occurs. */
  requirements: z.array(z.object({ label: z.string().min(1), patterns: z.array(z.string().min(1)).min(1) })),
});

export type TopicConfig = z.infer<typeof topicSchema>;

export interface TopicRules {
  requirements: { label: string; res: RegExp[] }[];
}

/**
 * Patterns are case-sensitive regular expressions anchored at a word start ("Ukrain" matches "Ukrainian"). The start is
 * checked by hand where a pattern matches: written as a lookbehind, it would be asked at every character of the text.
 * Chinese and Japanese write no spaces between words, so a match opening with one of their characters has no start to
 * check ("約1万人の北朝鮮兵").
 */
export function compileTopic(config: TopicConfig): TopicRules {
  return {
    requirements: config.requirements.map((r) => ({
      label: r.label,
      res: r.patterns.map((p) => new RegExp(p, 'gu')),
    })),
  };
}

function occursAtWordStart(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (!followsWordCharacter(text, m.index) || isDenseCode(text.charCodeAt(m.index))) return true;
    // Past this start (a whole code point) and on: an empty match or one inside a word tells nothing about later ones.
    re.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
  }
  return false;
}

export interface TopicVerdict {
  onTopic: boolean;
  reason: string | null;
}

export function checkTopic(text: string, rules: TopicRules): TopicVerdict {
  const met = rules.requirements.map((r) => r.res.some((re) => occursAtWordStart(re, text)));
  const missing = rules.requirements.find((_, i) => !met[i]);
  if (!missing) return { onTopic: true, reason: null };
  // The first requirement is the archive's subject: without it the article is simply elsewhere.
  const present = rules.requirements.filter((_, i) => met[i]).map((r) => r.label);
  return {
    onTopic: false,
    reason: !met[0] ? `off-topic: no mention of ${missing.label}` : `off-topic: ${present.join(' and ')}, but not ${missing.label}`,
  };
}
