// The text a feed gives for an article: its standfirst, else its body's first paragraph, as plain text.
import type { Entry } from '../store/entrySchema.ts';
import { firstParagraph } from './plainBody.ts';

/** What a feed reads from an article page: its entry, and its Markdown body as Eleventy read it (`page.rawInput`). */
export interface FeedArticle {
  url: string;
  data: { entry: Entry; page?: { rawInput?: unknown } };
}

/** Plain text only: nothing from an entry reaches a feed as HTML. Null when the entry has neither. */
export function feedSummary(article: FeedArticle): string | null {
  const body = article.data.page?.rawInput;
  return article.data.entry.summary ?? (typeof body === 'string' ? firstParagraph(body) : null);
}
