// scriptLanguage: the language an article's script tells, for its page's lang attribute; null where it tells none.
import { describe, expect, it } from 'vitest';
import { scriptLanguage } from '../../src/site/scriptLanguage.ts';

describe('scriptLanguage', () => {
  it.each([
    ['북한군, 쿠르스크서 우크라이나군과 첫 교전', 'ko'],
    ['北朝鮮兵 ロシア西部クルスク州に到着か 米国防総省', 'ja'],
    ['朝鲜士兵在库尔斯克与乌克兰军队交战', 'zh'],
    ['Пентагон: военные КНДР переброшены в Курскую область', 'ru'],
    ['КНДР відправила до Росії ще 3 тисячі військових – розвідка', 'uk'],
  ])('tells %j as %s', (text, language) => {
    expect(scriptLanguage(text)).toBe(language);
  });

  it('tells nothing of Latin script, of Cyrillic without a letter only one language has, or of a few foreign words', () => {
    expect(scriptLanguage('North Korean troops enter combat in Kursk region')).toBeNull();
    expect(scriptLanguage('Nordkoreanische Soldaten erstmals bei Kursk im Einsatz')).toBeNull();
    expect(scriptLanguage('Войници от КНДР на фронта')).toBeNull();
    expect(scriptLanguage('North Korea calls its troops 조선인민군 in state media reports')).toBeNull();
    expect(scriptLanguage('')).toBeNull();
  });
});
