// Text → canonical text: one line-ending form, ordinary spaces, no invisible characters that break matching.

/** No-break and narrow spaces inside sentences (samples 000–004) compare as ordinary spaces. */
const SPACE_LIKE = /[\u00a0\u2007\u202f\u2000-\u200a\u3000\t\f\v]/g;
/** Zero-width space, word joiner, soft hyphen and stray BOMs: invisible, and they split words. */
const INVISIBLE = /[\u200b\u2060\u00ad\ufeff]/g;
/** C0/C1 controls other than newline are illegal in XML feeds and never meaningful in a capture. */
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
/**
 * Any character one of the replacements below would change. Most captures hold none, and one test of the text is then
 * cheaper than five passes that find nothing.
 */
const NEEDS_REPLACING = /[\r\u2028\u2029\u200b\u2060\u00ad\ufeff\u00a0\u2007\u202f\u2000-\u200a\u3000\t\f\v\u0000-\u0008\u000e-\u001f\u007f-\u009f]/;
const TRAILING_SPACES = / +(?=\n|$)/g;

function replaceSpecial(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\u2028|\u2029/g, '\n')
    .replace(INVISIBLE, '')
    .replace(SPACE_LIKE, ' ')
    .replace(CONTROL, '');
}

export function normalizeText(text: string): string {
  const normal = (NEEDS_REPLACING.test(text) ? replaceSpecial(text) : text).normalize('NFC');
  return normal.includes(' \n') || normal.endsWith(' ') ? normal.replace(TRAILING_SPACES, '') : normal;
}
