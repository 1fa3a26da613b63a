// Dates read from the entry's own strings: no clock, no file time, no time-zone shift.
import { afterEach, describe, expect, it } from 'vitest';
import type { Entry } from '../../src/store/entrySchema.ts';
import { publicationDate, publicationDay, statedDatetime } from '../../src/site/publicationDate.ts';

const BASE: Entry = {
  headline: 'Headline',
  source: 'Source',
  date: null,
  tags: [],
  dump: 'dump.txt',
  dump_sha256: 'a'.repeat(64),
  dump_lines: [1, 2],
};

const ORIGINAL_TZ = process.env.TZ;

afterEach(() => {
  process.env.TZ = ORIGINAL_TZ;
});

describe('publicationDate', () => {
  it('is null for an undated entry', () => {
    expect(publicationDate(BASE)).toBeNull();
    expect(publicationDay(BASE)).toBeNull();
  });

  it('shows a stated day as that day in every time zone', () => {
    for (const zone of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      process.env.TZ = zone;
      expect(publicationDate({ ...BASE, date: '2024-10-30' })).toEqual({ machine: '2024-10-30', human: '30 October 2024' });
    }
  });

  it('shows the date a user corrected by hand, not a time left from before on another day', () => {
    const corrected = { ...BASE, date: '2024-10-29', datetime: '2024-10-30T09:26:00+09:00' };
    expect(publicationDate(corrected)).toEqual({ machine: '2024-10-29', human: '29 October 2024' });
    expect(publicationDay(corrected)).toBe('2024-10-29');
    expect(statedDatetime(corrected)).toBeUndefined();
    expect(statedDatetime({ ...BASE, date: '2024-10-30', datetime: '2024-10-30T09:26:00+09:00' })).toBe('2024-10-30T09:26:00+09:00');
    expect(statedDatetime({ ...BASE, datetime: '2024-10-30T09:26:00+09:00' })).toBe('2024-10-30T09:26:00+09:00');
  });

  it('shows a stated time with its own offset, unconverted', () => {
    process.env.TZ = 'America/Los_Angeles';
    expect(publicationDate({ ...BASE, date: '2024-10-30', datetime: '2024-10-30T09:26:00+09:00' })).toEqual({
      machine: '2024-10-30T09:26:00+09:00',
      human: '30 October 2024, 09:26 (UTC+09:00)',
    });
    expect(publicationDate({ ...BASE, datetime: '2024-11-05T18:10Z' })?.human).toBe('5 November 2024, 18:10 (UTC)');
  });

  it('quotes a day that is not on the calendar rather than inventing one', () => {
    expect(publicationDate({ ...BASE, date: '2024-02-31' })).toEqual({ machine: null, human: '2024-02-31' });
  });

  it('takes the day of a datetime when no date is stated', () => {
    expect(publicationDay({ ...BASE, datetime: '2024-10-30T23:30:00-05:00' })).toBe('2024-10-30');
  });
});
