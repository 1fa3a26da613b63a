// searchDocument: what the search index reads for an article, made from its entry: the page's text and its facts.
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/store/entrySchema.ts';
import { searchDocument } from '../../src/site/searchDocument.ts';

const ENTRY: Entry = {
  headline: 'Small number of N. Korean troops already inside Ukraine: report',
  source: 'The Korea Herald',
  date: '2024-10-30',
  datetime: '2024-10-30T09:26:00+09:00',
  byline: 'Yonhap',
  summary: 'Seoul says a few have crossed.',
  tags: ['North Korea', 'Kursk', 'KURSK'],
  dump: 'herald.txt',
  dump_sha256: 'a'.repeat(64),
  dump_lines: [3, 20],
};
const BODY = 'A small number of **North Korean** troops are in [Ukraine](https://example.com/x).\n\n## Losses\n\nEscaped: \\<b\\>bold\\</b\\>';

const bodyOf = (html: string) => /<body>([\s\S]*)<\/body>/.exec(html)![1]!;
const headOf = (html: string) => /<head>([\s\S]*)<\/head>/.exec(html)![1]!;

describe('searchDocument', () => {
  it('holds the text the page shows: the headline as its heading, the standfirst, then the body\'s headings and paragraphs', () => {
    const doc = searchDocument('/articles/herald/', ENTRY, BODY, 'en');
    expect(doc.url).toBe('/articles/herald/');
    expect(doc.content).toMatch(/^<!DOCTYPE html><html lang="en">/);
    expect(bodyOf(doc.content).split('\n')).toEqual([
      '<h1>Small number of N. Korean troops already inside Ukraine: report</h1>',
      '<p>Seoul says a few have crossed.</p>',
      '<p>A small number of North Korean troops are in Ukraine.</p>',
      '<h2>Losses</h2>',
      '<p>Escaped: &lt;b&gt;bold&lt;/b&gt;</p>',
    ]);
    expect(doc.content).not.toMatch(/Yonhap|herald\.txt|https:/);
  });

  it('gives results the headline, source and stated date, and filters by source but not by tag', () => {
    const head = headOf(searchDocument('/articles/herald/', ENTRY, BODY, 'en').content);
    expect(head).toContain(`<meta data-pagefind-meta="title[content]" content="${ENTRY.headline}">`);
    expect(head).toContain('<meta data-pagefind-meta="source[content]" data-pagefind-filter="source[content]" content="The Korea Herald">');
    expect(head).toContain('<meta data-pagefind-meta="date[content]" content="30 October 2024, 09:26 (UTC+09:00)">');
    // Counting tags over every result made common words slow to search: each tag has its page instead.
    expect(head.match(/data-pagefind-filter="([a-z]+)/g)).toEqual(['data-pagefind-filter="source']);
  });

  it('states no date, source, standfirst or tag the entry does not', () => {
    const doc = searchDocument('/articles/x/', { ...ENTRY, source: null, date: null, datetime: undefined, tags: [], summary: undefined }, 'Text.', 'en');
    expect(headOf(doc.content)).toBe(`<meta data-pagefind-meta="title[content]" content="${ENTRY.headline}">`);
    expect(bodyOf(doc.content)).toBe(`<h1>${ENTRY.headline}</h1>\n<p>Text.</p>`);
  });

  it('escapes scraped markup in every field, and replaces a lone surrogate half, which Pagefind cannot read', () => {
    const hostile = '<script>alert("x")</script> & "quotes"';
    const doc = searchDocument('/articles/x/', { ...ENTRY, headline: `${hostile}\ud800`, source: hostile, tags: [hostile], summary: hostile }, hostile, 'en');
    expect(doc.content.isWellFormed()).toBe(true);
    expect(doc.content).not.toContain('<script');
    expect(doc.content).toContain('content="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;\ufffd"');
    expect(doc.content.match(/<(\w+)/g)!.filter((tag) => !['<html', '<head', '<meta', '<body', '<h1', '<p'].includes(tag))).toEqual([]);
  });
});
