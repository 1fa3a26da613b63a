// Article text and topic rules → whether the article belongs in the archive, and if not, why.
import { z } from 'zod';

export const topicSchema = z.object({
  description: z.string().optional(),
  /** Every requirement must be met; a requirement is met when any of its patterns occurs. */
  requirements: z.array(z.object({ label: z.string().min(1), patterns: z.array(z.string().min(1)).min(1) })),
});

export type TopicConfig = z.infer<typeof topicSchema>;

export interface TopicRules {
  requirements: { label: string; res: RegExp[] }[];
}

/** Patterns are case-sensitive regular expressions anchored at a word start ("Ukrain" matches "Ukrainian"). */
export function compileTopic(config: TopicConfig): TopicRules {
  return {
    requirements: config.requirements.map((r) => ({
      label: r.label,
      res: r.patterns.map((p) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${p})`, 'u')),
    })),
  };
}

export interface TopicVerdict {
  onTopic: boolean;
  reason: string | null;
}

export function checkTopic(text: string, rules: TopicRules): TopicVerdict {
  const met = rules.requirements.map((r) => r.res.some((re) => re.test(text)));
  const missing = rules.requirements.find((_, i) => !met[i]);
  if (!missing) return { onTopic: true, reason: null };
  // The first requirement is the archive's subject: without it the article is simply elsewhere.
  const present = rules.requirements.filter((_, i) => met[i]).map((r) => r.label);
  return {
    onTopic: false,
    reason: !met[0] ? `off-topic: no mention of ${missing.label}` : `off-topic: ${present.join(' and ')}, but not ${missing.label}`,
  };
}
