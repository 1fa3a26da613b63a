// The bare baseline's posts: one per dump, of exactly the dump's byte size, with the front matter Eleventy reads.
import path from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { bareMarkdown } from '../../scripts/bench/bare/bareInput.ts';
import { loadPalette } from '../../scripts/bench/palette.ts';
import { REPO_ROOT } from '../helpers/archiveConfig.ts';

describe('bareMarkdown', () => {
  it('writes a post of exactly the size asked for, with a title and tags, the same for the same seed', async () => {
    const palette = await loadPalette(path.join(REPO_ROOT, 'content/_data'));
    for (const [index, size] of [5_200, 7_777, 10_100].entries()) {
      const post = bareMarkdown(1, index, size, palette);
      expect(Buffer.byteLength(post)).toBe(size);
      const { data, content } = matter(post);
      expect(typeof data.title).toBe('string');
      expect(data.tags.length).toBeGreaterThanOrEqual(2);
      expect(content.length).toBeGreaterThan(size / 2);
      expect(bareMarkdown(1, index, size, palette)).toBe(post);
    }
  });
});
