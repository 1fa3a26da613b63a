// An article's headline and standfirst → the language its script tells (Korean, Japanese, Chinese, Russian, Ukrainian),
// so that its page can say so to screen readers and translators; null where the script does not tell.

/** Letters of each script, counted over the text. */
const HANGUL = /[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]/gu;
const KANA = /[\u3040-\u30ff\u31f0-\u31ff]/gu;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu;
const CYRILLIC = /[\u0400-\u04ff]/gu;
const LETTER = /\p{L}/gu;
/** Letters Ukrainian has and Russian lacks, and the other way round. */
const UKRAINIAN_ONLY = /[іїєґІЇЄҐ]/u;
const RUSSIAN_ONLY = /[ыэъёЫЭЪЁ]/u;

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/**
 * Most of the letters must be of the script. Kana marks Japanese however many Chinese characters surround it; Cyrillic
 * is told Ukrainian or Russian only by a letter one has and the other lacks, and stays untold without one (it may be
 * Bulgarian or Serbian). Latin script tells nothing here: the page keeps the site's language.
 */
export function scriptLanguage(text: string): string | null {
  const letters = count(text, LETTER);
  if (letters === 0) return null;
  const share = (n: number) => n / letters > 0.5;
  const hangul = count(text, HANGUL);
  const kana = count(text, KANA);
  const han = count(text, HAN);
  if (share(hangul)) return 'ko';
  if (kana > 0 && share(kana + han)) return 'ja';
  if (share(han)) return 'zh';
  if (share(count(text, CYRILLIC))) {
    if (UKRAINIAN_ONLY.test(text)) return 'uk';
    if (RUSSIAN_ONLY.test(text)) return 'ru';
  }
  return null;
}
