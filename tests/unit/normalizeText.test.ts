// normalizeText: one line-ending form, ordinary spaces for no-break spaces, invisible characters removed, every script left alone.
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/ingest/normalizeText.ts';

describe('normalizeText', () => {
  it('turns CRLF and lone CR into LF without merging or adding lines', () => {
    expect(normalizeText('one\r\ntwo\rthree\n\r\nfive')).toBe('one\ntwo\nthree\n\nfive');
  });

  it('turns Unicode line and paragraph separators into LF', () => {
    expect(normalizeText('a\u2028b\u2029c')).toBe('a\nb\nc');
  });

  it('makes NBSP and narrow NBSP inside sentences ordinary spaces', () => {
    expect(normalizeText('Kim Jong\u00a0Un met 10\u202f000 troops in\u00a0Kursk.')).toBe('Kim Jong Un met 10 000 troops in Kursk.');
  });

  it('makes tabs, figure and ideographic spaces ordinary spaces', () => {
    expect(normalizeText('a\tb\u2007c\u3000d')).toBe('a b c d');
  });

  it('removes zero-width spaces, word joiners, soft hyphens and stray BOMs so words join again', () => {
    expect(normalizeText('Pyong\u200byang de\u00adploy\u2060ment\ufeff')).toBe('Pyongyang deployment');
  });

  it('removes C0 and C1 control characters but keeps the line structure', () => {
    expect(normalizeText('a\u0007b\u001bc\u0085d\n\u0000e')).toBe('abcd\ne');
  });

  it('trims trailing spaces on every line but keeps leading indentation', () => {
    expect(normalizeText('  • Item   \nNext\u00a0\u00a0\n   ')).toBe('  • Item\nNext\n');
  });

  it('trims trailing spaces of text that needs nothing else replaced, blank lines included', () => {
    expect(normalizeText('plain  \n   \n  indented \nlast ')).toBe('plain\n\n  indented\nlast');
    expect(normalizeText('no trailing spaces\nat all')).toBe('no trailing spaces\nat all');
  });

  it('leaves Korean, Cyrillic and mixed-script text unchanged apart from NFC', () => {
    for (const text of ['북한군 파병, 쿠르스크 투입', 'Зеленский: КНДР отправила войска', 'Kim 김정은 Путин — “talks”', 'العربية', 'עברית']) {
      expect(normalizeText(text)).toBe(text);
    }
  });

  it('composes decomposed Hangul and accents (NFC) so matching sees one form', () => {
    const decomposed = '북한'.normalize('NFD') + ' cafe\u0301';
    expect(decomposed).not.toBe('북한 café');
    expect(normalizeText(decomposed)).toBe('북한 café');
  });

  it('keeps zero-width joiners, which scripts and emoji need', () => {
    expect(normalizeText('می\u200cخواهم 👩\u200d💻')).toBe('می\u200cخواهم 👩\u200d💻');
  });

  it('is idempotent: text it gave comes back unchanged', () => {
    const tricky = ['a \u0007\nb', 'cafe\u200b\u0301 \r\n', 'x\u00a0\u00a0\u2028  y \u0085', '북한'.normalize('NFD') + '\u00ad\t\n', ' \ufeff \n\r\r\n', 'plain'];
    for (const text of tricky) expect(normalizeText(normalizeText(text)), JSON.stringify(text)).toBe(normalizeText(text));
  });

  it('returns an empty string for empty input', () => {
    expect(normalizeText('')).toBe('');
  });
});
