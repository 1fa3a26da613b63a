// An entry's Markdown body → plain text as a reader sees it (escapes resolved, link targets and markers dropped), for exports, feeds and excerpts.
import type { Token } from 'markdown-it';
import { createMarkdown } from './markdown.ts';

/** The site's own renderer, so the text is read exactly as the article page shows it. */
const markdown = createMarkdown();

export interface PlainBlock {
  kind: 'heading' | 'paragraph';
  text: string;
}

/** Inline tokens that carry visible text; link and emphasis markers carry none. */
function inlineText(children: readonly Token[]): string {
  return children
    .map((token) => {
      if (token.type === 'text' || token.type === 'code_inline') return token.content;
      if (token.type === 'softbreak' || token.type === 'hardbreak') return ' ';
      return '';
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

export function plainBlocks(body: string): PlainBlock[] {
  const tokens = markdown.parse(body, {});
  const blocks: PlainBlock[] = [];
  tokens.forEach((token, i) => {
    if (token.type !== 'inline') return;
    const text = inlineText(token.children ?? []);
    if (text !== '') blocks.push({ kind: tokens[i - 1]?.type === 'heading_open' ? 'heading' : 'paragraph', text });
  });
  return blocks;
}

/** Headings and paragraphs, one per block, separated by a blank line. */
export function plainBody(body: string): string {
  return plainBlocks(body).map((b) => b.text).join('\n\n');
}

/** What a feed shows when the entry has no standfirst; null when the body has no paragraph. */
export function firstParagraph(body: string): string | null {
  return plainBlocks(body).find((b) => b.kind === 'paragraph')?.text ?? null;
}
