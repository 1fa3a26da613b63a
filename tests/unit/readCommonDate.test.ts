// readCommonDate: the common date forms read without chrono, always as chrono reads them, and nothing it is unsure of.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chronoDates } from '../../src/ingest/findDates.ts';
import { readCommonDate } from '../../src/ingest/readCommonDate.ts';

const REFERENCE = new Date(Date.UTC(2000, 0, 1));

function reading(text: string) {
  const found = readCommonDate(text);
  return found && { year: found.year, month: found.month, day: found.day, hour: found.hour, minute: found.minute };
}

describe('readCommonDate: the forms it reads', () => {
  it.each([
    ['November 19, 2019', { year: 2019, month: 11, day: 19, hour: null, minute: null }],
    ['Nov. 18, 2019 7:04 pm', { year: 2019, month: 11, day: 18, hour: 19, minute: 4 }],
    ['Sept. 5 2024', { year: 2024, month: 9, day: 5, hour: null, minute: null }],
    ['19 NOV 2019', { year: 2019, month: 11, day: 19, hour: null, minute: null }],
    ['Wednesday, 20th November 2019', { year: 2019, month: 11, day: 20, hour: null, minute: null }],
    ['Wed. 20 Nov 2019, 9:42am', { year: 2019, month: 11, day: 20, hour: 9, minute: 42 }],
    ['November 19, 2019 at 12:05 pm', { year: 2019, month: 11, day: 19, hour: 12, minute: 5 }],
    ['November 19, 2019 at 12:30 a.m.', { year: 2019, month: 11, day: 19, hour: 0, minute: 30 }],
    ['Jan. 30, 2024 - 09:26', { year: 2024, month: 1, day: 30, hour: 9, minute: 26 }],
    ['2019-11-20', { year: 2019, month: 11, day: 20, hour: null, minute: null }],
    ['2019-11-20 14:35:08', { year: 2019, month: 11, day: 20, hour: 14, minute: 35 }],
  ])('reads %j', (text, expected) => {
    expect(reading(text)).toEqual(expected);
  });

  it('reports the whole line as the date, from its first character', () => {
    expect(readCommonDate('Nov. 18, 2019 7:04 pm')).toMatchObject({ text: 'Nov. 18, 2019 7:04 pm', index: 0, offsetMinutes: null });
  });

  it.each([
    ['By Jane Doe, November 19, 2019', 'November 19, 2019', 13],
    ['November 19, 2019 by Jane Doe', 'November 19, 2019', 0],
    ['By Sherif Saed, Wednesday, 20 November 2019 08:05', 'Wednesday, 20 November 2019 08:05', 16],
    ['2019-11-20 12:57:32 Marcus De Guzman', '2019-11-20 12:57:32', 0],
    ['Updated: 2019-11-20 01:14 PM', '2019-11-20 01:14 PM', 9],
  ])('finds the date inside %j', (text, date, index) => {
    expect(readCommonDate(text)).toMatchObject({ text: date, index });
  });

  it('takes in a zone whose offset is the same all year, as chrono does', () => {
    expect(readCommonDate('Nov. 20, 2019 5:52 AM EST')).toMatchObject({ text: 'Nov. 20, 2019 5:52 AM EST', hour: 5, offsetMinutes: -300 });
    expect(readCommonDate('20 Nov 2019 08:00 GMT | World')).toMatchObject({ text: '20 Nov 2019 08:00 GMT', offsetMinutes: 0 });
    // After a bare date, only capitals name a zone.
    expect(readCommonDate('November 20, 2019 KST')).toMatchObject({ text: 'November 20, 2019 KST', offsetMinutes: 540 });
    expect(readCommonDate('November 20, 2019 by Admin')).toMatchObject({ text: 'November 20, 2019', offsetMinutes: null });
  });
});

describe('readCommonDate: what it leaves to chrono', () => {
  it.each([
    ['a zone that shifts with summer time', 'Nov. 18, 2019 7:04 pm ET'],
    ['a zone this module does not know', 'Nov. 18, 2019 7:04 pm WAT'],
    ['a word after the time that could be a zone', '2019-11-20 12:57 by Lars Brandle'],
    ['"on" before the date, which chrono takes in', 'Posted on November 19, 2019'],
    ['"last" before the weekday, which chrono drops', 'last Wednesday, 20 November 2019'],
    ['a second date', 'Nov. 19 to Nov. 20, 2019'],
    ['a time before the date', '7:07 PM EST Nov 19, 2019'],
    ['a month name elsewhere on the line', 'November issue: Nov. 20, 2019'],
    ['a meridiem cut short', 'Nov. 20, 2019 1:35 a.m'],
    ['a part of the day', '2019-11-20 in the morning'],
    ['an era after the year', 'November 20, 2019 BC'],
    ['an ISO date and a time after " - " (chrono joins them only to a written date)', '2019-11-20 - 09:05'],
    ['a year-less date', 'Nov. 20'],
    ['a day that does not exist', 'February 30, 2024'],
    ['an ISO day that does not exist', '2024-02-30'],
    ['an hour past 23', 'November 19, 2019 24:00'],
    ['an afternoon hour with "pm"', 'Nov 20 2019, 15:24pm'],
    ['a minute past 59', 'November 19, 2019 7:60'],
    ['"May." (chrono reads no dot after a full name)', 'May. 1, 2019'],
    ['"Tuesday." (likewise)', 'Tuesday. November 19, 2019'],
    ['a month name in another language', '27. Oktober 2015'],
    ['an ISO time with T', '2019-11-20T14:35'],
  ])('%s: %j', (_why, text) => {
    expect(readCommonDate(text)).toBeNull();
  });
});

