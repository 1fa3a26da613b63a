// While serving, every page the build renders may first let the server and the watchers have a turn of the event loop
// (see eventLoopBreaks.ts), so that a capture dropped in during a rebuild is ingested, and its page answered, at once.
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
