// Front-matter engines: YAML only, and an entry's YAML becomes validated article data with nothing else in it.
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { frontMatterOptions } from '../../src/site/frontMatterOptions.ts';

type Engine = (text: string, context?: { filePath?: string }) => unknown;

const ENTRY = './content/articles/a.md';
const PAGE = './content/index.njk';
const { engines } = frontMatterOptions((filePath) => filePath === ENTRY) as { engines: Record<string, Engine> };

function engine(name: string): Engine {
  const found = engines[name];
  if (found === undefined) throw new Error(`no ${name} engine`);
  return found;
}

const VALID_YAML = [
  'headline: A headline',
  'source: null',
  'date: 2024-10-30',
  'dump: a.txt',
  `dump_sha256: ${'a'.repeat(64)}`,
  'dump_lines: [1, 2]',
].join('\n');

describe('frontMatterOptions', () => {
  it('parses our own pages\' YAML as it is', () => {
    expect(engine('yaml')('permalink: /tags/', { filePath: PAGE })).toEqual({ permalink: '/tags/' });
  });

  it('turns an entry into article data: validated fields under `entry`, page settings from the file name', () => {
    const data = engine('yaml')(`${VALID_YAML}\npermalink: ../../escape.html\nlayout: false`, { filePath: ENTRY }) as Record<
      string,
      unknown
    >;
    expect(Object.keys(data).sort()).toEqual(['entry', 'layout', 'permalink', 'textLanguage', 'title']);
    expect(data.textLanguage).toBeNull();
    expect(data.entry).toMatchObject({ headline: 'A headline', date: '2024-10-30', tags: [] });
    expect(data.entry).not.toHaveProperty('permalink');
    expect(data.title).toBe('A headline');
    expect(data.layout).toBe('layouts/article.njk');
    expect(typeof data.permalink === 'function' && data.permalink()).toBe('/articles/a/');
  });

  it.each(['javascript', 'jsLegacy', 'json', 'node'])('refuses %s front matter, naming the file', (name) => {
    expect(() => engine(name)('{}', { filePath: ENTRY })).toThrow(/a\.md: .* YAML only/);
  });

  it('keeps no copy of the parsed file beside its data and content, and sets no excerpt', () => {
    const text = `---\npermalink: /tags/\n---\n${'A page body. '.repeat(600)}\n`;
    // gray-matter's types give the excerpt function a string; it is handed the parsed file.
    const parsed = matter(text, frontMatterOptions(() => false) as unknown as Parameters<typeof matter>[1]);
    expect(parsed.data).toEqual({ permalink: '/tags/' });
    expect(parsed.content).toBe(`${'A page body. '.repeat(600)}\n`);
    expect((parsed as { orig?: unknown }).orig).toBeUndefined();
    expect(parsed.excerpt).toBe('');
  });
});
