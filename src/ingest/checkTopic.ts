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
  /**
   * Each requirement's patterns as alternations, read once per requirement rather than once per pattern: those holding
   * a Latin letter, and those holding none ("КНДР", "북한"), which are looked for only in a text with a letter past
   * Latin. Kept apart, the first scan Latin text at their own speed; together, the other scripts' letters halved it.
   * Latin patterns that may open with a small letter ("ukrain", "[Nn]ord-coréen") stop the scan at every such letter of
   * every word: they are asked only when the others found nothing.
   */
  requirements: { label: string; latin: RegExp | null; small: RegExp | null; other: RegExp | null }[];
}

/** A Latin letter in a pattern's source; its escapes (\d, \s, \p{L}) count, which only ever puts a pattern with the Latin ones. */
const LATIN_LETTER = /[A-Za-z\u00c0-\u024f]/;
/** A pattern that may open with a small Latin letter, or a class holding one. */
const SMALL_START = /^(\[[^\]]*[a-z\u00df-\u00ff]|[a-z\u00df-\u00ff])/;
/** A character past Latin and the common punctuation: the text may hold what the other patterns look for. */
const BEYOND_LATIN = /[^\u0000-\u024f\u2000-\u206f]/;

function alternation(patterns: string[]): RegExp | null {
  return patterns.length === 0 ? null : new RegExp(patterns.map((p) => `(?:${p})`).join('|'), 'gu');
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
      latin: alternation(r.patterns.filter((p) => LATIN_LETTER.test(p) && !SMALL_START.test(p))),
      small: alternation(r.patterns.filter((p) => LATIN_LETTER.test(p) && SMALL_START.test(p))),
      other: alternation(r.patterns.filter((p) => !LATIN_LETTER.test(p))),
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
  const met = rules.requirements.map(
    (r) =>
      (r.latin !== null && occursAtWordStart(r.latin, text)) ||
      (r.other !== null && BEYOND_LATIN.test(text) && occursAtWordStart(r.other, text)) ||
      (r.small !== null && occursAtWordStart(r.small, text)),
  );
  const missing = rules.requirements.find((_, i) => !met[i]);
  if (!missing) return { onTopic: true, reason: null };
  // The first requirement is the archive's subject: without it the article is simply elsewhere.
  const present = rules.requirements.filter((_, i) => met[i]).map((r) => r.label);
  return {
    onTopic: false,
    reason: !met[0] ? `off-topic: no mention of ${missing.label}` : `off-topic: ${present.join(' and ')}, but not ${missing.label}`,
  };
}
