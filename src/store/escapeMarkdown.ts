// Plain scraped text → Markdown that renders as exactly that text: no emphasis, link, HTML, entity, list or heading can form.

/** Inline characters Markdown (with markdown-it's tables and strikethrough) gives meaning to. */
const INLINE_SPECIAL = /[\\`*_[\]<>&|~]/g;
/** Openings that turn a line into a heading, list item, quote or rule. */
const BLOCK_START = /^(#|[-+](?=\s|$)|\d{1,9}(?=[.)](\s|$))|={3,}|-{3,})/;

export function escapeMarkdown(text: string): string {
  // Asked first: the pattern tries every space of a paragraph for a line break, and most paragraphs hold none.
  const joined = text.includes('\n') ? text.replace(/\s*\n\s*/g, ' ') : text;
  const inline = joined.replace(INLINE_SPECIAL, '\\$&');
  return inline.replace(BLOCK_START, (start) => (/^\d/.test(start) ? start : `\\${start}`)).replace(/^(\d{1,9})([.)])/, '$1\\$2');
}
