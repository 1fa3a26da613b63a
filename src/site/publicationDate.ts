// How an article's date reads on the page, taken only from the entry's own `date` and `datetime` strings.
import { format, isValid, parse } from 'date-fns';
import type { Entry } from '../store/entrySchema.ts';
import { boundedMemo } from '../ingest/boundedMemo.ts';

export interface PublicationDate {
  /** For `<time datetime>`; null when the stated date is not a real calendar day and can only be quoted. */
  machine: string | null;
  human: string;
}

/** date-fns fills fields a pattern lacks from a reference date; a fixed one keeps the clock out of it. */
const PARSE_REFERENCE = new Date(0);
const DAY_LENGTH = 'yyyy-MM-dd'.length;
const LOCAL_MINUTE_LENGTH = 'yyyy-MM-ddTHH:mm'.length;
const OFFSET = /(Z|[+-]\d{2}:\d{2})$/;

/**
 * Dates are parsed and formatted in the same (local) time zone, so the stated wall-clock day and time come out
 * unchanged whatever zone the build runs in; the stated offset is shown rather than converted.
 */
function describeDay(day: string): PublicationDate {
  const parsed = parse(day, 'yyyy-MM-dd', PARSE_REFERENCE);
  return isValid(parsed) ? { machine: day, human: format(parsed, 'd MMMM yyyy') } : { machine: null, human: day };
}

function describeDatetime(datetime: string): PublicationDate {
  const parsed = parse(datetime.slice(0, LOCAL_MINUTE_LENGTH), "yyyy-MM-dd'T'HH:mm", PARSE_REFERENCE);
  if (!isValid(parsed)) return { machine: null, human: datetime };
  const offset = OFFSET.exec(datetime)?.[1] ?? '';
  const zone = offset === 'Z' ? 'UTC' : `UTC${offset}`;
  return { machine: datetime, human: `${format(parsed, 'd MMMM yyyy, HH:mm')} (${zone})` };
}

/** The day an article belongs to, for ordering and grouping: its stated date, else the local day of its datetime. */
export function publicationDay(entry: Entry): string | null {
  return entry.date ?? entry.datetime?.slice(0, DAY_LENGTH) ?? null;
}

/**
 * The entry's datetime when it falls on its date (as ingest writes them, the day of the time as printed). A date
 * corrected by hand with the datetime left as it was would otherwise be shown, ordered and fed by the old time: the
 * date is the one the user set, and a time on another day is not used.
 */
export function statedDatetime(entry: Entry): string | undefined {
  const { date, datetime } = entry;
  return datetime !== undefined && (date === null || datetime.slice(0, DAY_LENGTH) === date) ? datetime : undefined;
}

/** Every listing shows each article's date again; an archive has a few thousand distinct dates at most. */
const DESCRIBED_LIMIT = 100_000;
const describedDatetime = boundedMemo(describeDatetime, DESCRIBED_LIMIT);
const describedDay = boundedMemo(describeDay, DESCRIBED_LIMIT);

/** Null means the entry states no date: the page says so and never borrows one. */
export function publicationDate(entry: Entry): PublicationDate | null {
  const datetime = statedDatetime(entry);
  if (datetime !== undefined) return describedDatetime(datetime);
  if (entry.date !== null) return describedDay(entry.date);
  return null;
}
