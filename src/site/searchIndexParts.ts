// How a search index in parts is laid out. Pagefind holds all of an index in memory until its process ends, about
// 200 KB per article, so an archive too large for one Pagefind process is indexed in parts, one process after
// another. The first part is the bundle in `pagefind/`; each further part is a bundle of its own in a folder inside
// it, and the search page merges them all.

/** In the first part's folder: the further parts' folders, relative to it (`["part-2/", …]`). */
export const PARTS_FILE = 'parts.json';

/** The folder of part `number` (from 1), relative to the first part's. */
export function partFolder(number: number): string {
  return number === 1 ? '' : `part-${number}/`;
}
