// Article body text → a short MinHash signature of its word shingles, so near-identical copies of one story can be found without comparing every pair.
import { comparisonKey } from '../ingest/textShape.ts';

/** Words per shingle: long enough that shared shingles mean shared sentences, not shared phrases. */
export const SHINGLE_WORDS = 5;
/** Hash functions in a signature; each agrees between two texts with probability equal to their shingle overlap. */
export const SIGNATURE_HASHES = 16;

/** FNV-1a, 32-bit: a fast, stable string hash (the signature must be the same on every machine and run). */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Fixed odd multipliers and offsets derive the signature's hash functions from one base hash. */
const SEEDS = Array.from({ length: SIGNATURE_HASHES }, (_, i) => ({
  multiply: (fnv1a(`multiply-${i}`) | 1) >>> 0,
  add: fnv1a(`add-${i}`),
}));

/** Hex signature: SIGNATURE_HASHES minimum hashes of 8 hex digits each; empty text gives an empty signature. */
export function storySignature(text: string): string {
  const words = comparisonKey(text).split(' ').filter(Boolean);
  if (words.length < SHINGLE_WORDS) return '';
  const minima = new Array<number>(SIGNATURE_HASHES).fill(0xffffffff);
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i += 1) {
    const base = fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' '));
    SEEDS.forEach(({ multiply, add }, k) => {
      const h = (Math.imul(base, multiply) + add) >>> 0;
      if (h < minima[k]!) minima[k] = h;
    });
  }
  return minima.map((h) => h.toString(16).padStart(8, '0')).join('');
}
