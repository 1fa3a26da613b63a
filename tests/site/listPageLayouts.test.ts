// The bundled content's paginated pages (home, tag, source, month, story, report and feed pages: thousands in a large
// archive) are drawn by their layouts. Eleventy renders every page's own content before it writes any and keeps it
// until the build ends; a layout it renders as it writes, so a page drawn by one holds nothing meanwhile (at 10,000
// captures, about 360 MB less at the build's peak).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/archiveConfig.ts';

const CONTENT = path.join(REPO_ROOT, 'content');

async function paginatedPages(): Promise<string[]> {
  const files = await readdir(CONTENT, { recursive: true });
  const pages: string[] = [];
  for (const file of files.filter((f) => f.endsWith('.njk') && !f.startsWith('dumps'))) {
    if ('pagination' in matter(await readFile(path.join(CONTENT, file), 'utf8')).data) pages.push(file);
  }
  return pages.sort();
}

describe('the paginated pages of the bundled content', () => {
  it('are found', async () => {
    expect(await paginatedPages()).toEqual(expect.arrayContaining(['index.njk', 'tag.njk', 'source.njk', 'month.njk', path.join('feeds', 'atom.njk')]));
  });

  it('each name a layout of templates/pages and have nothing of their own but a comment', async () => {
    for (const file of await paginatedPages()) {
      const { data, content } = matter(await readFile(path.join(CONTENT, file), 'utf8'));
      expect(data.layout, file).toMatch(/^pages\/[\w-]+\.njk$/);
      await expect(readFile(path.join(REPO_ROOT, 'templates', data.layout as string), 'utf8'), file).resolves.toContain('{%');
      expect(content.replace(/\{#[\s\S]*?#\}/g, '').trim(), `${file}: only a comment`).toBe('');
    }
  });
});
