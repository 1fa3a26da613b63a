// Text → the languages whose month names it contains, from the month names Intl knows for each language chrono reads.
import { words } from './textShape.ts';

export const DATE_LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'id', 'sv', 'fi', 'ru', 'uk', 'vi', 'ja', 'zh'] as const;
export type DateLanguage = (typeof DATE_LANGUAGES)[number];

/** Chinese and Japanese write months as a number and 月 ("11月"), Vietnamese as "tháng 11": marked by one word each. */
const MONTH_MARKERS: Partial<Record<DateLanguage, string[]>> = { ja: ['月'], zh: ['月'], vi: ['tháng', 'thg'] };
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

/** A word that may hold a day of the month: "20", "20th", "1er", "18-24" (a range is one word). */
const DAY_WORD = /^\d{1,2}(?!\d)/;
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
  if (text.includes('月')) for (const language of LANGUAGES_OF.get('月')!) found.add(language);
  return DATE_LANGUAGES.filter((l) => found.has(l));
}
