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

/**
 * Fixed odd multipliers and offsets derive the signature's hash functions from one base hash. Kept as signed 32-bit
 * integers, and each minimum with its sign bit flipped so that signed order is unsigned order: the loop below runs 16
 * times for every five-word window of every article, and unsigned values above 2^31 made V8 compute it in doubles.
 */
const MULTIPLY = Int32Array.from({ length: SIGNATURE_HASHES }, (_, i) => fnv1a(`multiply-${i}`) | 1);
const ADD = Int32Array.from({ length: SIGNATURE_HASHES }, (_, i) => fnv1a(`add-${i}`) | 0);
const SIGN = 0x80000000 | 0;
const SPACE = 0x20;

/**
 * Hex signature of a story's paragraphs: SIGNATURE_HASHES minimum hashes of 8 hex digits each; too little text gives an
 * empty signature. The paragraphs' words run on from one paragraph to the next, as in their text joined by line breaks.
 */
export function storySignature(paragraphs: readonly string[], keyOf: (paragraph: string) => string = comparisonKey): string {
  // Words joined by single spaces: a five-word window is a stretch of this string, hashed where it lies (fnv1a of the
  // window's words joined by spaces) rather than cut out, since every word is part of five windows. `keyOf` may know
  // the paragraphs' keys already (parseNormalizedWithKeys): it must give what comparisonKey gives.
  const key = paragraphs.map((p) => keyOf(p)).filter((k) => k !== '').join(' ');
  const starts: number[] = [];
  for (let i = 0; i < key.length; i += 1) if (i === 0 || key.charCodeAt(i - 1) === SPACE) starts.push(i);
  if (starts.length < SHINGLE_WORDS) return '';
  starts.push(key.length + 1);
  const minima = new Int32Array(SIGNATURE_HASHES).fill(0x7fffffff);
  for (let w = 0; w + SHINGLE_WORDS < starts.length; w += 1) {
    let base = FNV_OFFSET | 0;
    for (let c = starts[w]!, end = starts[w + SHINGLE_WORDS]! - 1; c < end; c += 1) base = Math.imul(base ^ key.charCodeAt(c), FNV_PRIME);
    for (let k = 0; k < SIGNATURE_HASHES; k += 1) {
      const h = ((Math.imul(base, MULTIPLY[k]!) + ADD[k]!) | 0) ^ SIGN;
      if (h < minima[k]!) minima[k] = h;
    }
  }
  return Array.from(minima, (h) => ((h ^ SIGN) >>> 0).toString(16).padStart(8, '0')).join('');
}
