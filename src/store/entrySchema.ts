// The one schema for an entry's front-matter: used when ingest writes an entry and again when the site reads it.
import { z } from 'zod';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATETIME_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** YAML turns an unquoted `2024-10-30` (typical of a hand edit) into a Date at UTC midnight; fold it back to the day. */
function dayFromYaml(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return value;
}

function isoFromYaml(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  return value;
}

/** Only web links may leave the archive: a scraped `javascript:` or `data:` URL must never become a link. */
export function isSafeWebUrl(value: string): boolean {
  try {
    const parsed = new URL(value);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}

const text = z.string().trim().min(1);

export const entrySchema = z.object({
  headline: text,
  source: text.nullable(),
  source_domain: text.optional(),
  date: z.preprocess(dayFromYaml, z.string().regex(ISO_DAY, 'date must be YYYY-MM-DD').nullable()),
  datetime: z.preprocess(isoFromYaml, z.string().regex(ISO_DATETIME_WITH_OFFSET, 'datetime must be ISO 8601 with an offset')).optional(),
  byline: text.optional(),
  via: text.optional(),
  url: z.string().refine(isSafeWebUrl, 'url must be an http(s) URL').optional(),
  summary: text.optional(),
  tags: z.array(text).default([]),
  date_source: text.optional(),
  captured_at: z.preprocess(isoFromYaml, z.string().regex(ISO_DATETIME_WITH_OFFSET, 'captured_at must be ISO 8601 with an offset')).optional(),
  story: text.optional(),
  dump: text,
  dump_sha256: z.string().regex(/^[0-9a-f]{64}$/, 'dump_sha256 must be a hex SHA-256'),
  dump_lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
});

export type Entry = z.infer<typeof entrySchema>;

/** Field order in written files: fixed, so the same article always serialises to the same bytes. */
export const ENTRY_FIELD_ORDER = [
  'headline', 'source', 'source_domain', 'date', 'datetime', 'byline', 'via', 'url', 'summary', 'tags',
  'date_source', 'captured_at', 'story', 'dump', 'dump_sha256', 'dump_lines',
] as const satisfies readonly (keyof Entry)[];
