// Text → a URL- and file-safe slug that can never name a path outside its folder; one function for entries, tags and sources.
import { createHash } from 'node:crypto';

/** Long headlines cut at a word boundary below this length. */
export const SLUG_MAX_LENGTH = 80;
/** Slug for text with no letters or digits at all. */
export const EMPTY_SLUG = 'untitled';

export function slugify(text: string): string {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // Letters and digits of every script survive; everything else (/, ., NUL, bidi controls) becomes a separator.
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (folded.length <= SLUG_MAX_LENGTH) return folded || EMPTY_SLUG;
  const cut = folded.slice(0, SLUG_MAX_LENGTH);
  const boundary = cut.lastIndexOf('-');
  return (boundary > SLUG_MAX_LENGTH / 2 ? cut.slice(0, boundary) : cut).replace(/-+$/, '');
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
