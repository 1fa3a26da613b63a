// Bytes of a capture → text: detects byte-order marks and UTF-16 without one, rejects binary files, and reads what is
// not UTF-8 in the legacy encoding chardet names when it is one of a non-Latin script, else as Windows-1252.
import chardet from 'chardet';
import iconv from 'iconv-lite';

export type DecodeResult =
  | { ok: true; text: string; encoding: string }
  | { ok: false; reason: string };

/** A text capture has almost no control characters; more than this share of them means a binary file. */
const MAX_CONTROL_SHARE = 0.02;
/** How much of the text to sample when deciding it is binary. */
const BINARY_SAMPLE_CHARS = 8192;
/** C0 controls other than tab, line feed, form feed and carriage return. */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f]/g;
/**
 * UTF-8 with at most this many broken sequences, among real multi-byte characters, is a truncated or slightly damaged
 * UTF-8 capture, not Windows-1252 (where valid multi-byte sequences almost never occur by chance).
 */
const MAX_BROKEN_UTF8 = 3;
const REPLACEMENT = /\ufffd/g;
const MULTIBYTE = /[^\u0000-\u007f\ufffd]/g;

function looksBinary(text: string): boolean {
  const sample = text.slice(0, BINARY_SAMPLE_CHARS);
  if (sample.includes('\u0000')) return true;
  return sample.length > 0 && (sample.match(CONTROL)?.length ?? 0) / sample.length > MAX_CONTROL_SHARE;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

const BINARY: DecodeResult = { ok: false, reason: 'binary file, not a text capture (it holds NUL or control characters)' };

function checked(text: string, encoding: string): DecodeResult {
  return looksBinary(text) ? BINARY : { ok: true, text, encoding };
}

/** How many bytes of each parity are looked at to tell UTF-16 without a byte-order mark. */
const UTF16_SAMPLE_BYTES = 4096;
/** Text in UTF-16 has NUL high bytes for every ASCII character (spaces, digits, punctuation at least) ... */
const UTF16_MIN_NUL_SHARE = 0.1;
/** ... all on one side of each pair; a binary file has them on both. */
const UTF16_MAX_OTHER_NUL_SHARE = 0.01;

/** 'utf-16le' or 'utf-16be' when the NUL bytes fall on one side of the byte pairs only, as in text saved without a BOM. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, UTF16_SAMPLE_BYTES) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even += 1;
    if (bytes[i + 1] === 0) odd += 1;
  }
  const pairs = n / 2;
  if (even / pairs >= UTF16_MIN_NUL_SHARE && odd / pairs <= UTF16_MAX_OTHER_NUL_SHARE) return 'utf-16be';
  if (odd / pairs >= UTF16_MIN_NUL_SHARE && even / pairs <= UTF16_MAX_OTHER_NUL_SHARE) return 'utf-16le';
  return null;
}

/**
 * Legacy encodings of non-Latin scripts, as chardet names them, and the encoding iconv-lite reads each by. Read as
 * Windows-1252 such a capture is all mojibake; a Latin one read as Windows-1252 loses a few letters at most, and
 * chardet tells the Latin encodings apart less surely, so those are read as Windows-1252. KOI8-R is read as KOI8-U,
 * which adds the Ukrainian letters in place of box-drawing characters news text does not use.
 */
const NON_LATIN: Readonly<Record<string, string>> = {
  'windows-1251': 'windows-1251', 'KOI8-R': 'koi8-u', 'ISO-8859-5': 'iso-8859-5', 'ISO-8859-7': 'iso-8859-7', 'windows-1253': 'windows-1253',
  'EUC-KR': 'cp949', Shift_JIS: 'shift_jis', 'EUC-JP': 'euc-jp', GB18030: 'gb18030', Big5: 'big5',
};

/** The legacy encoding invalid UTF-8 is in: a non-Latin one chardet ranks first, else Windows-1252. */
function legacyEncoding(bytes: Uint8Array): { decodeAs: string; name: string } {
  const best = chardet.analyse(bytes)[0]?.name;
  const decodeAs = best === undefined ? undefined : NON_LATIN[best];
  return decodeAs === undefined ? { decodeAs: 'windows-1252', name: 'windows-1252' } : { decodeAs, name: `${best} (detected)` };
}

export function decodeDump(bytes: Uint8Array): DecodeResult {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return checked(new TextDecoder('utf-8').decode(bytes.subarray(3)), 'utf-8 (BOM)');
  if (startsWith(bytes, [0xff, 0xfe])) return checked(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return checked(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return checked(new TextDecoder(utf16).decode(bytes), `${utf16} (no byte-order mark)`);
  const lossy = new TextDecoder('utf-8').decode(bytes);
  if (looksBinary(lossy)) return BINARY;
  const broken = lossy.match(REPLACEMENT)?.length ?? 0;
  if (broken === 0) return { ok: true, text: lossy, encoding: 'utf-8' };
  const multibyte = lossy.match(MULTIBYTE)?.length ?? 0;
  if (broken <= MAX_BROKEN_UTF8 && multibyte > broken) return { ok: true, text: lossy, encoding: 'utf-8 (damaged: broken sequences replaced)' };
  const { decodeAs, name } = legacyEncoding(bytes);
  return { ok: true, text: iconv.decode(Buffer.from(bytes), decodeAs), encoding: name };
}
