// Entries and their signatures → story ids: near-identical copies of one story share an id, and an id once given stays.
import { signatureSimilarity, SIGNATURE_HASHES } from './storySignature.ts';

/** Estimated shingle overlap above which two entries are copies of one story (syndicated or lightly edited). */
export const SAME_STORY_SIMILARITY = 0.5;
/** Signature bands for finding candidate pairs: two copies agree on a whole band with high probability. */
const BANDS = 8;
const ROWS = SIGNATURE_HASHES / BANDS;

export interface StoryMember {
  /** Entry file name: the member's identity. */
  file: string;
  signature: string;
  /** The story id the entry had, if any. */
  previous: string | null;
}

class DisjointSets {
  private parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(x, root);
    return root;
  }
  union(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
}

/**
 * Candidate pairs come from shared signature bands (an index, not a comparison of every pair); each is confirmed on
 * the whole signature. A group keeps the smallest id its members already had, so ids are stable as copies arrive;
 * a new group's id is derived from its first file name. Entries alone in their group get no id.
 */
export function groupStories(members: StoryMember[], newId: (file: string) => string): Map<string, string> {
  const sets = new DisjointSets();
  const byBand = new Map<string, string[]>();
  for (const m of members) {
    if (m.signature === '') continue;
    for (let b = 0; b < BANDS; b += 1) {
      const key = `${b}:${m.signature.slice(b * ROWS * 8, (b + 1) * ROWS * 8)}`;
      const bucket = byBand.get(key);
      if (bucket) bucket.push(m.file);
      else byBand.set(key, [m.file]);
    }
  }
  const signatureOf = new Map(members.map((m) => [m.file, m.signature]));
  for (const files of byBand.values()) {
    for (let i = 1; i < files.length; i += 1) {
      for (let j = 0; j < i; j += 1) {
        if (sets.find(files[i]!) === sets.find(files[j]!)) continue;
        if (signatureSimilarity(signatureOf.get(files[j]!)!, signatureOf.get(files[i]!)!) >= SAME_STORY_SIMILARITY) sets.union(files[j]!, files[i]!);
      }
    }
  }
  const groups = new Map<string, StoryMember[]>();
  for (const m of [...members].sort((a, b) => (a.file < b.file ? -1 : 1))) {
    const root = sets.find(m.file);
    const group = groups.get(root);
    if (group) group.push(m);
    else groups.set(root, [m]);
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
