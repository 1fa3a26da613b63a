// While serving, every page the build renders may first let the event loop have a turn (see eventLoopBreaks.ts): what
// serve's threads tell (a capture ingested during the rebuild, its page up; the server's log) is told as it happens,
// and the run's entries reach Eleventy's watcher then, rather than when the rebuild ends.
import type { UserConfig } from '@11ty/eleventy';
import { EventLoopBreaks } from '../eventLoopBreaks.ts';

/** How long a build renders before the others get a turn: short against the 2 s a new capture's page may take. */
const SERVING_BREAK_MS = 50;

export function servingBreaks(eleventyConfig: UserConfig): void {
  let breaks: EventLoopBreaks | null = null;
  eleventyConfig.on('eleventy.before', ({ runMode }) => {
    breaks = runMode === 'serve' ? new EventLoopBreaks(SERVING_BREAK_MS) : null;
  });
  eleventyConfig.addShortcode('servingBreak', async () => {
    await breaks?.take();
    return '';
  });
}
