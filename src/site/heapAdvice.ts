// Whether the archive is big enough for a build to outgrow Node's heap, and what to do about it. Eleventy keeps each
// page's data and its entry's text in memory until the build ends, so a build's heap grows with the archive, and Node
// stops at its limit with a fatal error that says nothing of the fix. Measured at the heap's peak, per entry:
// - `build`: 671 MB for 14,793 entries, 1.78 GB for 44,100, 40-45 KB each (rounded up for archives with longer
//   articles or more tags);
// - `serve` keeps every page it renders as text besides, to send an edited one to the open browser: 2.4 GB for 14,793
//   entries, 160 KB each, measured when builds still kept them too.
const HEAP_BYTES_PER_ENTRY = { build: 50_000, serve: 160_000 } as const;
/** Archives differ in page sizes and tag counts: the advice comes a little before the estimate reaches the limit. */
const MARGIN = 1.2;
const MB = 1024 * 1024;
/** Suggested heap sizes are whole gigabytes, with room for the estimate to be low. */
const SUGGESTION_STEP_MB = 1024;
const SUGGESTION_ROOM = 1.5;

const gigabytes = (bytes: number) => `${(bytes / 1e9).toFixed(1)} GB`;

/** Null when the estimate fits; otherwise the warning to print before building or serving. */
export function heapAdvice(entries: number, heapLimit: number, command: 'build' | 'serve'): string | null {
  const needed = entries * HEAP_BYTES_PER_ENTRY[command];
  if (needed * MARGIN <= heapLimit) return null;
  const suggested = Math.ceil((needed * SUGGESTION_ROOM) / MB / SUGGESTION_STEP_MB) * SUGGESTION_STEP_MB;
  return (
    `${entries.toLocaleString('en')} entries: ${command === 'build' ? 'building' : 'serving'} them takes about ${gigabytes(needed)} of memory and Node's heap is limited to ` +
    `${gigabytes(heapLimit)}, so it may stop with "JavaScript heap out of memory". Run it with ` +
    `NODE_OPTIONS=--max-old-space-size=${suggested} (the machine needs that much free memory).`
  );
}
