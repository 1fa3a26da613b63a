// searchRecord: the search index's record of an article, made from its entry: the page's text and its facts.
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/store/entrySchema.ts';
import { searchRecord } from '../../src/site/searchRecord.ts';

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

describe('searchRecord', () => {
  it('holds the text the page shows: headline, standfirst, then the body as plain text', () => {
    const record = searchRecord('/articles/herald/', ENTRY, BODY, 'en');
    expect(record.url).toBe('/articles/herald/');
    expect(record.language).toBe('en');
    expect(record.content).toBe(
      'Small number of N. Korean troops already inside Ukraine: report\n\nSeoul says a few have crossed.\n\n' +
        'A small number of North Korean troops are in Ukraine.\n\nLosses\n\nEscaped: <b>bold</b>',
    );
    expect(record.content).not.toMatch(/Yonhap|herald\.txt|https:/);
  });

  it('gives results the headline, source and stated date, and filters by source and by each tag once', () => {
    const record = searchRecord('/articles/herald/', ENTRY, BODY, 'en');
    expect(record.meta).toEqual({ title: ENTRY.headline, source: 'The Korea Herald', date: '30 October 2024, 09:26 (UTC+09:00)' });
    expect(record.filters).toEqual({ source: ['The Korea Herald'], tag: ['North Korea', 'Kursk'] });
  });

  it('states no date, source or tag the entry does not', () => {
    const record = searchRecord('/articles/x/', { ...ENTRY, source: null, date: null, datetime: undefined, tags: [], summary: undefined }, 'Text.', 'en');
    expect(record.meta).toEqual({ title: ENTRY.headline });
    expect(record.filters).toEqual({});
    expect(record.content).toBe(`${ENTRY.headline}\n\nText.`);
  });

  it('replaces a lone surrogate half, which Pagefind cannot read, as the page\'s UTF-8 does', () => {
    const record = searchRecord('/articles/x/', { ...ENTRY, headline: 'lone\ud800 half', source: 'S\udc00', tags: ['T\ud800'] }, 'b\ud800', 'en');
    for (const text of [record.content, record.meta.title!, record.meta.source!, ...record.filters.source!, ...record.filters.tag!]) {
      expect(text.isWellFormed(), text).toBe(true);
    }
    expect(record.meta.title).toBe('lone\ufffd half');
  });
});
