// Text → the dates written in Korean ("2024년 10월 30일 오후 2시 5분", "2024. 10. 30. 오후 2:05"), which chrono-node has
// no reader for: Korean pages date their stories so as often as with ISO numbers.
import type { FoundDate } from './findDates.ts';
import { clockHour, isCalendarDate } from './readCommonDate.ts';

/**
 * Year, month and day marked 년, 월 and 일, then an optional time: "14:05", "14시 5분", with 오전 (a.m.) or 오후 (p.m.)
 * before the hour. The year is required: a day and month alone ("10월 30일") need a reference year, and are left
 * unread, as chrono leaves its year-less dates to the capture time.
 */
const KOREAN_DATE = /(?<!\d)((?:19|20)\d\d)년\s*(\d{1,2})월\s*(\d{1,2})일(?:\s*\([월화수목금토일]\))?(?:\s*(오전|오후)?\s*(\d{1,2})(?::(\d{2})|시(?:\s*(\d{1,2})분)?))?/g;
/**
 * The numbers each followed by a dot and a space, as Korean sites print them ("2024. 10. 30. 14:05"); written without
 * the spaces ("2024.10.30") the date is every script's, and read as such before this.
 */
const KOREAN_DOTTED_DATE = /(?<![\d.])((?:19|20)\d\d)\.\s(\d{1,2})\.\s(\d{1,2})\.?(?![\d])(?:\s*(오전|오후)?\s*(\d{1,2}):(\d{2}))?/g;

/** Where the day ends in a matched date: after 일, or after the day's number and its dot. */
function dateEnd(match: string): number {
  const day = match.indexOf('일');
  return day >= 0 ? day + 1 : /^\d{4}\.\s\d{1,2}\.\s\d{1,2}\.?/.exec(match)![0].length;
}

export function koreanDates(text: string): FoundDate[] {
  // Each form has its mark, which most lines lack: they are spared the patterns.
  const matches = [
    ...(text.includes('년') ? text.matchAll(KOREAN_DATE) : []),
    ...(text.includes('. ') ? text.matchAll(KOREAN_DOTTED_DATE) : []),
  ].sort((a, b) => a.index - b.index);
  const found: FoundDate[] = [];
  for (const m of matches) {
    const [all, y, mo, d, half, h, minuteAfterColon, minuteAfterSi] = m;
    const year = Number(y);
    const month = Number(mo);
    const day = Number(d);
    if (!isCalendarDate(year, month, day)) continue;
    const hour = h === undefined ? null : clockHour(Number(h), half === undefined ? undefined : half === '오후');
    const minute = hour === null ? null : Number(minuteAfterColon ?? minuteAfterSi ?? 0);
    // An hour past the clock's, or minutes past 59, is no time: the date stands alone, as written before it.
    const timed = hour !== null && minute !== null && minute <= 59;
    const dateText = timed ? all : all.slice(0, dateEnd(all));
    found.push({ text: dateText, index: m.index, year, month, day, hour: timed ? hour : null, minute: timed ? minute : null, offsetMinutes: null });
  }
  return found;
}
