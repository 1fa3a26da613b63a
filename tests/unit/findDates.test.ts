// findDates: calendar dates written in text (month names, ISO, numeric in a known order), never relative phrases or impossible days.
import { describe, expect, it } from 'vitest';
import { dateCoverage, findDates, forcedOrder, inferNumericOrder } from '../../src/ingest/findDates.ts';

/** The first date found, reduced to the fields a caller uses. */
function first(text: string, options: Parameters<typeof findDates>[1] = {}) {
  const found = findDates(text, options)[0];
  return found && { year: found.year, month: found.month, day: found.day, hour: found.hour, minute: found.minute, offset: found.offsetMinutes };
}

describe('findDates: month names', () => {
  it('reads "Oct. 30, 2024"', () => {
    expect(first('Oct. 30, 2024')).toEqual({ year: 2024, month: 10, day: 30, hour: null, minute: null, offset: null });
  });

  it('reads "30 October 2024"', () => {
    expect(first('30 October 2024')).toEqual({ year: 2024, month: 10, day: 30, hour: null, minute: null, offset: null });
  });

  it('reads "Wednesday 30 October 2024 09:26 BST" with its time and the BST offset', () => {
    expect(first('Wednesday 30 October 2024 09:26 BST')).toEqual({ year: 2024, month: 10, day: 30, hour: 9, minute: 26, offset: 60 });
  });

  it('reads a time with a.m./p.m. and a zone abbreviation', () => {
    expect(first('Oct. 30, 2024, 9:26 p.m. KST')).toEqual({ year: 2024, month: 10, day: 30, hour: 21, minute: 26, offset: 540 });
  });

  it('reads the date out of a "Published : … - 09:26" label line', () => {
    expect(first('Published : Oct. 30, 2024 - 09:26')).toMatchObject({ year: 2024, month: 10, day: 30, hour: 9, minute: 26 });
  });

  it('gives year null for a year-less "Jan. 30", whatever the reference', () => {
    expect(first('Jan. 30')).toMatchObject({ year: null, month: 1, day: 30 });
    expect(first('Jan. 30', { reference: new Date('2024-06-01T00:00:00Z') })).toMatchObject({ year: null, month: 1, day: 30 });
  });

  it('reads month names in other languages', () => {
    expect(first('27. Oktober 2015')).toMatchObject({ year: 2015, month: 10, day: 27 });
    expect(first('1 мая 2024')).toMatchObject({ year: 2024, month: 5, day: 1 });
  });

  it('reads the time after a Russian or Ukrainian year abbreviation ("2024 г., 14:05", "2024 р., 14:05")', () => {
    const at = { year: 2024, month: 10, day: 30, hour: 14, minute: 5 };
    for (const text of ['30 октября 2024 г., 14:05', '30 октября 2024 г. 14:05', '30 октября 2024 г. в 14:05', '30 октября 2024г., 14:05', '30 жовтня 2024 р., 14:05', '30.10.2024 г., 14:05']) {
      expect(first(text), text).toMatchObject(at);
    }
    // The date still covers the line, so it stays a date stamp.
    const line = '30 октября 2024 г., 14:05';
    expect(dateCoverage(line, findDates(line))).toBeGreaterThan(0.9);
    expect(first('30 октября 2024 г.')).toMatchObject({ year: 2024, month: 10, day: 30, hour: null });
  });

  it('reads a year and a time printed without a space between them ("November 5, 20245:51 AM GMT+9")', () => {
    expect(first('November 5, 20245:51 AM GMT+9Updated 2 hours ago')).toEqual({ year: 2024, month: 11, day: 5, hour: 5, minute: 51, offset: 540 });
    expect(first('5 November 20241:05 PM')).toMatchObject({ year: 2024, month: 11, day: 5, hour: 13, minute: 5 });
    // A number that only looks like a glued year is left alone.
    expect(findDates('Order 12, 20245:51')).toEqual([]);
  });

  it('reads a clock time printed right before the date ("14:30 November 05, 2024")', () => {
    expect(first('14:30 November 05, 2024')).toEqual({ year: 2024, month: 11, day: 5, hour: 14, minute: 30, offset: null });
    expect(first('2:30 pm November 05, 2024')).toMatchObject({ hour: 14, minute: 30 });
    expect(findDates('14:30 November 05, 2024')[0]!.text).toBe('14:30 November 05, 2024');
    // Not a score or a ratio's digits.
    expect(first('Won 3:2 November 05, 2024')).toMatchObject({ hour: null });
  });

  it('reads a numeric date with a two-digit year in the order asked, and no version number or fraction', () => {
    expect(first('by Brandon Kessler - 11/04/24 5:48 PM ET', { order: 'MDY' })).toMatchObject({ year: 2024, month: 11, day: 4, hour: 17, minute: 48 });
    expect(first('05.11.24', { order: 'MDY' })).toMatchObject({ year: 2024, month: 11, day: 5 });
    expect(first('12/31/98', { order: 'MDY' })).toMatchObject({ year: 1998, month: 12, day: 31 });
    expect(findDates('v2.1.24', { order: 'MDY' })).toEqual([]);
    expect(findDates('Score 1/2/24x', { order: 'MDY' })).toEqual([]);
    // Without an order, a day and month both under 13 are not guessed.
    expect(findDates('11/04/24')).toEqual([]);
  });

  it('reads a four-digit GMT time before the date, with a local time in brackets ("0339 GMT (1139 HKT) November 19, 2019")', () => {
    expect(first('Updated 0339 GMT (1139 HKT) November 19, 2019')).toEqual({ year: 2019, month: 11, day: 19, hour: 3, minute: 39, offset: 0 });
    expect(first('2215 GMT November 19, 2019')).toMatchObject({ hour: 22, minute: 15, offset: 0 });
    // Four digits with another zone, or none, are no time read here.
    expect(first('1139 HKT November 19, 2019')).toMatchObject({ hour: null });
    expect(first('Flight 1139 November 19, 2019')).toMatchObject({ hour: null });
  });

  it('reads a clock time set off from the date by a dash, bar, slash or bullet ("05/11/2024 - 12:15 GMT+1")', () => {
    expect(first('Published on 05/11/2024 - 12:15 GMT+1 • Updated 13:02', { order: 'DMY' })).toEqual({ year: 2024, month: 11, day: 5, hour: 12, minute: 15, offset: 60 });
    expect(first('5 November 2024 • 10:32am')).toMatchObject({ year: 2024, month: 11, day: 5, hour: 10, minute: 32 });
    expect(first('November 5, 2024 / 7:12 AM EST / CBS News')).toEqual({ year: 2024, month: 11, day: 5, hour: 7, minute: 12, offset: -300 });
    expect(first('2019-11-20 / 11:42 am')).toMatchObject({ hour: 11, minute: 42 });
    expect(first('2024.11.05 | 17:02')).toMatchObject({ hour: 17, minute: 2 });
    const both = findDates('November 19, 2019 | 4:20am | Updated November 19, 2019 | 9:32pm');
    expect(both.map((d) => [d.hour, d.minute])).toEqual([[4, 20], [21, 32]]);
    // The reading keeps its place and length in the line, so what is cut around it ("By Jane Doe |") stays whole.
    const line = 'By Jane Doe | 5 November 2024 • 10:32am';
    const [date] = findDates(line);
    expect(line.slice(date!.index + date!.text.length)).toBe('');
    expect(line.slice(0, date!.index)).toBe('By Jane Doe | ');
    // A mark before a number that is no year, or before no time, joins nothing.
    expect(findDates('Season 2019 - 10:30 remaining')).toEqual([]);
    expect(first('5 November 2024 • 10 things to know')).toMatchObject({ hour: null });
  });

  it('ignores a month with no day ("May 2024") and a weekday alone', () => {
    expect(findDates('May 2024')).toEqual([]);
    expect(findDates('Monday')).toEqual([]);
  });
});

