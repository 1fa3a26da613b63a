// Text → the dates written in Korean ("2024년 10월 30일", "2024년 10월 30일 오후 2시 5분"), which chrono-node has no
// reader for: Korean pages date their stories this way as often as with numbers.
import type { FoundDate } from './findDates.ts';
import { isCalendarDate } from './readCommonDate.ts';

/**
 * Year, month and day marked 년, 월 and 일, then an optional time: "14:05", "14시 5분", with 오전 (a.m.) or 오후 (p.m.)
 * before the hour. The year is required: a day and month alone ("10월 30일") need a reference year, and are left
 * unread, as chrono leaves its year-less dates to the capture time.
 */
const KOREAN_DATE = /(?<!\d)((?:19|20)\d\d)년\s*(\d{1,2})월\s*(\d{1,2})일(?:\s*\([월화수목금토일]\))?(?:\s*(오전|오후)?\s*(\d{1,2})(?::(\d{2})|시(?:\s*(\d{1,2})분)?))?/g;

function hourOf(hour: number, half: string | undefined): number | null {
  if (half === undefined) return hour <= 23 ? hour : null;
  if (hour < 1 || hour > 12) return null;
  return (hour % 12) + (half === '오후' ? 12 : 0);
}

export function koreanDates(text: string): FoundDate[] {
  if (!text.includes('년')) return [];
  const found: FoundDate[] = [];
  for (const m of text.matchAll(KOREAN_DATE)) {
    const [all, y, mo, d, half, h, minuteAfterColon, minuteAfterSi] = m;
    const year = Number(y);
    const month = Number(mo);
    const day = Number(d);
    if (!isCalendarDate(year, month, day)) continue;
    const hour = h === undefined ? null : hourOf(Number(h), half);
    const minute = hour === null ? null : Number(minuteAfterColon ?? minuteAfterSi ?? 0);
    // An hour past the clock's, or minutes past 59, is no time: the date stands alone, as written before it.
    const timed = hour !== null && minute !== null && minute <= 59;
    const written = timed ? all : all.slice(0, all.indexOf('일') + 1);
    found.push({ text: written, index: m.index, year, month, day, hour: timed ? hour : null, minute: timed ? minute : null, offsetMinutes: null });
  }
  return found;
}
