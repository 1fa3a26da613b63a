// koreanDates: dates written with 년, 월 and 일, with or without a time, which chrono-node does not read.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/ingest/findDates.ts';
import { koreanDates } from '../../src/ingest/readKoreanDate.ts';

function readings(text: string) {
  return koreanDates(text).map(({ text: written, year, month, day, hour, minute }) => ({ written, year, month, day, hour, minute }));
}

describe('koreanDates', () => {
  it.each([
    ['2024년 10월 30일', { written: '2024년 10월 30일', year: 2024, month: 10, day: 30, hour: null, minute: null }],
    ['2024년10월30일', { written: '2024년10월30일', year: 2024, month: 10, day: 30, hour: null, minute: null }],
    ['2024년 10월 30일 14:05', { written: '2024년 10월 30일 14:05', year: 2024, month: 10, day: 30, hour: 14, minute: 5 }],
    ['2024년 10월 30일 14시 5분', { written: '2024년 10월 30일 14시 5분', year: 2024, month: 10, day: 30, hour: 14, minute: 5 }],
    ['2024년 10월 30일 오후 2시 5분', { written: '2024년 10월 30일 오후 2시 5분', year: 2024, month: 10, day: 30, hour: 14, minute: 5 }],
    ['2024년 10월 30일 오전 12:30', { written: '2024년 10월 30일 오전 12:30', year: 2024, month: 10, day: 30, hour: 0, minute: 30 }],
    ['2024년 10월 30일 (수) 9시', { written: '2024년 10월 30일 (수) 9시', year: 2024, month: 10, day: 30, hour: 9, minute: 0 }],
    ['2024. 10. 30. 14:05', { written: '2024. 10. 30. 14:05', year: 2024, month: 10, day: 30, hour: 14, minute: 5 }],
    ['2024. 10. 30. 오후 2:05', { written: '2024. 10. 30. 오후 2:05', year: 2024, month: 10, day: 30, hour: 14, minute: 5 }],
    ['2024. 10. 30.', { written: '2024. 10. 30.', year: 2024, month: 10, day: 30, hour: null, minute: null }],
  ])('reads %j', (text, expected) => {
    expect(readings(text)).toEqual([expected]);
  });

  it('finds the date inside a sentence, at its place', () => {
    const [found] = koreanDates('북한군은 2024년 10월 30일 쿠르스크에서 교전했다.');
    expect(found).toMatchObject({ index: 5, year: 2024, month: 10, day: 30 });
  });

  it('reads no impossible day, and keeps the date without a time that is none', () => {
    expect(koreanDates('2024년 2월 30일')).toEqual([]);
    expect(readings('2024년 10월 30일 오후 13시')).toEqual([{ written: '2024년 10월 30일', year: 2024, month: 10, day: 30, hour: null, minute: null }]);
    expect(readings('2024년 10월 30일 14:75')[0]).toMatchObject({ written: '2024년 10월 30일', hour: null, minute: null });
  });

  it('reads no dotted date that is not the Korean spaced form, nor a sentence that ends on a year', () => {
    expect(koreanDates('2024.10.30')).toEqual([]);
    expect(koreanDates('Troops arrived in 2024. 10 more came later.')).toEqual([]);
  });

  it('reads both forms on one line, in order', () => {
    expect(readings('입력 2024. 10. 30. 14:05 | 2024년 10월 31일').map((d) => d.day)).toEqual([30, 31]);
  });

  it('reads no date without a year, which would need the capture time', () => {
    expect(koreanDates('10월 30일 오후 2시')).toEqual([]);
  });

  it('is what findDates gives for Korean text, where chrono finds nothing', () => {
    expect(findDates('2024년 10월 30일 14시 05분')).toMatchObject([{ year: 2024, month: 10, day: 30, hour: 14, minute: 5 }]);
  });
});