describe('findDates: ISO', () => {
  it('reads an ISO timestamp with offset', () => {
    expect(first('2024-10-30T09:26:00+09:00')).toEqual({ year: 2024, month: 10, day: 30, hour: 9, minute: 26, offset: 540 });
  });

  it('reads an ISO day inside a sentence', () => {
    expect(first('Posted 2024-10-30 by the desk')).toMatchObject({ year: 2024, month: 10, day: 30, hour: null });
  });
});

describe('findDates: all-numeric dates', () => {
  it('reads 11/29/2024 as November 29 (only month-day-year fits)', () => {
    expect(first('11/29/2024')).toMatchObject({ year: 2024, month: 11, day: 29 });
  });

  it('reads 29/11/2024 as November 29 (only day-month-year fits)', () => {
    expect(first('29/11/2024')).toMatchObject({ year: 2024, month: 11, day: 29 });
  });

  it('reads a dotted date day first, whatever order the page writes its slashed dates in', () => {
    expect(first('05.11.2024', { order: 'MDY' })).toMatchObject({ year: 2024, month: 11, day: 5 });
    expect(first('05.11.2024')).toMatchObject({ year: 2024, month: 11, day: 5 });
    expect(first('05/11/2024', { order: 'MDY' })).toMatchObject({ year: 2024, month: 5, day: 11 });
    // Only month first fits: the numbers decide.
    expect(first('11.29.2024', { order: 'DMY' })).toMatchObject({ month: 11, day: 29 });
  });

  it('reads 29.11.2024 and 11-29-2024 too', () => {
    expect(first('29.11.2024')).toMatchObject({ month: 11, day: 29 });
    expect(first('11-29-2024')).toMatchObject({ month: 11, day: 29 });
  });

  it('finds nothing in an ambiguous 03/04/2024 without an order', () => {
    expect(findDates('03/04/2024')).toEqual([]);
    expect(findDates('Posted 03/04/2024 at noon')).toEqual([]);
  });

  it('reads an ambiguous 03/04/2024 in the order given', () => {
    expect(first('03/04/2024', { order: 'DMY' })).toMatchObject({ year: 2024, month: 4, day: 3 });
    expect(first('03/04/2024', { order: 'MDY' })).toMatchObject({ year: 2024, month: 3, day: 4 });
  });

  it('does not read an ambiguous day-month date in a year-first order', () => {
    expect(findDates('03/04/2024', { order: 'YMD' })).toEqual([]);
  });

  it('reads 05/05/2024 whatever the order, since both readings agree', () => {
    expect(first('05/05/2024')).toMatchObject({ month: 5, day: 5 });
  });

  it('reads year-first 2024.10.30 and 2024/10/30', () => {
    expect(first('2024.10.30')).toMatchObject({ year: 2024, month: 10, day: 30 });
    expect(first('2024/10/30')).toMatchObject({ year: 2024, month: 10, day: 30 });
    expect(first('2024.10.30 09:26 KST')).toMatchObject({ year: 2024, month: 10, day: 30, hour: 9, minute: 26, offset: 540 });
  });

  it('refuses impossible days: 02/30/2024, 2024/02/30', () => {
    expect(findDates('02/30/2024')).toEqual([]);
    expect(findDates('02/30/2024', { order: 'MDY' })).toEqual([]);
    expect(findDates('2024/02/30')).toEqual([]);
  });

  it('refuses the impossible 13/13/2024 entirely, finding no part of it', () => {
    expect(findDates('13/13/2024')).toEqual([]);
  });

  it('accepts February 29 in a leap year', () => {
    expect(first('02/29/2024')).toMatchObject({ year: 2024, month: 2, day: 29 });
  });

  it('refuses February 29 of a common year, finding no part of it', () => {
    expect(findDates('02/29/2023', { order: 'MDY' })).toEqual([]);
  });

  it('does not read a year-less numeric pair ("1/5", "Room 12/3") as a date without an order', () => {
    expect(findDates('1/5')).toEqual([]);
    expect(findDates('Room 12/3')).toEqual([]);
  });

  it('does not read version numbers or times alone as dates', () => {
    expect(findDates('version 1.2.3')).toEqual([]);
    expect(findDates('at 10:30')).toEqual([]);
  });
});

