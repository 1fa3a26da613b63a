// readCommonDate: the common date forms read without chrono, always as chrono reads them, and nothing it is unsure of.
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
});

describe('readCommonDate: what it leaves to chrono', () => {
  it.each([
    ['a zone after the time', 'Nov. 20, 2019 5:52 AM EST'],
    ['text after the date', 'November 19, 2019 by Jane Doe'],
    ['text before the date', 'Posted on November 19, 2019'],
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

describe('readCommonDate agrees with chrono', () => {
  it('on every generated form it reads, and it reads most of them', () => {
    const forms = generatedForms();
    let claimed = 0;
    const disagreements: string[] = [];
    for (const text of forms) {
      const fast = readCommonDate(text);
      if (!fast) continue;
      claimed += 1;
      const slow = chronoDates(text, REFERENCE);
      if (JSON.stringify([fast]) !== JSON.stringify(slow)) disagreements.push(`${text}: ${JSON.stringify(fast)} against ${JSON.stringify(slow)}`);
    }
    expect(disagreements.slice(0, 5)).toEqual([]);
    // A reader that claimed nothing would agree vacuously.
    expect(claimed).toBeGreaterThan(forms.length / 3);
  });
});
