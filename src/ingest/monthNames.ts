// Text → the languages whose month names it contains, from the month names Intl knows for each language chrono reads.
import { words } from './textShape.ts';

export const DATE_LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'id', 'sv', 'fi', 'ru', 'uk', 'vi', 'ja', 'zh'] as const;
export type DateLanguage = (typeof DATE_LANGUAGES)[number];

/** Vietnamese writes months as "tháng 11": marked by a word. */
const MONTH_MARKERS: Partial<Record<DateLanguage, string[]>> = { vi: ['tháng', 'thg'] };
/** Chinese and Japanese write a date as numbers with 年, 月 and 日: "2019年11月20日". */
const MONTH_MARK_LANGUAGES: readonly DateLanguage[] = ['ja', 'zh'];
/** Usual spellings Intl does not give ("Sept."). */
const EXTRA_NAMES: Partial<Record<DateLanguage, string[]>> = { en: ['sept'] };

/** Long and short month names, standalone and in a date (Russian "октябрь" and "октября"), lower-case, without final dots. */
function monthNames(language: DateLanguage): string[] {
  const names = new Set<string>(EXTRA_NAMES[language] ?? []);
  for (const style of ['long', 'short'] as const) {
    const alone = new Intl.DateTimeFormat(language, { month: style, timeZone: 'UTC' });
    const inDate = new Intl.DateTimeFormat(language, { month: style, day: 'numeric', timeZone: 'UTC' });
    for (let month = 0; month < 12; month += 1) {
      const day = new Date(Date.UTC(2020, month, 15));
      names.add(alone.format(day));
      const part = inDate.formatToParts(day).find((p) => p.type === 'month')?.value;
      if (part) names.add(part);
    }
  }
  return [...names].map((n) => n.replace(/\.$/, '').toLowerCase()).filter((n) => /^\p{L}+$/u.test(n));
}

/** Month word → the languages it is a month in ("april" → English, German, Dutch…). */
const LANGUAGES_OF = new Map<string, DateLanguage[]>();
for (const language of DATE_LANGUAGES) {
  for (const name of [...monthNames(language), ...(MONTH_MARKERS[language] ?? [])]) {
    LANGUAGES_OF.set(name, [...(LANGUAGES_OF.get(name) ?? []), language]);
  }
}

/** A word that may hold a day of the month: "20", "20th", "1er", "18-24" (a range is one word); not "50th". */
const DAY_WORD = /^([1-9]|[12]\d|3[01]|0[1-9])(?!\d)/;
/** "11月20日": Chinese and Japanese write the day's number after the month's 月 ("2019年4月" names a month only). */
const DAY_AFTER_MONTH_MARK = /月\s*\d/;
/**
 * How many words away from a month name its day may be written: "20 November", "20th of November", "le 20 novembre",
 * "20 de noviembre", "November the 20th".
 */
const DAY_REACH = 3;

function dayNear(ws: readonly string[], at: number): boolean {
  for (let k = Math.max(0, at - DAY_REACH); k <= Math.min(ws.length - 1, at + DAY_REACH); k += 1) {
    if (k !== at && DAY_WORD.test(ws[k]!)) return true;
  }
  return false;
}

/**
 * The languages whose month names the text's words include with a day's number beside them, in the order of
 * DATE_LANGUAGES: a month name alone ("6 Things to Do in May", "since December 2018") cannot make the day-certain date
 * the parsers are asked for, and chrono is the slowest step of reading a line.
 */
export function monthLanguages(text: string): DateLanguage[] {
  const found = new Set<DateLanguage>();
  const ws = words(text);
  ws.forEach((word, at) => {
    const languages = LANGUAGES_OF.get(word.toLowerCase());
    if (languages && dayNear(ws, at)) for (const language of languages) found.add(language);
  });
  if (DAY_AFTER_MONTH_MARK.test(text)) for (const language of MONTH_MARK_LANGUAGES) found.add(language);
  return DATE_LANGUAGES.filter((l) => found.has(l));
}
