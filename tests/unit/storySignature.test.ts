import { describe, expect, it } from 'vitest';
import { comparisonKey } from '../../src/ingest/textShape.ts';
import { SHINGLE_WORDS, SIGNATURE_HASHES, storySignature } from '../../src/store/storySignature.ts';

/** The signature as defined, with strings and unsigned arithmetic: the fast version must give exactly this. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

function definedSignature(text: string): string {
  const words = comparisonKey(text).split(' ').filter(Boolean);
  if (words.length < SHINGLE_WORDS) return '';
  const minima: number[] = [];
  for (let k = 0; k < SIGNATURE_HASHES; k += 1) {
    const multiply = (fnv1a(`multiply-${k}`) | 1) >>> 0;
    const add = fnv1a(`add-${k}`);
    let min = 0xffffffff;
    for (let i = 0; i + SHINGLE_WORDS <= words.length; i += 1) {
      const h = (Math.imul(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')), multiply) + add) >>> 0;
      min = Math.min(min, h);
    }
    minima.push(min);
  }
  return minima.map((h) => h.toString(16).padStart(8, '0')).join('');
}

const STORY = `North Korean troops have been deployed to the Kursk region, officials in Seoul said on Wednesday.
The soldiers, estimated at about 10,000, are training alongside Russian units — according to South Korea's spy agency.
“We are watching closely,” a spokesperson for the Ministry of Defence told reporters in Kyiv.`;

/** A story's text as paragraphs, one a line. */
const signatureOf = (text: string) => storySignature(text.split('\n'));

const agreeing = (a: string, b: string) => Array.from({ length: SIGNATURE_HASHES }, (_, k) => a.slice(8 * k, 8 * k + 8) === b.slice(8 * k, 8 * k + 8)).filter(Boolean).length;

describe('storySignature', () => {
  it('is the MinHash of the text’s five-word shingles, as defined, in any script', () => {
    for (const text of [STORY, 'Кремль подтвердил присутствие северокорейских войск в Курской области сегодня', '북한군 병력이 쿠르스크 지역에 배치되었다고 국가정보원이 밝혔다 오늘 발표']) {
      expect(signatureOf(text)).toBe(definedSignature(text));
    }
    expect(signatureOf(STORY)).toMatch(new RegExp(`^[0-9a-f]{${8 * SIGNATURE_HASHES}}$`));
  });

  it('runs the words on across paragraphs as their text joined by line breaks does, empty ones and capitals included', () => {
    const paragraphs = ['ΟΙ ΣΤΡΑΤΙΩΤΕΣ ΕΦΤΑΣΑΝ ΣΤΗΝ ΠΟΛΗ ΤΟΥΣ', '', 'North Korean troops reached the town, officials said.', '—', 'It was the first time.'];
    expect(storySignature(paragraphs)).toBe(definedSignature(paragraphs.join('\n')));
    expect(storySignature(paragraphs)).not.toBe('');
  });

  it('gives an empty signature to text shorter than one shingle', () => {
    expect(signatureOf('Four words only here')).toBe('');
    expect(signatureOf('')).toBe('');
  });

  it('ignores case, punctuation and spacing, and mostly agrees for a copy with one sentence more', () => {
    expect(signatureOf(STORY.toUpperCase().replace(/[,.]/g, ' ').replace(/\n/g, '\n\n'))).toBe(signatureOf(STORY));
    const longer = `${STORY}\nThe deployment was first reported by a Ukrainian intelligence service last month.`;
    expect(agreeing(signatureOf(longer), signatureOf(STORY))).toBeGreaterThanOrEqual(SIGNATURE_HASHES / 2);
    expect(agreeing(signatureOf('An unrelated story about fishing quotas in the North Sea and the price of cod this winter.'), signatureOf(STORY))).toBeLessThan(3);
  });
});