describe('findDates: relative expressions are not dates', () => {
  it.each(['in 60 seconds', '2 hours ago', 'time2 hours ago', 'yesterday at 10:00', 'last Friday', 'today', 'tomorrow at noon'])('%j', (text) => {
    expect(findDates(text, { reference: new Date('2024-10-30T12:00:00Z') })).toEqual([]);
  });
});

describe('forcedOrder and inferNumericOrder', () => {
  it('tells which order a pair of numbers forces', () => {
    expect(forcedOrder(29, 11)).toBe('DMY');
    expect(forcedOrder(11, 29)).toBe('MDY');
    expect(forcedOrder(3, 4)).toBeNull();
    expect(forcedOrder(7, 7)).toBe('either');
  });

  it('infers a page order from the first date whose numbers settle it', () => {
    expect(inferNumericOrder('Updated 03/04/2024. First published 29/11/2024.')).toBe('DMY');
    expect(inferNumericOrder('• 11/29/2024')).toBe('MDY');
  });

  it('infers nothing from ambiguous or year-first dates', () => {
    expect(inferNumericOrder('03/04/2024 and 05/06/2024')).toBeUndefined();
    expect(inferNumericOrder('2024.10.30')).toBeUndefined();
    expect(inferNumericOrder('no dates at all')).toBeUndefined();
  });
});

describe('dateCoverage', () => {
  it('is high for a date stamp and low for a sentence that mentions a date', () => {
    const stamp = 'Oct. 30, 2024';
    expect(dateCoverage(stamp, findDates(stamp))).toBeGreaterThan(0.9);
    const sentence = 'The troops crossed the border into the Kursk region on Oct. 30, 2024, officials said.';
    expect(dateCoverage(sentence, findDates(sentence))).toBeLessThan(0.3);
  });

  it('is 0 for text with no letters or digits', () => {
    expect(dateCoverage('— —', [])).toBe(0);
  });
});

describe('findDates: remembered answers', () => {
  it('reads one numeric date line in each order asked, however often it was asked before', () => {
    for (let k = 0; k < 3; k += 1) {
      expect(first('Posted 04/05/2024', { order: 'MDY' })).toMatchObject({ month: 4, day: 5 });
      expect(first('Posted 04/05/2024', { order: 'DMY' })).toMatchObject({ month: 5, day: 4 });
      expect(first('Posted 04/05/2024')).toBeUndefined();
    }
  });

  it('hands out answers no caller can change for the next one', () => {
    const found = findDates('Oct. 30, 2024');
    expect(Object.isFrozen(found)).toBe(true);
    expect(Object.isFrozen(found[0])).toBe(true);
    expect(findDates('Oct. 30, 2024')[0]).toMatchObject({ year: 2024, month: 10, day: 30 });
  });

  it('keeps a line holding a NUL character whole', () => {
    expect(first('Oct. 30,\u0000 2024 and Nov. 1, 2024')).toMatchObject({ month: 10, day: 30 });
  });
});
