// Entries and their signatures → story ids: near-identical copies of one story share an id, and an id once given stays.
import { SIGNATURE_HASHES } from './storySignature.ts';

/** Estimated shingle overlap above which two entries are copies of one story (syndicated or lightly edited). */
export const SAME_STORY_SIMILARITY = 0.5;
/** Signature bands for finding candidate pairs: two copies agree on a whole band with high probability. */
const BANDS = 8;
const ROWS = SIGNATURE_HASHES / BANDS;
/** Hex digits per hash value in a signature. */
const HEX_DIGITS = 8;
/**
 * Entries sharing a band are compared pair by pair up to this many. A band shared by more is mostly boilerplate (a
 * standard paragraph many pages carry): all pairs there grow with the square of the archive (3 million comparisons
 * at 10,000 captures), so each entry is compared with one entry of each story already seen in it, at most this many.
 */
const PAIRWISE_BAND = 64;

export interface StoryMember {
  /** Entry file name: the member's identity. */
  file: string;
  signature: string;
  /** The story id the entry had, if any. */
  previous: string | null;
}

const WHOLE_SIGNATURE = new RegExp(`^[0-9a-f]{${SIGNATURE_HASHES * HEX_DIGITS}}$`);

/** The signature in one spelling, or null when it has none (too short a text) or is not a whole signature. */
function signatureOf(signature: string): string | null {
  const hex = signature.toLowerCase();
  return WHOLE_SIGNATURE.test(hex) ? hex : null;
}

/** Reads the signature's hash values into `into` from `at` on (hex digits, as signatureOf checked them). */
function readHashes(signature: string, into: Uint32Array, at: number): void {
  for (let k = 0; k < SIGNATURE_HASHES; k += 1) {
    let value = 0;
    for (let d = k * HEX_DIGITS; d < (k + 1) * HEX_DIGITS; d += 1) {
      const code = signature.charCodeAt(d);
      value = value * 16 + (code <= 57 ? code - 48 : code - 87);
    }
    into[at + k] = value;
  }
}

/** Hash values two signatures must agree on to be copies of one story. */
const SAME_STORY_HASHES = Math.ceil(SAME_STORY_SIMILARITY * SIGNATURE_HASHES);

/**
 * Whether the texts at `a` and `b` are copies of one story: the share of hash values their signatures agree on (their
 * estimated share of shingles in common) reaches SAME_STORY_SIMILARITY. It stops once the answer is certain.
 */
function sameStory(hashes: Uint32Array, a: number, b: number): boolean {
  let same = 0;
  let differ = 0;
  for (let k = 0; k < SIGNATURE_HASHES; k += 1) {
    if (hashes[a + k] === hashes[b + k]) {
      if (++same >= SAME_STORY_HASHES) return true;
    } else if (++differ > SIGNATURE_HASHES - SAME_STORY_HASHES) return false;
  }
  return false;
}

/** Whether two signatures, as stored, are of copies of one story; false when either has none. */
export function sameStorySignatures(a: string, b: string): boolean {
  const first = signatureOf(a);
  const second = signatureOf(b);
  if (first === null || second === null) return false;
  const hashes = new Uint32Array(2 * SIGNATURE_HASHES);
  readHashes(first, hashes, 0);
  readHashes(second, hashes, SIGNATURE_HASHES);
  return sameStory(hashes, 0, SIGNATURE_HASHES);
}

/**
 * Each distinct band (its number and its hash values) numbered in the order first met: an open-addressing table over
 * the values themselves. Keyed by text, a map spent a quarter of the grouping making and hashing the keys' strings.
 */
class BandBuckets {
  /** Per slot: the band's number, then its values; the bucket is in `buckets`, -1 for an empty slot. */
  readonly #keys: Uint32Array;
  readonly #buckets: Int32Array;
  readonly #mask: number;

  constructor(bands: number) {
    let size = 1;
    while (size < bands * 2) size *= 2;
    this.#keys = new Uint32Array(size * (ROWS + 1));
    this.#buckets = new Int32Array(size).fill(-1);
    this.#mask = size - 1;
  }

