// An article → its record in the search index: the text its page shows a reader (headline, standfirst, body) and what
// results show and filter by (headline, source, stated date; source and tags). Made from the entry rather than read
// back from the rendered page, so the index can be built beside the site instead of after it.
import type { Entry } from '../store/entrySchema.ts';
import { distinctNames } from './groupArticles.ts';
import { plainBody } from './plainBody.ts';
import { publicationDate } from './publicationDate.ts';
import { tagUrl } from './siteUrls.ts';

/** Pagefind's custom record: plain text, never markup, so scraped `<b>` is indexed and shown as the characters. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/**
 * A lone surrogate half (scraped text can hold one) cannot be sent to Pagefind's process, whose JSON reader refuses
 * it; it becomes U+FFFD, as it does in the page's own UTF-8.
 */
const wellFormed = (text: string) => text.toWellFormed();

export function searchRecord(url: string, entry: Entry, body: string, language: string): SearchRecord {
  const when = publicationDate(entry);
  const source = entry.source === null ? null : wellFormed(entry.source);
  return {
    url,
    content: wellFormed([entry.headline, entry.summary ?? '', plainBody(body)].filter((part) => part !== '').join('\n\n')),
    language,
    meta: {
      title: wellFormed(entry.headline),
      ...(source !== null && { source }),
      ...(when !== null && { date: when.human }),
    },
    filters: {
      ...(source !== null && { source: [source] }),
      // As the page lists them: spellings that share a tag page are one tag.
      ...(entry.tags.length > 0 && { tag: distinctNames(entry.tags, tagUrl).map(wellFormed) }),
    },
  };
}