/** Every combination of weekday, day, month, year and time below, in both orders and with or without commas. */
function generatedForms(): string[] {
  const weekdays = ['', 'Wednesday ', 'Wednesday, ', 'WED ', 'Wed. ', 'wed., ', 'Tues ', 'Tues. ', 'Thurs, ', 'thu. ', 'Sunday. ', 'SUNDAY, '];
  const months = ['November', 'Nov', 'Nov.', 'NOV', 'Sept.', 'Sept', 'Sep.', 'May', 'May.', 'March', 'Mar.', 'June', 'Jun', 'July.', 'February'];
  const days = ['1', '09', '13', '20th', '1st', '2nd', '3rd', '29', '31', '0', '32'];
  const times = ['', ' 14:30', ', 9:02', ' - 09:26', ' at 6:34 am', ' 12:05 pm', ' 12:30 am', ' 0:15', ' 24:00', ' 7:60', ', 11:06am', ' at 10:01 a.m.', ' 7:04 P.M.', ' 13:42 pm', ' 5:52 AM EST', ' -09:26'];
  const forms: string[] = [];
  let k = 0;
  for (const w of weekdays) {
    for (const m of months) {
      for (const d of days) {
        for (const y of ['2019', '2024']) {
          for (const date of [`${w}${m} ${d}, ${y}`, `${w}${d} ${m} ${y}`, `${w}${m} ${d} ${y}`, `${w}${d} ${m}, ${y}`]) {
            forms.push(date, date + times[k % times.length]!);
            k += 1;
          }
        }
      }
    }
  }
  for (const m of ['00', '01', '02', '12', '13']) {
    for (const d of ['00', '01', '28', '29', '30', '31']) forms.push(`2024-${m}-${d}`, `2024-${m}-${d} 14:35:08`, `2023-${m}-${d} 09:05`, `2024-${m}-${d} 24:00`);
  }
  return forms;
}

/** Dates with words before and after them, among them every word chrono reads more into. */
function formsInLines(): string[] {
  const before = ['', 'By Jane Doe, ', 'Posted on ', 'Updated: ', 'last ', '(', 'X | ', 'the ', 'Oct. 3 - ', 'Tues ', 'Marcus De Guzman '];
  const dates = [
    'November 19, 2019', 'Nov. 20, 2019 5:52 AM', 'Wednesday, 20 November 2019 08:05', '20 Nov 2019, 9:42am', '2019-11-20', '2019-11-20 12:57:32',
    'Nov 20, 2019 at 12:57', '2019-11-20 01:14 PM', '2019-11-13, 23:06', '2019-11-20 - 09:05', 'Nov 20, 2019 12:57:32',
  ];
  const after = [
    '', ' by Admin', ' BY Admin', ' CAT food', ' a.m', ' a.m. ET', ' EST', ' ist', ' Tuesday', ' BC', ' AD', ' | Politics', ' noon',
    ' tonight', ', UK', ' (Yonhap)', ' hrs', ' GMT', ' Z', ' — Reuters', ' to Dec. 2', " o'clock", ' oclock', ' in the morning',
    ' (KST)', ' UTC+9', ' BE', ' at night', ' this evening', ' pm', ' PM ET', ' et', ' CET', ' PST in the morning', ' EST |', ' ESTé',
  ];
  return before.flatMap((b) => dates.flatMap((d) => after.map((a) => `${b}${d}${a}`)));
}

/** Every line of the sample captures holding a digit: the dates as captures print them, among other numbers. */
function sampleLines(): string[] {
  const dir = path.join(import.meta.dirname, '../fixtures/seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split('\n'))
    .map((l) => l.trim())
    .filter((l) => /\d/.test(l));
}

function disagreements(texts: readonly string[]): { claimed: number; differ: string[] } {
  let claimed = 0;
  const differ: string[] = [];
  for (const text of texts) {
    const fast = readCommonDate(text);
    if (!fast) continue;
    claimed += 1;
    const slow = chronoDates(text, REFERENCE);
    if (JSON.stringify([fast]) !== JSON.stringify(slow)) differ.push(`${text}: ${JSON.stringify(fast)} against ${JSON.stringify(slow)}`);
  }
  return { claimed, differ };
}

describe('readCommonDate agrees with chrono', () => {
  it('on dates with words around them, and it reads some of them', () => {
    const { claimed, differ } = disagreements(formsInLines());
    expect(differ.slice(0, 5)).toEqual([]);
    expect(claimed).toBeGreaterThan(500);
  });

  it('on every line of the sample captures that holds a digit', () => {
    const { claimed, differ } = disagreements(sampleLines());
    expect(differ.slice(0, 5)).toEqual([]);
    expect(claimed).toBeGreaterThan(0);
  });

  it('on every generated form it reads, and it reads most of them', () => {
    const forms = generatedForms();
    const { claimed, differ } = disagreements(forms);
    expect(differ.slice(0, 5)).toEqual([]);
    // A reader that claimed nothing would agree vacuously.
    expect(claimed).toBeGreaterThan(forms.length / 3);
  });
});
