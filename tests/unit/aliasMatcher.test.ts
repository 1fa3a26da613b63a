// The alias matcher finds exactly what one whole-word pattern of every alias, longest first, finds.
import { describe, expect, it } from 'vitest';
import { aliasMatcher } from '../../src/ingest/aliasMatcher.ts';

/** The pattern the matcher stands in for. */
function byPattern(aliases: string[], text: string): { alias: string; index: number }[] {
  const escaped = [...new Set(aliases)].sort((a, b) => b.length - a.length).map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(pattern)].map((m) => ({ alias: m[0], index: m.index }));
}

const ALIASES = ['Kim', 'Kim Jong Un', 'Kim Jong', 'US', 'U.S.', 'U.S. Army', 'Seoul', 'Kursk', 'Kursk region', '[Kyiv]', 'C++', '-ish', 'Пхеньян', 'Putin', '😀 Club', '北朝鮮', 'Q', 'Qatar', '月'];

const TEXTS = [
  'Kim Jong Un met Putin in Kursk region and Kursk.',
  'Kim Jong Unx and xKim and Kim9 and 9Kim, but Kim.',
  'The U.S. Army and the U.S. and US-led and USA and US.',
  'Kim Jong spoke; Kim Jong Un answered; Kim’s aides; Kim-led.',
  '[Kyiv] and [Kyiv]s; C++ and C++x; style-ish and -ish.',
  'Пхеньян и Пхеньянский; ПутинPutin; Putin, Путин.',
  '😀 Club and x😀 Club and 😀Kim and Kim😀 and 😀 Clubs.',
  '北朝鮮の兵士 and 北朝鮮 and a北朝鮮.',
  'KimKim Kim Kim',
  'Q and Qatar, Qatari, xQ, Q9 and Q.; 11月 and 月 and 月曜',
  '\ud800Kim and Kim\udc00 and lone surrogates around Seoul\ud83d.',
  '',
  'no names here at all',
];

describe('aliasMatcher', () => {
  it('finds what the whole-word pattern of the aliases finds, where it finds it', () => {
    const find = aliasMatcher(ALIASES);
    for (const text of TEXTS) expect(find(text), text).toEqual(byPattern(ALIASES, text));
  });

  it('prefers the longest alias at a position, and steps past a match before looking again', () => {
    expect(aliasMatcher(['Kim', 'Kim Jong Un'])('Kim Jong Un Kim')).toEqual([
      { alias: 'Kim Jong Un', index: 0 },
      { alias: 'Kim', index: 12 },
    ]);
  });

  it('falls back to a shorter alias when the longer one runs into a letter', () => {
    expect(aliasMatcher(['Kursk', 'Kursk regionx'])('Kursk regionxy')).toEqual([{ alias: 'Kursk', index: 0 }]);
  });

  it('finds nothing with no aliases', () => {
    expect(aliasMatcher([])('Kim Jong Un')).toEqual([]);
  });
});