  /** The bucket of band `band` whose values start at `at` in `hashes`; if it has none yet, it gets `next` (and -1 is returned). */
  find(band: number, hashes: Uint32Array, at: number, next: number): number {
    let slot = band;
    for (let r = 0; r < ROWS; r += 1) slot = Math.imul(slot ^ hashes[at + r]!, 0x9e3779b1) >>> 0;
    for (slot &= this.#mask; ; slot = (slot + 1) & this.#mask) {
      const bucket = this.#buckets[slot]!;
      const key = slot * (ROWS + 1);
      if (bucket === -1) {
        this.#buckets[slot] = next;
        this.#keys[key] = band;
        for (let r = 0; r < ROWS; r += 1) this.#keys[key + 1 + r] = hashes[at + r]!;
        return -1;
      }
      if (this.#keys[key] === band && this.#sameValues(key, hashes, at)) return bucket;
    }
  }

  #sameValues(key: number, hashes: Uint32Array, at: number): boolean {
    for (let r = 0; r < ROWS; r += 1) if (this.#keys[key + 1 + r] !== hashes[at + r]) return false;
    return true;
  }
}

/**
 * Candidate pairs come from shared signature bands (an index, not a comparison of every pair); each is confirmed on
 * the whole signature. A group keeps the smallest id its members already had, so ids are stable as copies arrive;
 * a new group's id is derived from its first file name. Entries alone in their group get no id.
 */
export function groupStories(members: StoryMember[], newId: (file: string) => string): Map<string, string> {
  const parent = Int32Array.from(members, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const signatures = members.map((m) => signatureOf(m.signature));
  // Every signature's values in one array, member i's from i * SIGNATURE_HASHES on. Buckets are numbered in the order
  // they are first met, and most hold one member, which needs no array.
  const hashes = new Uint32Array(members.length * SIGNATURE_HASHES);
  const buckets = new BandBuckets(signatures.filter((signature) => signature !== null).length * BANDS);
  const firsts: number[] = [];
  const others: (number[] | undefined)[] = [];
  signatures.forEach((signature, i) => {
    if (signature === null) return;
    readHashes(signature, hashes, i * SIGNATURE_HASHES);
    for (let b = 0; b < BANDS; b += 1) {
      const bucket = buckets.find(b, hashes, i * SIGNATURE_HASHES + b * ROWS, firsts.length);
      if (bucket === -1) {
        firsts.push(i);
        others.push(undefined);
      } else (others[bucket] ??= []).push(i);
    }
  });
  const compare = (earlier: number, member: number): void => {
    const a = find(earlier);
    const b = find(member);
    if (a !== b && sameStory(hashes, earlier * SIGNATURE_HASHES, member * SIGNATURE_HASHES)) parent[Math.max(a, b)] = Math.min(a, b);
  };
  // In the order the buckets were first met: a large bucket's representatives depend on what was joined before.
  for (let k = 0; k < firsts.length; k += 1) {
    const rest = others[k];
    if (rest === undefined) continue;
    const bucket = [firsts[k]!, ...rest];
    if (bucket.length <= PAIRWISE_BAND) {
      for (let i = 1; i < bucket.length; i += 1) for (let j = 0; j < i; j += 1) compare(bucket[j]!, bucket[i]!);
      continue;
    }
    const representatives: number[] = [];
    for (const member of bucket) {
      for (const r of representatives) compare(r, member);
      const root = find(member);
      if (representatives.length < PAIRWISE_BAND && representatives.every((r) => find(r) !== root)) representatives.push(member);
    }
  }
  const groups = new Map<number, StoryMember[]>();
  const order = members.map((_, i) => i).sort((a, b) => (members[a]!.file < members[b]!.file ? -1 : 1));
  for (const i of order) {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(members[i]!);
    else groups.set(root, [members[i]!]);
  }
  const ids = new Map<string, string>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const kept = group.map((m) => m.previous).filter((id): id is string => id !== null).sort()[0];
    const id = kept ?? newId(group[0]!.file);
    for (const m of group) ids.set(m.file, id);
  }
  return ids;
}
