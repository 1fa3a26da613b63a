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

/** The signature as its hash values. */
function hashesOf(signature: string): Uint32Array {
  const hashes = new Uint32Array(SIGNATURE_HASHES);
  for (let k = 0; k < SIGNATURE_HASHES; k += 1) hashes[k] = Number.parseInt(signature.slice(k * HEX_DIGITS, (k + 1) * HEX_DIGITS), 16);
  return hashes;
}

/** Estimated share of shingles two texts have in common: the share of hash values their signatures agree on. */
function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < SIGNATURE_HASHES; k += 1) if (a[k] === b[k]) same += 1;
  return same / SIGNATURE_HASHES;
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
  // A band's key is its stretch of the signature's text: fixed-width hex, so equal text is equal hash values. Values
  // are parsed only for the members compared, a few of the archive (a run that adds one capture regroups them all).
  // Buckets are numbered in the order they are first met, and most hold one member, which needs no array.
  const bucketOf = Array.from({ length: BANDS }, () => new Map<string, number>());
  const firsts: number[] = [];
  const others: (number[] | undefined)[] = [];
  signatures.forEach((signature, i) => {
    if (signature === null) return;
    for (let b = 0; b < BANDS; b += 1) {
      const key = signature.slice(b * ROWS * HEX_DIGITS, (b + 1) * ROWS * HEX_DIGITS);
      const bucket = bucketOf[b]!.get(key);
      if (bucket === undefined) {
        bucketOf[b]!.set(key, firsts.length);
        firsts.push(i);
        others.push(undefined);
      } else (others[bucket] ??= []).push(i);
    }
  });
  const hashes = new Array<Uint32Array | undefined>(members.length);
  const hashesAt = (i: number) => (hashes[i] ??= hashesOf(signatures[i]!));
  const compare = (earlier: number, member: number): void => {
    const [a, b] = [find(earlier), find(member)];
    if (a !== b && similarity(hashesAt(earlier), hashesAt(member)) >= SAME_STORY_SIMILARITY) parent[Math.max(a, b)] = Math.min(a, b);
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
