// The Markdown renderer for entry bodies: scraped text stays text, with no raw HTML, images or unsafe links.
import markdownIt, { type MarkdownIt, type StateCore } from 'markdown-it';
import { isSafeWebUrl } from '../store/entrySchema.ts';

/** The page's headline is its only `<h1>`; a body heading (a hand edit's `# ...`) starts one level below. */
const HIGHEST_BODY_HEADING = 2;
const HEADING_TAG = /^h([1-6])$/;

function demoteHeadings(state: StateCore): void {
  for (const token of state.tokens) {
    if (token.type !== 'heading_open' && token.type !== 'heading_close') continue;
    const level = Number(HEADING_TAG.exec(token.tag)?.[1]);
    if (level < HIGHEST_BODY_HEADING) token.tag = `h${HIGHEST_BODY_HEADING}`;
  }
}

/** Markdown-it's HTML escaping (&, <, >, "), for the pages this project writes as strings rather than templates. */
export const { escapeHtml } = new markdownIt().utils;

export function createMarkdown(): MarkdownIt {
  const md = new markdownIt({ html: false, linkify: false, typographer: false });
  // An image would make the archive fetch from the outlet's server on every view.
  md.disable('image');
  // Relative links in scraped text point nowhere in the archive; only absolute web links are kept.
  md.validateLink = isSafeWebUrl;
  md.core.ruler.push('demote_headings', demoteHeadings);
  return md;
}
