// An article → the document the search index reads for it: the text its page shows a reader (headline as the page's
// heading, standfirst, body) and what results show and filter by (headline, source, stated date; source), in
// Pagefind's own attributes. Tags are not a filter: once a page loads its filters, Pagefind counts every filter value
// over every result of each query, and with about ten tags an article a word most articles contain took 2.5-5 s over
// 10,000 captures (12 s over 20,000), against about 0.3 s with the source alone. Each tag has its own page instead.
// Made from the entry rather than read back from the rendered page, so the index can be built beside the site
// instead of after it. A document rather than a plain-text record, so that Pagefind weighs a
// word of the headline as a heading's, as it did reading the page itself.
import type { Entry } from '../store/entrySchema.ts';
import { plainBlocks } from './plainBody.ts';
import { publicationDate } from './publicationDate.ts';
import { escapeHtml } from './markdown.ts';

export interface SearchDocument {
  url: string;
  content: string;
}

/**
 * Every text is scraped, so every one is escaped: Pagefind reads `<b>` in a headline as the characters. A lone
 * surrogate half (scraped text can hold one) cannot be sent to Pagefind's process, whose JSON reader refuses
 * it; it becomes U+FFFD, as it does in the page's own UTF-8.
 */
const text = (value: string) => escapeHtml(value.toWellFormed());

const meta = (attributes: string, value: string) => `<meta ${attributes} content="${text(value)}">`;

export function searchDocument(url: string, entry: Entry, body: string, language: string): SearchDocument {
  const when = publicationDate(entry);
  const head = [
    meta('data-pagefind-meta="title[content]"', entry.headline),
    ...(entry.source === null ? [] : [meta('data-pagefind-meta="source[content]" data-pagefind-filter="source[content]"', entry.source)]),
    ...(when === null ? [] : [meta('data-pagefind-meta="date[content]"', when.human)]),
  ];
  const blocks = [
    `<h1>${text(entry.headline)}</h1>`,
    ...(entry.summary === undefined ? [] : [`<p>${text(entry.summary)}</p>`]),
    ...plainBlocks(body).map((block) => (block.kind === 'heading' ? `<h2>${text(block.text)}</h2>` : `<p>${text(block.text)}</p>`)),
  ];
  return {
    url,
    content: `<!DOCTYPE html><html lang="${escapeHtml(language)}"><head>${head.join('')}</head><body>${blocks.join('\n')}</body></html>`,
  };
}
