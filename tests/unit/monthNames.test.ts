// monthLanguages: which languages' date parsers a line is worth, from its month names and a day's number beside them.
import { describe, expect, it } from 'vitest';
import { monthLanguages } from '../../src/ingest/monthNames.ts';

describe('monthLanguages', () => {
  it.each([
    ['20 November 2019', 'en'],
    ['November 20th', 'en'],
    ['the 20th of November', 'en'],
    ['November the 20th', 'en'],
    ['18-24 November', 'en'],
    ['20 de noviembre de 2019', 'es'],
    ['le 1er mai 2020', 'fr'],
    ['27. Oktober 2015', 'de'],
    ['20 ноября 2019', 'ru'],
    ['ngày 20 tháng 11 năm 2019', 'vi'],
    ['2019年11月20日', 'ja'],
    ['11月20日', 'zh'],
  ])('asks for %j: %s', (text, language) => {
    expect(monthLanguages(text)).toContain(language);
  });

  it.each([
    ['a month name with no number', 'Top stories in November'],
    ['a month and a year only', 'since December 2018'],
    ['a number too far from the month', '6 Things to Do in the Town in May'],
    ['a year-sized number beside the month', 'Motor Cycle Monthly December 2019'],
    ['no month name at all', 'Sensex: 40627.23+157.53'],
    ['a number past 31 beside a word that is a month elsewhere ("set", Portuguese and Italian)', 'The Doobie Brothers Set 50th Anniversary Tour'],
    ['a year and month in Chinese or Japanese, no day', '2019年4月'],
  ])('asks for none with %s: %j', (_why, text) => {
    expect(monthLanguages(text)).toEqual([]);
  });

  it('keeps the order of DATE_LANGUAGES, English first', () => {
    expect(monthLanguages('20 April 2019')[0]).toBe('en');
  });
});
