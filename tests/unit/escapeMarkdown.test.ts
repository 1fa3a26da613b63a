// escapeMarkdown (and renderBody): scraped text written as Markdown renders, through markdown-it without HTML, as exactly that text.
import markdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/store/escapeMarkdown.ts';
import { renderBody } from '../../src/store/renderEntry.ts';

const md = markdownIt({ html: false });

/** markdown-it's own escaping of text content. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const TRICKY = [
  '*bold*',
  '**strong** and _x_ and __y__',
  '_x_',
  '[a](javascript:alert(1))',
  '![img](https://tracker.example/p.png)',
  '[ref]: https://example.com',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<https://example.com>',
  '&amp;',
  '&copy; &#169; &#x3C;',
  '# not a heading',
  '###### six',
  '#hashtag',
  '1. not a list',
  '2024) not a list either',
  '- not a list',
  '+ not a list',
  '* not a list',
  '> not a quote',
  '---',
  '***',
  '___',
  '- - -',
  '===',
  '{{ 7*7 }}',
  '{% raw %}',
  '| a | b |',
  '|---|---|',
  'C:\\Users\\kim\\file.txt and \\*',
  'ends with a backslash \\',
  '`code` and ``more``',
  '```',
  '~~~',
  '~~strike~~',
  'a ~ b',
  '1.5 million troops',
  '10,000 soldiers; 3 * 4 = 12',
  'Kim’s “quoted” words — 북한군 «Путин»',
  'www.example.com and https://example.com',
  '<!-- comment -->',
  'Text with trailing hashes ##',
];

describe('escapeMarkdown', () => {
  it.each(TRICKY)('%j renders as one paragraph of exactly that text', (text) => {
    expect(md.render(escapeMarkdown(text))).toBe(`<p>${escapeHtml(text)}</p>\n`);
  });

  it('joins a multi-line string into one line so no block can form', () => {
    expect(md.render(escapeMarkdown('first\n# second\n- third'))).toBe('<p>first # second - third</p>\n');
  });

  it('is idempotent in what it shows: escaping already-escaped text shows the backslashes', () => {
    const once = escapeMarkdown('*x*');
    expect(md.render(escapeMarkdown(once))).toBe(`<p>${escapeHtml(once)}</p>\n`);
  });
});

describe('renderBody', () => {
  it('renders paragraphs and headings literally', () => {
    const parts = [
      { type: 'heading' as const, text: '<b>Why</b> it *matters*' },
      { type: 'paragraph' as const, text: '# not a heading' },
      { type: 'paragraph' as const, text: '{{ 7*7 }} [x](javascript:alert(1))' },
    ];
    expect(md.render(renderBody({ parts }))).toBe(
      `<h2>${escapeHtml('<b>Why</b> it *matters*')}</h2>\n<p># not a heading</p>\n<p>${escapeHtml('{{ 7*7 }} [x](javascript:alert(1))')}</p>\n`,
    );
  });

  it('keeps a trailing "#" of a heading', () => {
    expect(md.render(renderBody({ parts: [{ type: 'heading', text: 'Where next #' }] }))).toBe('<h2>Where next #</h2>\n');
  });
});
