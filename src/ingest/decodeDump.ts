// Bytes of a capture → text: detects byte-order marks, rejects binary files, falls back from UTF-8 to Windows-1252.
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

export function decodeDump(bytes: Uint8Array): DecodeResult {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return checked(new TextDecoder('utf-8').decode(bytes.subarray(3)), 'utf-8 (BOM)');
  if (startsWith(bytes, [0xff, 0xfe])) return checked(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return checked(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');
  const lossy = new TextDecoder('utf-8').decode(bytes);
  if (looksBinary(lossy)) return BINARY;
  const broken = lossy.match(REPLACEMENT)?.length ?? 0;
  if (broken === 0) return { ok: true, text: lossy, encoding: 'utf-8' };
  const multibyte = lossy.match(MULTIBYTE)?.length ?? 0;
  if (broken <= MAX_BROKEN_UTF8 && multibyte > broken) return { ok: true, text: lossy, encoding: 'utf-8 (damaged: broken sequences replaced)' };
  // Invalid UTF-8 throughout a text file is nearly always a legacy Western capture.
  return { ok: true, text: iconv.decode(Buffer.from(bytes), 'windows-1252'), encoding: 'windows-1252' };
}
