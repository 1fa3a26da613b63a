// An article span and its page owner's cleanup rules → the span with the lines those rules name moved to the dropped list, each with the rule's reason.
import type { CleanupRule } from '../publishers/registry.ts';
import type { ArticleSpan } from './types.ts';

/**
 * Only the body and standfirst are filtered: a rule that matched a headline or a date line would be a wrong rule, and
 * the general parser decides those. The page's owner, not the article's source, is asked, because page furniture is
 * the site's (an aggregator's promos around a wire story are the aggregator's).
 */
export function applyPublisherRules(span: ArticleSpan, rules: readonly CleanupRule[], outlet: string): ArticleSpan {
  if (rules.length === 0) return span;
  const ruleFor = (text: string) => rules.find((r) => r.re.test(text));
  const dropped = [...span.dropped];
  const body = span.body.filter(({ block }) => {
    const rule = ruleFor(block.text);
    if (rule) dropped.push({ block, reason: `${rule.reason} (${outlet} cleanup rule "${rule.name}")` });
    return rule === undefined;
  });
  let summary = span.summary;
  const summaryRule = summary ? ruleFor(summary.text) : undefined;
  if (summary && summaryRule) {
    dropped.push({ block: summary, reason: `${summaryRule.reason} (${outlet} cleanup rule "${summaryRule.name}")` });
    summary = null;
  }
  // A body every line of which a rule removed is not an article any more; the rules are wrong, and the span is kept.
  if (body.length === 0) return span;
  return { ...span, body, summary, dropped };
}
