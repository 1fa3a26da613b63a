// The one slug function: stable, URL-safe, and deliberate about which names meet.
import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/store/slugify.ts';
import { articleUrl, isEntryPath, sourceUrl, tagUrl } from '../../src/site/siteUrls.ts';

describe('slugify', () => {
  it('joins lower-case words with hyphens', () => {
    expect(slugify('North Korea')).toBe('north-korea');
    expect(slugify('  Kim Jong-un (leader)  ')).toBe('kim-jong-un-leader');
  });

  it('gives names that differ only in case or accents the same slug, so they can be grouped', () => {
    expect(slugify('KURSK')).toBe(slugify('Kursk'));
    expect(slugify('Zelenskyý')).toBe('zelenskyy');
  });

  it('keeps letters of other scripts readable', () => {
    expect(slugify('김정은')).toBe('김정은');
    expect(slugify('Курск')).toBe('курск');
  });

  it('never yields an empty or path-like segment', () => {
    for (const name of ['???', '../..', '/', '{{ }}']) {
      expect(slugify(name)).toMatch(/^name-[0-9a-f]{8}$/);
    }
    expect(slugify('???')).not.toBe(slugify('!!!'));
  });

  it('shortens long names but keeps distinct ones distinct', () => {
    const base = 'word '.repeat(40);
    const a = slugify(`${base}alpha`);
    const b = slugify(`${base}beta`);
    expect(a.length).toBeLessThanOrEqual(80);
    expect(a).not.toBe(b);
  });
});

describe('site URLs', () => {
  it('builds tag, source and article URLs from the same slug function', () => {
    expect(tagUrl('North Korea')).toBe('/tags/north-korea/');
    expect(sourceUrl('The Korea Herald')).toBe('/sources/the-korea-herald/');
    expect(articleUrl('content/articles/korea-herald-troops.md')).toBe('/articles/korea-herald-troops/');
  });

  it('recognises entries as Markdown files under <input>/articles only', () => {
    expect(isEntryPath('./content/articles/a.md', 'content')).toBe(true);
    expect(isEntryPath('./content/articles/..a.md', './content/')).toBe(true);
    expect(isEntryPath('./content/index.njk', 'content')).toBe(false);
    expect(isEntryPath('./content/about.md', 'content')).toBe(false);
    expect(isEntryPath('./other/articles/a.md', 'content')).toBe(false);
  });
});
