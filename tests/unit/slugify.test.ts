// slugify and uniqueSlug: file- and URL-safe slugs that never leave their folder, keep every script readable, and stay distinct.
import { describe, expect, it } from 'vitest';
import { slugify, uniqueSlug } from '../../src/store/slugify.ts';

/** A slug that is safe as one path segment: no separators, no dot segments, no controls, not empty. */
function expectSafe(slug: string): void {
  expect(slug.length).toBeGreaterThan(0);
  expect(slug.length).toBeLessThanOrEqual(80);
  expect(slug).not.toMatch(/[/\\\0]/);
  expect(slug).not.toMatch(/^\.+$/);
  expect(slug).not.toMatch(/^-|-$/);
  expect(slug).not.toMatch(/[\p{Cc}\p{Cf}\s]/u);
}

describe('slugify', () => {
  it.each([
    ['North Korean troops enter Kursk, U.S. says', 'north-korean-troops-enter-kursk-u-s-says'],
    ['../etc/passwd', 'etc-passwd'],
    ['a/b', 'a-b'],
    ['a\\b', 'a-b'],
    ['nul\0byte', 'nul-byte'],
    ['Zelenskyý and Zelenskyy', 'zelenskyy-and-zelenskyy'],
    ['  --Kim  Jong-un--  ', 'kim-jong-un'],
    ['rtl \u202eevil\u202c text', 'rtl-evil-text'],
  ])('%j → %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
    expectSafe(slugify(text));
  });

  it('keeps a 500-character headline under 80 characters, and two long headlines that differ late stay distinct', () => {
    const long = 'North Korean troops '.repeat(25);
    const a = slugify(`${long} enter Kursk`);
    const b = slugify(`${long} leave Kursk`);
    expectSafe(a);
    expectSafe(b);
    expect(a).not.toBe(b);
    expect(a.startsWith('north-korean-troops-north-korean-troops')).toBe(true);
  });

  it('gives text with no letters or digits a non-empty slug, distinct per text', () => {
    for (const text of ['!!!', '...', '', '—', '\u202e']) expectSafe(slugify(text));
    expect(slugify('!!!')).not.toBe(slugify('???'));
    expect(slugify('..')).not.toMatch(/^\.+$/);
  });

  it('keeps Korean readable and composed (NFC)', () => {
    const slug = slugify('북한군, 쿠르스크 투입');
    expect(slug).toBe('북한군-쿠르스크-투입');
    expect(slug).toBe(slug.normalize('NFC'));
  });

  it('keeps Cyrillic words and gives a path-safe slug', () => {
    const slug = slugify('Путин: армия КНДР');
    expect(slug).toBe('путин-армия-кндр');
    expectSafe(slug);
  });

  it('keeps the Cyrillic letter й (it is a letter, not an accented и)', () => {
    expect(slugify('Зеленский заявил')).toBe('зеленский-заявил');
  });

  it('is deterministic', () => {
    expect(slugify('Kim’s “troops” — 북한군')).toBe(slugify('Kim’s “troops” — 북한군'));
  });
});

describe('uniqueSlug', () => {
  it('returns the base when it is free', () => {
    expect(uniqueSlug('troops', new Set(['other']), 'a.txt#0')).toBe('troops');
  });

  it('adds a hash of the salt when the base is taken: the same for the same salt, different for another', () => {
    const taken = new Set(['troops']);
    const one = uniqueSlug('troops', taken, 'a.txt#0');
    expect(one).toMatch(/^troops-[0-9a-f]{6}$/);
    expect(uniqueSlug('troops', new Set(['troops']), 'a.txt#0')).toBe(one);
    expect(uniqueSlug('troops', taken, 'b.txt#0')).not.toBe(one);
  });

  it('lengthens the hash when the short one is taken too', () => {
    const first = uniqueSlug('troops', new Set(['troops']), 'salt');
    const second = uniqueSlug('troops', new Set(['troops', first]), 'salt');
    expect(second).not.toBe(first);
    expect(second.startsWith(first)).toBe(true);
  });
});
