// The baseline's input: one plain Markdown file per dump, of the dump's byte size, with a title and a few tags.
import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Palette } from '../palette.ts';
import { randomFor } from '../prng.ts';
import { angle, headline, paragraph } from '../prose.ts';

/** Templates and layout of the baseline site, copied beside the generated posts. */
const SITE_DIR = path.join(import.meta.dirname, 'site');
/** As many tags as ingest gives the entries of the generated dumps (12 or 13 on average), so both sites have as many tag pages. */
const TAGS_PER_POST = [8, 17] as const;
/** The baseline's own stream, apart from the dumps' streams of the same seed. */
const BARE_STREAM = 0x51ed27a1;

/**
 * A post of exactly `size` bytes: front matter (the layout named in each post, not in a directory data file, which
 * Eleventy ignores for input outside its working directory), then prose (ASCII, so characters and bytes agree when cut).
 */
export function bareMarkdown(seed: number, index: number, size: number, palette: Palette): string {
  const r = randomFor(seed ^ BARE_STREAM, index);
  const names = [...palette.frontLine, ...palette.capitals, ...palette.people, ...palette.organisations];
  const tags = r.sample(names, r.int(TAGS_PER_POST[0], TAGS_PER_POST[1])).map((t) => JSON.stringify(t));
  const head = `---\ntitle: ${JSON.stringify(headline(angle(r, palette)))}\ntags: [${tags.join(', ')}]\nlayout: page.njk\n---\n`;
  let body = '';
  while (head.length + body.length < size) body += `${paragraph(r, palette).replace(/[^\x20-\x7e]/g, '"')}\n\n`;
  return `${head}${body}`.slice(0, size - 1).trimEnd().padEnd(size - 1, '.') + '\n';
}

export async function writeBareInput(inputDir: string, sizes: readonly number[], seed: number, palette: Palette): Promise<void> {
  await cp(SITE_DIR, inputDir, { recursive: true });
  const postsDir = path.join(inputDir, 'posts');
  await mkdir(postsDir, { recursive: true });
  for (const [index, size] of sizes.entries()) {
    await writeFile(path.join(postsDir, `post-${String(index).padStart(6, '0')}.md`), bareMarkdown(seed, index, size, palette));
  }
}
