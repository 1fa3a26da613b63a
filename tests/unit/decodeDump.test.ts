// decodeDump: bytes of a capture become text (UTF-8, BOMs, UTF-16 without one, legacy encodings of non-Latin scripts, Windows-1252), and binary files are refused with a reason.
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeDump } from '../../src/ingest/decodeDump.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

function decodedText(bytes: Uint8Array): string {
  const result = decodeDump(bytes);
  if (!result.ok) throw new Error(`expected text, got refusal: ${result.reason}`);
  return result.text;
}

describe('decodeDump', () => {
  it('reads plain UTF-8, including Korean and Cyrillic', () => {
    const result = decodeDump(utf8('Kim’s troops — 북한군 — Зеленский\n'));
    expect(result).toEqual({ ok: true, text: 'Kim’s troops — 북한군 — Зеленский\n', encoding: 'utf-8' });
  });

  it('drops a UTF-8 byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Héadline')]);
    const result = decodeDump(bytes);
    expect(result.ok && result.text).toBe('Héadline');
    expect(result.ok && result.encoding).toBe('utf-8 (BOM)');
  });

  it('reads UTF-16LE with a byte-order mark (which is full of NUL bytes, yet not binary)', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from('Troops in Kursk 북한\r\n', 'utf16le')]);
    const result = decodeDump(bytes);
    expect(result).toEqual({ ok: true, text: 'Troops in Kursk 북한\r\n', encoding: 'utf-16le' });
  });

  it('reads UTF-16BE with a byte-order mark', () => {
    const le = Buffer.from('Seoul', 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decodedText(new Uint8Array([0xfe, 0xff, ...be]))).toBe('Seoul');
  });

  it('decodes Windows-1252 curly quotes, dashes, accents and the euro sign instead of refusing them', () => {
    // “Hi” café – €5 … in Windows-1252: 0x93 0x94 quotes, 0xE9 é, 0x96 en dash, 0x80 euro, 0x85 ellipsis.
    const bytes = new Uint8Array([0x93, 0x48, 0x69, 0x94, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x80, 0x35, 0x85]);
    const result = decodeDump(bytes);
    expect(result).toEqual({ ok: true, text: '“Hi” café – €5…', encoding: 'windows-1252' });
  });

  it.each([
    ['Russian in Windows-1251', 'windows-1251', 'Северокорейские войска вступили в бой с украинскими силами в Курской области, сообщил министр.\nГлавная\nПолитика\n', 'windows-1251 (detected)'],
    ['Russian in KOI8-R', 'koi8-r', 'Северокорейские войска вступили в бой с украинскими силами в Курской области, сообщил министр.\nГлавная\n', 'KOI8-R (detected)'],
    ['Ukrainian in KOI8-U', 'koi8-u', 'Північнокорейські війська вступили в бій з українськими силами в Курській області, повідомив міністр оборони.\n', 'KOI8-R (detected)'],
    ['Korean in EUC-KR', 'cp949', '북한군이 러시아 쿠르스크 지역에서 우크라이나군과 처음으로 교전했다고 국가정보원이 밝혔다.\n홈\n정치\n', 'EUC-KR (detected)'],
    ['Japanese in Shift_JIS', 'shift_jis', '北朝鮮軍がロシア西部クルスク州でウクライナ軍と初めて交戦したと、韓国の情報機関が明らかにした。\nホーム\n', 'Shift_JIS (detected)'],
  ])('reads %s in the legacy encoding it is in, not as Windows-1252', (_what, encoding, text, named) => {
    expect(decodeDump(new Uint8Array(iconv.encode(text, encoding)))).toEqual({ ok: true, text, encoding: named });
  });

  it('reads French and German in Windows-1252 as before', () => {
    for (const text of ["Les troupes nord-coréennes ont engagé le combat, a déclaré le ministre à l'Élysée.\n", 'Nordkoreanische Truppen kämpfen erstmals, sagte der Minister. Größere Verbände folgen.\n']) {
      expect(decodeDump(new Uint8Array(iconv.encode(text, 'windows-1252')))).toEqual({ ok: true, text, encoding: 'windows-1252' });
    }
  });

  it('reads UTF-16 saved without a byte-order mark, either way round', () => {
    const text = 'Северокорейские войска в Курской области\nNorth Korean troops 북한군\n';
    expect(decodeDump(new Uint8Array(iconv.encode(text, 'utf16-be')))).toEqual({ ok: true, text, encoding: 'utf-16be (no byte-order mark)' });
    expect(decodeDump(new Uint8Array(Buffer.from(text, 'utf16le')))).toEqual({ ok: true, text, encoding: 'utf-16le (no byte-order mark)' });
  });

  it('does not let Windows-1252 byte 0x85 or 0x93 pass through as C1 controls', () => {
    const text = decodedText(new Uint8Array([0x41, 0x85, 0x93, 0x42]));
    expect(text).toBe('A…“B');
    expect(text).not.toMatch(/[\u0080-\u009f]/);
  });

  it('refuses a file holding a NUL byte, saying why', () => {
    const result = decodeDump(new Uint8Array([...utf8('PK'), 0x03, 0x04, 0x00, 0x00, ...utf8('content.xml')]));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/binary/i);
    expect(!result.ok && result.reason.length).toBeGreaterThan(10);
  });

  it('refuses a file of mostly control bytes even without NUL', () => {
    const bytes = new Uint8Array(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x41 : 0x01 + (i % 8))));
    expect(bytes.includes(0)).toBe(false);
    const result = decodeDump(bytes);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/control|binary/i);
  });

  it('accepts ordinary whitespace controls (tab, form feed, CR, LF)', () => {
    expect(decodedText(utf8('a\tb\fc\r\nd\n'))).toBe('a\tb\fc\r\nd\n');
  });

  it('keeps the valid UTF-8 of a capture truncated in the middle of a character (no Windows-1252 mojibake)', () => {
    // A capture cut off mid-character is invalid UTF-8 only in its last byte; the rest must not become "Kimâ€™s".
    const whole = utf8('Kim’s troops reached Kursk. 북한');
    const text = decodedText(whole.subarray(0, whole.length - 1));
    expect(text.startsWith('Kim’s troops reached Kursk. 북')).toBe(true);
    expect(text).not.toContain('â€');
  });

  it('refuses binary bytes behind a UTF-16LE byte-order mark (UTF-16 NUL characters and control codes)', () => {
    const body = [0x00, 0x00, 0x01, 0x00, 0x02, 0x00, 0x00, 0x00, 0x03, 0x00, 0x04, 0x00, 0x00, 0x00, 0x05, 0x00];
    const result = decodeDump(new Uint8Array([0xff, 0xfe, ...body, ...body, ...body]));
    expect(result.ok).toBe(false);
  });

  it('reads an empty file as empty text (the ingest step reports it)', () => {
    expect(decodeDump(new Uint8Array())).toEqual({ ok: true, text: '', encoding: 'utf-8' });
  });
});
