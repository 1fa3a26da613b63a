// Article body text → a short MinHash signature of its word shingles, so near-identical copies of one story can be found without comparing every pair.
import { comparisonKey } from '../ingest/textShape.ts';

/** Words per shingle: long enough that shared shingles mean shared sentences, not shared phrases. */
export const SHINGLE_WORDS = 5;
/** Hash functions in a signature; each agrees between two texts with probability equal to their shingle overlap. */
export const SIGNATURE_HASHES = 16;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a, 32-bit: a fast, stable string hash (the signature must be the same on every machine and run). */
function fnv1a(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

/** Fixed odd multipliers and offsets derive the signature's hash functions from one base hash. */
const MULTIPLY = Uint32Array.from({ length: SIGNATURE_HASHES }, (_, i) => (fnv1a(`multiply-${i}`) | 1) >>> 0);
const ADD = Uint32Array.from({ length: SIGNATURE_HASHES }, (_, i) => fnv1a(`add-${i}`));
const SPACE = 0x20;

/**
 * fnv1a of `words[from..from+SHINGLE_WORDS)` joined by spaces, without building the joined string: a signature hashes
 * every five-word window of the text, and the strings were most of its cost.
 */
function shingleHash(words: readonly string[], from: number): number {
  let hash = FNV_OFFSET;
  for (let w = from; w < from + SHINGLE_WORDS; w += 1) {
    if (w > from) {
      hash ^= SPACE;
      hash = Math.imul(hash, FNV_PRIME);
    }
    const word = words[w]!;
    for (let c = 0; c < word.length; c += 1) {
      hash ^= word.charCodeAt(c);
      hash = Math.imul(hash, FNV_PRIME);
    }
  }
  return hash >>> 0;
}

/** Hex signature: SIGNATURE_HASHES minimum hashes of 8 hex digits each; empty text gives an empty signature. */
export function storySignature(text: string): string {
  const words = comparisonKey(text).split(' ').filter(Boolean);
  if (words.length < SHINGLE_WORDS) return '';
  const minima = new Uint32Array(SIGNATURE_HASHES).fill(0xffffffff);
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i += 1) {
    const base = shingleHash(words, i);
    for (let k = 0; k < SIGNATURE_HASHES; k += 1) {
      const h = (Math.imul(base, MULTIPLY[k]!) + ADD[k]!) >>> 0;
      if (h < minima[k]!) minima[k] = h;
    }
  }
  return Array.from(minima, (h) => h.toString(16).padStart(8, '0')).join('');
}
