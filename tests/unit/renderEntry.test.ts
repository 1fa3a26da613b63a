// renderEntry: an entry's bytes (YAML front-matter in a fixed order, literal-text body) round-trip through readEntry to the same entry.
import markdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/ingest/types.ts';
import { entrySchema, type Entry } from '../../src/store/entrySchema.ts';
import { readEntry } from '../../src/store/readEntry.ts';
import { entryOf, renderBody, renderEntry } from '../../src/store/renderEntry.ts';

const SHA = 'ab'.repeat(32);

function entryWith(fields: Partial<Entry>): Entry {
  return entrySchema.parse({ headline: 'Headline', source: 'NBC News', date: '2024-10-30', tags: [], dump: 'x.txt', dump_sha256: SHA, dump_lines: [3, 9], ...fields });
}

const article: Article = {
  headline: 'North Korean troops enter Kursk',
  source: 'The Korea Herald',
  source_domain: 'koreaherald.com',
  date: '2024-10-30',
  datetime: '2024-10-30T09:26:00+09:00',
  date_source: 'published-label',
  date_precision: 'minute',
  byline: 'Yonhap',
  via: null,
  url: 'https://www.koreaherald.com/view.php?ud=20241030000123',
  summary: 'A standfirst: with a colon',
  parts: [
    { type: 'paragraph', text: 'First *paragraph* with <b>tags</b>.' },
    { type: 'heading', text: 'SYMBOLIC?' },
    { type: 'paragraph', text: '{{ 7*7 }} and [link](javascript:alert(1)).' },
  ],
  tags: ['North Korea', 'Ukraine'],
  on_topic: true,
  topic_reason: null,
  lines: [3, 20],
  confidence: 1,
  warnings: [],
};

describe('renderEntry and readEntry round trip', () => {
  it.each([
    'Small number of N. Korean troops already inside Ukraine: report',
    'key: value',
    '---',
    'A headline --- with dashes',
    '"Double" and \'single\' quotes',
    '# hash first',
    'Issue #5',
    '- leading dash',
    '? question first',
    '* star first',
    '& ampersand first',
    '! bang first',
    '| pipe first',
    '> gt first',
    '[1, 2]',
    '{a: 1}',
    'yes',
    'no',
    'on',
    'null',
    '~',
    'true',
    '2024-10-30',
    '12:30',
    '0x1F',
    '1e3',
    '.inf',
    'NaN',
    'Kim’s troops — 북한군 — Путин',
    '<script>alert(1)</script> {{ 7*7 }}',
  ])('headline %j', (headline) => {
    const entry = entryWith({ headline });
    const { entry: back } = readEntry(renderEntry(entry, 'Body.'), 'x.md');
    expect(back).toEqual(entry);
    expect(back.headline).toBe(headline);
  });

  it('keeps a body that opens like front-matter as body (a hand edit starting with a --- block)', () => {
    const entry = entryWith({});
    const body = '---\nheadline: Something else\nsource: Elsewhere\n---\n\nThe first paragraph.';
    const { entry: back, body: backBody } = readEntry(renderEntry(entry, body), 'x.md');
    expect(back).toEqual(entry);
    expect(backBody.trim()).toBe(body);
  });

  it('round-trips every field of an entry made from an article', () => {
    const entry = entryOf(article, { dump: '002_x.txt', dump_sha256: SHA, captured_at: '2024-11-01T10:00:00Z', story: 'troops-kursk' });
    const text = renderEntry(entry, renderBody(article));
    const back = readEntry(text, 'x.md');
    expect(back.entry).toEqual(entry);
    expect(back.body).toBe(`${renderBody(article)}\n`);
  });

  it('writes fields in the fixed order and omits unknown ones', () => {
    const text = renderEntry(entryWith({ byline: 'Jane Doe', url: 'https://example.com/a', summary: 'S' }), 'B');
    const keys = [...text.split('---')[1]!.matchAll(/^([a-z0-9_]+):/gm)].map((m) => m[1]);
    expect(keys).toEqual(['headline', 'source', 'date', 'byline', 'url', 'summary', 'tags', 'dump', 'dump_sha256', 'dump_lines']);
  });

  it('writes a date as a quoted string, so YAML does not turn it into a timestamp', () => {
    expect(renderEntry(entryWith({}), 'B')).toMatch(/^date: '2024-10-30'$/m);
  });

  it('writes null for an unknown date and source, and reads them back as null', () => {
    const entry = entryWith({ date: null, source: null });
    const text = renderEntry(entry, 'B');
    expect(text).toMatch(/^date: null$/m);
    expect(readEntry(text, 'x.md').entry).toMatchObject({ date: null, source: null });
  });

  it('is byte-for-byte deterministic', () => {
    const entry = entryOf(article, { dump: '002_x.txt', dump_sha256: SHA });
    expect(renderEntry(entry, renderBody(article))).toBe(renderEntry(entryOf(article, { dump: '002_x.txt', dump_sha256: SHA }), renderBody(article)));
  });

  it('ends the body with one newline whatever white space it ended with, and keeps the white space inside', () => {
    // Every character JavaScript counts as white space or a line end, and some it does not (zero-width space, U+0085).
    const spaces = [' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
    for (const space of [...spaces, '\u200b', '\u0085']) {
      const body = `First paragraph.${space}Second${space}${space}`;
      const text = renderEntry(entryWith({}), body);
      expect(text.endsWith(`\n---\n${body.replace(/\s+$/, '')}\n`), JSON.stringify(space)).toBe(true);
      expect(text.endsWith(spaces.includes(space) ? 'Second\n' : `${body}\n`), JSON.stringify(space)).toBe(true);
    }
  });

  it('renders a body that shows its hostile text literally', () => {
    const back = readEntry(renderEntry(entryOf(article, { dump: 'x.txt', dump_sha256: SHA }), renderBody(article)), 'x.md');
    const html = markdownIt({ html: false }).render(back.body);
    expect(html).toContain('First *paragraph* with &lt;b&gt;tags&lt;/b&gt;.');
    expect(html).toContain('{{ 7*7 }} and [link](javascript:alert(1)).');
    expect(html).not.toContain('<a ');
    expect(html).not.toContain('<em>');
  });

  it('refuses to make an entry of an article with no headline', () => {
    expect(() => entryOf({ ...article, headline: null }, { dump: 'x.txt', dump_sha256: SHA })).toThrow(/headline/);
  });
});
