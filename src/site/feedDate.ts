// An article's date as feeds state it (RFC 3339), taken only from what the entry states; null when it states none.
import { dateToRfc3339 } from '@11ty/eleventy-plugin-rss';
import type { Entry } from '../store/entrySchema.ts';
import { publicationDate } from './publicationDate.ts';

const DAY_LENGTH = 'yyyy-MM-dd'.length;

/**
 * Atom and JSON Feed need an instant. A stated time is converted to UTC (the same instant); a day alone becomes the
 * start of that day in UTC, the one convention that adds no information beyond the day. A date that is not a real
 * calendar day cannot be expressed, so the article counts as undated.
 */
export function feedDate(entry: Entry): string | null {
  const stated = publicationDate(entry)?.machine;
  if (!stated) return null;
  const instant = new Date(stated.length === DAY_LENGTH ? `${stated}T00:00:00Z` : stated);
  return Number.isNaN(instant.getTime()) ? null : dateToRfc3339(instant);
}
