// Text → a URL- and file-safe slug that can never name a path outside its folder: the one slug function for entries, tags and sources.
import { createHash } from 'node:crypto';
import { boundedMemo } from '../ingest/boundedMemo.ts';

/** Long names would make path segments past the 255-byte file-name limit of common file systems. */
const MAX_SLUG_LENGTH = 80;
/** Hex digits of the name's hash kept when a slug must be shortened or has no letters at all, so distinct names stay distinct. */
const SLUG_HASH_LENGTH = 8;
/** Accents on Latin letters only: "й" is a Cyrillic letter of its own, not an accented "и". */
const LATIN_ACCENTS = /(\p{Script=Latin})\p{Mn}+/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;
const EDGE_HYPHENS = /^-+|-+$/g;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/;

function shortHash(name: string): string {
  return createHash('sha256').update(name).digest('hex').slice(0, SLUG_HASH_LENGTH);
}

/**
 * Lower-case words joined by hyphens. Letters of any script are kept (a Korean or Cyrillic tag keeps a readable
 * URL); accents on Latin letters are dropped so "Zelenskyy" and "Zelenskyý" meet. Names that differ only in case
 * or punctuation share a slug on purpose: callers group by slug and report such collisions.
 */
export function slugify(name: string): string {
  return rememberedSlug(name);
}

/** Bounds the memory for a long-running `serve`; far above the names one archive has. */
const SLUG_MEMO_LIMIT = 100_000;
// Tag and source names come back on every page: each slug is made once.
const rememberedSlug = boundedMemo(newSlug, SLUG_MEMO_LIMIT);

function newSlug(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(LATIN_ACCENTS, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(NOT_LETTER_OR_DIGIT, '-')
    .replace(EDGE_HYPHENS, '');
  if (words === '') return `name-${shortHash(name)}`;
  // Windows cannot open a file or folder named after a device, whatever its extension: "con.md", "tags/nul/".
  if (WINDOWS_DEVICE.test(words)) return `${words}-${shortHash(name)}`;
  if (words.length <= MAX_SLUG_LENGTH) return words;
  const kept = words.slice(0, MAX_SLUG_LENGTH - SLUG_HASH_LENGTH - 1).replace(EDGE_HYPHENS, '');
  return `${kept}-${shortHash(name)}`;
}

/** A slug not in `taken`: the base if free, else the base with a short hash of `salt`, so the choice does not depend on order. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>, salt: string): string {
  if (!taken.has(base)) return base;
  const hash = createHash('sha256').update(salt).digest('hex');
  for (let length = 6; length <= hash.length; length += 2) {
    const candidate = `${base}-${hash.slice(0, length)}`;
    if (!taken.has(candidate)) return candidate;
  }
  throw new Error(`no free slug for "${base}"`);
}
