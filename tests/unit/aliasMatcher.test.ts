// The alias matcher finds exactly what one whole-word pattern of every alias, longest first, finds.
import { describe, expect, it } from 'vitest';
import { aliasMatcher } from '../../src/ingest/aliasMatcher.ts';

/** Chinese and Japanese characters: no word edge is asked of them. */
const UNSPACED = /[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
/** …and a Hangul syllable ends a name wherever its particles follow. */
const UNSPACED_END = /[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7a3]/u;

/**
 * The pattern the matcher stands in for: each alias a whole word, except at an edge written in a script without spaces
 * between words (Chinese, Japanese), or, at its end, with particles joined to the noun (Korean).
 */
function byPattern(aliases: string[], text: string): { alias: string; index: number }[] {
  const escape = (a: string) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const guarded = [...new Set(aliases)]
    .sort((a, b) => b.length - a.length)
    .map((a) => `${UNSPACED.test(a.charAt(0)) ? '' : '(?<![\\p{L}\\p{N}])'}${escape(a)}${UNSPACED_END.test(a.charAt(a.length - 1)) ? '' : '(?![\\p{L}\\p{N}])'}`);
  const pattern = new RegExp(`(?:${guarded.join('|')})`, 'gu');
  return [...text.matchAll(pattern)].map((m) => ({ alias: m[0], index: m.index }));
}

const ALIASES = ['Kim', 'Kim Jong Un', 'Kim Jong', 'US', 'U.S.', 'U.S. Army', 'Seoul', 'Kursk', 'Kursk region', '[Kyiv]', 'C++', '-ish', 'Пхеньян', 'Putin', '😀 Club', '北朝鮮', 'Q', 'Qatar', '月', '북한', '김정은', 'nord-coréens', 'nordkoreanische', 'péninsule coréenne'];

const TEXTS = [
  'Kim Jong Un met Putin in Kursk region and Kursk.',
  'Kim Jong Unx and xKim and Kim9 and 9Kim, but Kim.',
  'The U.S. Army and the U.S. and US-led and USA and US.',
  'Kim Jong spoke; Kim Jong Un answered; Kim’s aides; Kim-led.',
  '[Kyiv] and [Kyiv]s; C++ and C++x; style-ish and -ish.',
  'Пхеньян и Пхеньянский; ПутинPutin; Putin, Путин.',
  '😀 Club and x😀 Club and 😀Kim and Kim😀 and 😀 Clubs.',
  '北朝鮮の兵士 and 北朝鮮 and a北朝鮮 and 約1万人の北朝鮮兵.',
  '북한군이 남북한 북한. 김정은이 x북한',
  'des soldats nord-coréens, xnord-coréens et nord-coréensx; die nordkoreanische Armee; la péninsule coréenne.',
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

  it('finds a Korean name with its particle joined on, and a Chinese or Japanese name inside its sentence', () => {
    expect(aliasMatcher(['북한'])('북한군이 남북한 대화를')).toEqual([{ alias: '북한', index: 0 }]);
    expect(aliasMatcher(['北朝鮮'])('約1万人の北朝鮮兵が')).toEqual([{ alias: '北朝鮮', index: 5 }]);
  });

  it('finds nothing with no aliases', () => {
    expect(aliasMatcher([])('Kim Jong Un')).toEqual([]);
  });
});
