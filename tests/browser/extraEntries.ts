// Older, plain entries added to the bundled archive so its lists run to more than one page.
import type { Entry } from '../../src/store/entrySchema.ts';
import { renderEntry } from '../../src/store/renderEntry.ts';
import { ARTICLES_PER_PAGE } from '../../src/site/paginate.ts';

/** Enough for the home page and the "North Korea" tag page to have a second page. */
export const EXTRA_ENTRY_COUNT = ARTICLES_PER_PAGE + 5;

/** The first few are one story told by different outlets, so the archive has a story page (the samples share none). */
const STORY_VERSIONS = 3;
const OUTLETS = ['Archive Test Wire', 'Second Test Daily', 'Third Test Herald'];

/** Dated in 2023, before every bundled article, so they fill the later pages and leave the first as it was. */
export function extraEntries(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < EXTRA_ENTRY_COUNT; i += 1) {
    const n = String(i + 1).padStart(2, '0');
    const entry: Entry = {
      headline: `Earlier report ${n} on North Korean arms shipments to Russia`,
      source: i < STORY_VERSIONS ? OUTLETS[i]! : OUTLETS[0]!,
      date: `2023-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
      tags: ['North Korea', 'Russia'],
      dump: `earlier-${n}.txt`,
      dump_sha256: (i + 1).toString(16).padStart(64, '0'),
      dump_lines: [1, 5],
      ...(i < STORY_VERSIONS && { story: 'earlier-rail-shipments' }),
    };
    files[`earlier-report-${n}.md`] = renderEntry(entry, `Officials described shipment number ${i + 1} of artillery shells by rail.`);
  }
  return files;
}
