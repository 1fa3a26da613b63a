// Story grouping from MinHash signatures: copies share an id, strangers do not, ids stay put, and a band that
// hundreds of unrelated entries share (boilerplate) neither groups them nor stops copies among them being found.
import { describe, expect, it } from 'vitest';
import { groupStories, sameStorySignatures, type StoryMember } from '../../src/store/groupStories.ts';
import { SIGNATURE_HASHES } from '../../src/store/storySignature.ts';

/** A signature from hash values; deterministic pseudo-random values from a seed fill the rest. */
function signature(seed: number, fixed: Record<number, number> = {}): string {
  let state = seed * 2654435761;
  return Array.from({ length: SIGNATURE_HASHES }, (_, k) => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + k + 1) >>> 0;
    return (fixed[k] ?? state).toString(16).padStart(8, '0');
  }).join('');
}

const member = (file: string, sig: string, previous: string | null = null): StoryMember => ({ file, signature: sig, previous });
const newId = (file: string) => `s-${file}`;

describe('sameStorySignatures', () => {
  it('tells copies of one story by the share of hash values their signatures agree on, and no signature from none', () => {
    const story = signature(1);
    const halves = (a: string, b: string) => a.slice(0, (SIGNATURE_HASHES / 2) * 8) + b.slice((SIGNATURE_HASHES / 2) * 8);
    expect(sameStorySignatures(story, story.toUpperCase())).toBe(true);
    expect(sameStorySignatures(story, halves(story, signature(2)))).toBe(true);
    expect(sameStorySignatures(story, halves(signature(3), signature(2)))).toBe(false);
    expect(sameStorySignatures(story, '')).toBe(false);
    expect(sameStorySignatures('', '')).toBe(false);
  });
});

describe('groupStories', () => {
  it('groups copies, leaves strangers and empty signatures alone, and keeps the smallest id a member had', () => {
    const story = signature(1);
    const edited = story.slice(0, -8) + 'ffffffff';
    const ids = groupStories(
      [member('b.md', story, 's-old'), member('a.md', edited), member('c.md', signature(2)), member('d.md', ''), member('e.md', story, 's-new')],
      newId,
    );
    expect(Object.fromEntries(ids)).toEqual({ 'a.md': 's-new', 'b.md': 's-new', 'e.md': 's-new' });
  });

  it('reads a signature in either case, and takes one that is not hexadecimal for none', () => {
    const story = signature(3);
    const notHex = `${story.slice(0, -1)}g`;
    const ids = groupStories([member('a.md', story), member('b.md', story.toUpperCase()), member('c.md', notHex)], newId);
    expect(Object.fromEntries(ids)).toEqual({ 'a.md': 's-a.md', 'b.md': 's-a.md' });
  });

  it('gives the same ids when run again on its own output (ingest skips it when nothing changed)', () => {
    const boilerplate = { 0: 0xabcdef01, 1: 0x12345678 };
    const story = signature(5);
    const members = [
      member('b.md', story, 's-old'), member('a.md', story), member('c.md', signature(6)), member('e.md', story, 's-new'),
      ...Array.from({ length: 150 }, (_, i) => member(`x-${i}.md`, signature(200 + (i % 40), boilerplate))),
    ];
    const first = groupStories(members, newId);
    const again = groupStories(members.map((m) => ({ ...m, previous: first.get(m.file) ?? null })), newId);
    expect(Object.fromEntries(again)).toEqual(Object.fromEntries(first));
  });

  it('names a new group after its first file', () => {
    const story = signature(3);
    expect(groupStories([member('z.md', story), member('m.md', story)], newId).get('z.md')).toBe('s-m.md');
  });

  it('finds copies among hundreds of unrelated entries that share one band, and groups none of those', () => {
    const boilerplate = { 0: 0xabcdef01, 1: 0x12345678 };
    const strangers = Array.from({ length: 400 }, (_, i) => member(`stranger-${String(i).padStart(3, '0')}.md`, signature(100 + i, boilerplate)));
    // The copies agree on half their values but on no whole band other than the boilerplate one: found only there.
    const shared = { ...boilerplate, 2: 0x11, 4: 0x22, 6: 0x33, 8: 0x44, 10: 0x55, 12: 0x66 };
    const copies = [member('copy-1.md', signature(7, shared)), member('copy-2.md', signature(8, shared)), member('copy-3.md', signature(9, shared))];
    const ids = groupStories([copies[0]!, ...strangers.slice(0, 200), copies[1]!, ...strangers.slice(200), copies[2]!], newId);
    expect([...ids.keys()].sort()).toEqual(['copy-1.md', 'copy-2.md', 'copy-3.md']);
    expect(new Set(ids.values()).size).toBe(1);
  });

  it('joins two entries whose signatures agree on exactly half their values, wherever those lie, and not on one fewer', () => {
    const story = signature(11);
    /** The story's signature with the values at `positions` replaced (by those of another seed). */
    const changedAt = (positions: number[]) => {
      const other = signature(12);
      return Array.from({ length: SIGNATURE_HASHES }, (_, k) => (positions.includes(k) ? other : story).slice(k * 8, (k + 1) * 8)).join('');
    };
    const half = SIGNATURE_HASHES / 2;
    const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);
    // Agreeing on the first values, or on the first two (a shared band) and the last ones, decided by the last value.
    const ids = (positions: number[]) => Object.fromEntries(groupStories([member('a.md', story), member('b.md', changedAt(positions))], newId));
    expect(ids(range(half, SIGNATURE_HASHES))).toEqual({ 'a.md': 's-a.md', 'b.md': 's-a.md' });
    expect(ids(range(2, 2 + half))).toEqual({ 'a.md': 's-a.md', 'b.md': 's-a.md' });
    expect(ids(range(half - 1, SIGNATURE_HASHES))).toEqual({});
    expect(ids(range(2, 3 + half))).toEqual({});
  });
});
