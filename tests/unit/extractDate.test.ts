// extractDate: the publication date cascade (published label, date lines, URL, dateline, relative stamp) and its refusal to guess.
import { beforeAll, describe, expect, it } from 'vitest';
import { extractDate, type DateContext } from '../../src/ingest/extractDate.ts';
import type { NumericOrder } from '../../src/ingest/findDates.ts';
import type { Registry } from '../../src/publishers/registry.ts';
import { archiveConfig } from '../helpers/archiveConfig.ts';
import { classifyLines, spanOf } from '../helpers/pipeline.ts';

let registry: Registry;
beforeAll(async () => {
  registry = (await archiveConfig()).registry;
});

/** The date read from an article whose header holds these meta lines. */
function dateFrom(metaLines: string[], context: DateContext = {}, firstParagraph?: string, order?: NumericOrder) {
  const blocks = classifyLines(metaLines, registry, order);
  for (const b of blocks) if (b.kind !== 'meta') throw new Error(`test input ${JSON.stringify(b.text)} is ${b.kind}, not meta`);
  return extractDate(spanOf({ metaBlocks: blocks }), firstParagraph, { order, ...context });
}

function isCalendarDay(day: string): boolean {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

describe('extractDate: labelled and bare date lines', () => {
  it("reads a date beside a writer's name in the publisher's order, though the page did not tell its order", () => {
    const blocks = classifyLines(['03/04/2024 Jane Doe'], registry);
    expect(blocks[0]).toMatchObject({ kind: 'meta', meta: { byline: 'Jane Doe' } });
    expect(extractDate(spanOf({ metaBlocks: blocks }), undefined, { order: 'DMY' })).toMatchObject({ date: '2024-04-03' });
    expect(extractDate(spanOf({ metaBlocks: blocks }), undefined, { order: 'MDY' })).toMatchObject({ date: '2024-03-04' });
  });

  it('reads a "Published" line with its time', () => {
    expect(dateFrom(['Published : Oct. 30, 2024 - 09:26'], { timezone: 'Asia/Seoul' })).toEqual({
      date: '2024-10-30', datetime: '2024-10-30T09:26:00+09:00', precision: 'minute', source: 'published-label',
    });
  });

  it('prefers the published label over an "Updated" line, whichever comes first', () => {
    expect(dateFrom(['Updated: Oct. 31, 2024', 'Published: Oct. 30, 2024'])).toMatchObject({ date: '2024-10-30', source: 'published-label' });
    expect(dateFrom(['Published: Oct. 30, 2024', 'Updated: Oct. 31, 2024'])).toMatchObject({ date: '2024-10-30', source: 'published-label' });
  });

  it.each([
    ['Russian', 'Обновлено: 31 октября 2024, 10:00', 'Опубликовано: 30 октября 2024, 14:05'],
    ['Ukrainian', 'Оновлено: 31 жовтня 2024', 'Опубліковано: 30 жовтня 2024'],
    ['German', 'Aktualisiert am 31.10.2024, 10:00 Uhr', 'Veröffentlicht am 30.10.2024, 14:05 Uhr'],
    ['French', 'Mis à jour le 31 octobre 2024 à 10h00', 'Publié le 30 octobre 2024 à 14h05'],
    ['Spanish', 'Actualizado: 31/10/2024 10:00', 'Publicado: 30/10/2024 14:05'],
    ['Korean', '수정 2024.10.31 09:00', '입력 2024.10.30 14:05'],
    ['Japanese', '更新日：2024年10月31日', '公開日：2024年10月30日'],
  ])('prefers the published label over the update, in %s, whichever comes first', (_language, updated, published) => {
    expect(dateFrom([updated, published])).toMatchObject({ date: '2024-10-30', source: 'published-label' });
    expect(dateFrom([published, updated])).toMatchObject({ date: '2024-10-30', source: 'published-label' });
    // Alone, the update's date is the one the page states, and says what it is.
    expect(dateFrom([updated])).toMatchObject({ date: '2024-10-31', source: 'updated-label' });
  });

  it('reads, of several dates on one line, the one not labelled as an update in another language', () => {
    expect(dateFrom(['Иван Петров | обновлено 31 октября 2024 | 30 октября 2024'])).toMatchObject({ date: '2024-10-30' });
  });

  it('prefers the published label over a bare date line', () => {
    expect(dateFrom(['Nov. 2, 2024', 'First published Oct. 30, 2024'])).toMatchObject({ date: '2024-10-30', source: 'published-label' });
  });

  it('reads, of several dates on one line, the one not labelled as an update', () => {
    expect(dateFrom(['By Jane Doe Updated Oct. 31, 2024 8:21 am / Original Oct. 30, 2024 8:02 am'])).toMatchObject({ date: '2024-10-30' });
    expect(dateFrom(['Oct. 30, 2024 | 4:20am | Updated Oct. 31, 2024 | 9:32pm'])).toMatchObject({ date: '2024-10-30' });
  });

  it('gives the last update\'s date, marked as such, only when the page states no other', () => {
    expect(dateFrom(['Updated 3:12 AM GMT+9, November 5, 2024'])).toEqual({
      date: '2024-11-05', datetime: '2024-11-05T03:12:00+09:00', precision: 'minute', source: 'updated-label',
    });
    // Any other date comes first: a bare date line, a date in the web address, a relative stamp read against the capture.
    expect(dateFrom(['Updated: Oct. 31, 2024', 'Oct. 30, 2024'])).toMatchObject({ date: '2024-10-30', source: 'date-line' });
    expect(dateFrom(['Updated: Oct. 31, 2024'], { url: 'https://example.com/2024/10/30/story' })).toMatchObject({ date: '2024-10-30', source: 'url' });
    expect(dateFrom(['Updated: Oct. 31, 2024', '2 days ago'], { capturedAt: new Date('2024-11-01T12:00:00Z') })).toMatchObject({ date: '2024-10-30', source: 'relative-to-capture' });
  });

  it('reads a bare numeric date line in its forced order', () => {
    expect(dateFrom(['11/29/2024'])).toEqual({ date: '2024-11-29', datetime: null, precision: 'day', source: 'date-line' });
  });

  it('reads an ambiguous numeric date line in the order the page or publisher gives', () => {
    expect(dateFrom(['03/04/2024'], {}, undefined, 'DMY')).toMatchObject({ date: '2024-04-03' });
    expect(dateFrom(['03/04/2024'], {}, undefined, 'MDY')).toMatchObject({ date: '2024-03-04' });
  });
});

describe('extractDate: time zones', () => {
  it('keeps an offset stated on the page (KST) as +09:00', () => {
    expect(dateFrom(['Oct. 30, 2024 09:26 KST'])?.datetime).toBe('2024-10-30T09:26:00+09:00');
  });

  it('gives a printed local time the publisher’s offset (Asia/Seoul → +09:00)', () => {
    expect(dateFrom(['Oct. 30, 2024 09:26'], { timezone: 'Asia/Seoul' })?.datetime).toBe('2024-10-30T09:26:00+09:00');
  });

  it('follows daylight saving in the publisher’s zone', () => {
    expect(dateFrom(['Jan. 15, 2024 10:00'], { timezone: 'America/New_York' })?.datetime).toBe('2024-01-15T10:00:00-05:00');
    expect(dateFrom(['Jul. 15, 2024 10:00'], { timezone: 'America/New_York' })?.datetime).toBe('2024-07-15T10:00:00-04:00');
  });

  it('gives no datetime for a time with no known zone, but keeps the day', () => {
    expect(dateFrom(['Oct. 30, 2024 09:26'])).toEqual({ date: '2024-10-30', datetime: null, precision: 'minute', source: 'date-line' });
  });

  it('lets a zone printed on the page win over the publisher’s zone', () => {
    expect(dateFrom(['Oct. 30, 2024 09:26 GMT'], { timezone: 'Asia/Seoul' })?.datetime).toBe('2024-10-30T09:26:00+00:00');
  });
});

describe('extractDate: the article URL', () => {
  it('reads /2024/10/30/ from the URL path when no line states a date', () => {
    expect(dateFrom([], { url: 'https://www.example.com/world/2024/10/30/troops-in-kursk' })).toEqual({
      date: '2024-10-30', datetime: null, precision: 'day', source: 'url',
    });
  });

  it('reads /2024-10-30/ and /20241030/ too', () => {
    expect(dateFrom([], { url: 'https://example.com/news/2024-10-30/troops' })?.date).toBe('2024-10-30');
    expect(dateFrom([], { url: 'https://example.com/news/20241030/troops' })?.date).toBe('2024-10-30');
  });

  it('prefers a date line over the URL', () => {
    expect(dateFrom(['Oct. 31, 2024'], { url: 'https://example.com/2024/10/30/troops' })?.date).toBe('2024-10-31');
  });

  it('ignores numbers in the query string and host, and an unparsable URL', () => {
    expect(dateFrom([], { url: 'https://example.com/story?id=/2024/10/30/' })).toBeNull();
    expect(dateFrom([], { url: 'not a url /2024/10/30/' })).toBeNull();
  });

  it('gives no date for an impossible day in the URL (/2024/02/30/)', () => {
    const found = dateFrom([], { url: 'https://example.com/2024/02/30/troops' });
    expect(found === null || isCalendarDay(found.date), JSON.stringify(found)).toBe(true);
  });
});

describe('extractDate: relative and year-less dates need the capture time', () => {
  const capturedAt = new Date('2024-10-30T12:00:00Z');

  it('reads "3 hours ago" against the capture time', () => {
    expect(dateFrom(['3 hours ago'], { capturedAt })).toEqual({ date: '2024-10-30', datetime: null, precision: 'day', source: 'relative-to-capture' });
    expect(dateFrom(['time2 days ago'], { capturedAt })?.date).toBe('2024-10-28');
  });

  it('gives no date for "3 hours ago" without a capture time (never the clock)', () => {
    expect(dateFrom(['3 hours ago'])).toBeNull();
  });

  it('reads "Today 12:01 AM" and "Yesterday at 5:30 pm" as the capture’s day and the day before, and not without it', () => {
    expect(dateFrom(['Today 12:01 AM'], { capturedAt })).toEqual({ date: '2024-10-30', datetime: null, precision: 'day', source: 'relative-to-capture' });
    expect(dateFrom(['Yesterday at 5:30 pm'], { capturedAt })?.date).toBe('2024-10-29');
    expect(dateFrom(['Today 12:01 AM'])).toBeNull();
  });

  it('reads a year-less dateline with the capture’s year', () => {
    const paragraph = 'SEOUL, Oct. 29 (Yonhap) -- North Korea has sent more troops to Russia, the spy agency said Tuesday.';
    expect(extractDate(spanOf({}), paragraph, { capturedAt })).toMatchObject({ date: '2024-10-29', source: 'dateline+capture-year' });
    expect(extractDate(spanOf({}), paragraph, {})).toBeNull();
  });

  it('puts a year-less date after the capture day in the year before', () => {
    expect(dateFrom(['Dec. 30'], { capturedAt: new Date('2025-01-02T00:00:00Z') })?.date).toBe('2024-12-30');
    expect(dateFrom(['Dec. 30'])).toBeNull();
  });

  it('reads "45 seconds ago" as the capture day, not 45 minutes earlier', () => {
    expect(dateFrom(['45 seconds ago'], { capturedAt: new Date('2024-10-30T00:10:00Z') })?.date).toBe('2024-10-30');
  });

  it('never returns an impossible day for a year-less "Feb. 29"', () => {
    const found = dateFrom(['Feb. 29'], { capturedAt: new Date('2025-03-10T00:00:00Z') });
    expect(found === null || isCalendarDay(found.date), JSON.stringify(found)).toBe(true);
  });

  it('dates a same-day year-less dateline to the capture year in a zone ahead of UTC', () => {
    const paragraph = 'SEOUL, Oct. 30 (Yonhap) -- North Korea has sent more troops to Russia, the spy agency said Wednesday.';
    const found = extractDate(spanOf({}), paragraph, { capturedAt: new Date('2024-10-29T20:00:00Z'), timezone: 'Asia/Seoul' });
    expect(found?.date).toBe('2024-10-30');
  });
});

describe('extractDate: nothing stated', () => {
  it('returns null, never today', () => {
    expect(dateFrom([])).toBeNull();
    expect(dateFrom(['By Jane Doe', 'NBC News'], { capturedAt: new Date('2024-10-30T12:00:00Z') })).toBeNull();
  });
});
