// Keeps the memory of rendering the pages down: pages render a few at a time, and a build hands each finished page to
// Eleventy as UTF-8 bytes rather than as a string, and lets go of them once they are written.
import type { UserConfig } from '@11ty/eleventy';
import { RenderGate } from '../renderGate.ts';
import { WrittenPages } from '../writtenPages.ts';

/**
 * Pages rendering at once: rendering is on one thread, so more turns only overlap a page's waits (its includes, its
 * data) with another's work; few enough that their texts are a few megabytes.
 */
const RENDER_TURNS = 16;

/**
 * Eleventy keeps every page it writes until the build ends (in its write results and in a cache on each template), as
 * the last transform returned it. A page is a string whose every character costs two bytes of the JavaScript heap as
 * soon as one lies beyond Latin-1 (the site title's en dash, a typographic quote), and V8 lets the heap grow to about
 * twice what is live. As UTF-8 bytes the same page costs about half, outside the heap. Eleventy writes a Buffer as it
 * is, so every file is byte for byte the same.
 */
export function pageBytes(content: string | Buffer): Buffer {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
}

/**
 * Every article waits for its turn where its layout (templates/layouts/article.njk) begins, and gives it up in the last
 * transform, just before Eleventy writes it. Added after every other plugin, so its transforms are the last and none
 * after them is handed bytes. Bytes only in a build written to files: serving sends an edited page's text to the
 * browser to patch the open page in place, and a build to JSON hands the pages' text to its caller.
 */
export function pageMemory(eleventyConfig: UserConfig): void {
  let gate = new RenderGate(RENDER_TURNS);
  let written = new WrittenPages();
  let asBytes = false;
  eleventyConfig.on('eleventy.before', ({ runMode, outputMode }) => {
    // A page of a failed build may never give its turn back, nor be written.
    gate = new RenderGate(RENDER_TURNS);
    written = new WrittenPages();
    asBytes = runMode === 'build' && outputMode === 'fs';
  });
  eleventyConfig.addShortcode('renderTurn', async function (this: { page: object }) {
    await gate.enter(this.page);
    return '';
  });
  eleventyConfig.addTransform('render-turn', function (this: { page: object }, content: string | Buffer) {
    gate.leave(this.page);
    return content;
  });
  eleventyConfig.addTransform('page-bytes', function (content) {
    if (!asBytes) return content;
    const bytes = pageBytes(content);
    if (typeof this.page.outputPath === 'string') written.hold(this.page.outputPath, bytes);
    return bytes;
  });
}
