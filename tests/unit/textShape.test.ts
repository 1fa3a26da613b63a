// textShape: the line-shape measures (sentence ending, capitals, word counts, comparison keys) that tell prose from titles.
import { describe, expect, it } from 'vitest';
import { isParagraph } from '../../src/ingest/classifyBlocks.ts';
import {
  capitalisedShare, comparisonKey, endsLikeSentence, isAllCaps, sentenceCount, startsCapitalised, textLength, wordCount, words,
} from '../../src/ingest/textShape.ts';

describe('endsLikeSentence', () => {
  it.each([
    ['Troops arrived.', true],
    ['He said the troops had arrived.”', true],
    ['“Are they here?”', true],
    ["'They are here!'", true],
    ['It said so (in a statement).', true],
    ['The troops left on Tuesday. (Yonhap)', true],
    ['Troops arrive on X.', true],
    ['Troops move east…', true],
    ['북한군이 도착했다。', true],
    ['North Korea sends troops to the U.S.', false],
    ['New sanctions for the U.K.', false],
    ['North Korean troops reach Kursk', false],
    ['Troops reach Kursk (Yonhap)', false],
    ['Why troops matter:', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(endsLikeSentence(text)).toBe(expected);
  });
});

describe('isAllCaps', () => {
  it.each([
    ['SYMBOLIC?', true],
    ['NATO CONFIRMS 10,000 TROOPS!', true],
    ['U.S.-ROK TALKS: 2024', true],
    ['ПУТИН', true],
    ['NATO confirms', false],
    ['123 456', false],
    ['!!!', false],
    ['북한군', false],
    ['ПУТИН сказал', false],
    ['북한군 NATO', true],
    ['ÉTATS-UNIS', true],
    ['ÉTATS-UNIs', false],
  ])('%j → %s', (text, expected) => {
    expect(isAllCaps(text)).toBe(expected);
  });
});

describe('startsCapitalised', () => {
  it.each([
    ['Troops', true],
    ['troops', false],
    ['2024 in review', true],
    ['"Quoted words', true],
    ['“Quoted words', true],
    ['“quoted words', false],
    ['(Updated) Troops', true],
    ['북한군 파병', true],
    ['Зеленский', true],
    ['¿Qué pasa?', true],
    ['— dash first', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(startsCapitalised(text)).toBe(expected);
  });
});

describe('word measures', () => {
  it('counts words of every script, with apostrophes and hyphens inside words', () => {
    // The two Korean words count one and a half each, rounded down: 3 + 3.
    expect(wordCount("Kim Jong-un's troops — 북한군 파병")).toBe(6);
    expect(wordCount('... --- !!!')).toBe(0);
  });

  it('weighs Korean words and syllables as the thresholds set on English expect: a body sentence is a paragraph', () => {
    const sentence = '정부는 국가안전보장회의를 열어 북한군의 전투 참여에 대한 대응 방안을 논의할 예정이다.';
    expect(wordCount(sentence)).toBe(16);
    expect(textLength(sentence)).toBe(sentence.length + 37);
    expect(isParagraph(sentence)).toBe(true);
  });

  it('counts sentences at full stops followed by a capital, not at abbreviations inside', () => {
    expect(sentenceCount('Troops arrived. They fought. “We won,” he said.')).toBe(3);
    expect(sentenceCount('The U.S. said on Friday that troops were in Russia.')).toBe(1);
  });

  it('measures the share of capitalised words', () => {
    expect(capitalisedShare('North Korean Troops Head East')).toBe(1);
    expect(capitalisedShare('North Korean troops head east')).toBeCloseTo(0.4);
    expect(capitalisedShare('')).toBe(0);
  });

  it('folds case and punctuation in comparison keys, so two printings of one headline match', () => {
    expect(comparisonKey('N. Korean troops — inside Ukraine: report')).toBe(comparisonKey('n korean TROOPS inside Ukraine report'));
    expect(comparisonKey('N. Korean troops — inside Ukraine: report')).toBe('n korean troops inside ukraine report');
  });

  it('finds the same words in text of ASCII and punctuation, read by a pattern, as the character loop finds', () => {
    // A trailing "é" is read only by the loop: the words before it must be those the pattern found without it.
    const pieces = ['a', 'Z', '7', 'don', ' ', '  ', "'", '’', '-', '—', '“', '”', '.', ',', '\u00a0', '×', '\t', '\n', '(', '/', '…'];
    let seed = 1;
    const next = () => (seed = (seed * 48271) % 0x7fffffff) / 0x7fffffff;
    for (let n = 0; n < 5000; n += 1) {
      const text = Array.from({ length: 1 + Math.floor(next() * 30) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      expect(words(`${text} é`)).toEqual([...words(text), 'é']);
    }
    expect(words("Kim Jong-un’s troops — don't-stop 'quoted' end-")).toEqual(['Kim', 'Jong-un’s', 'troops', "don't-stop", 'quoted', 'end']);
  });

  it('tells the words of letters outside ASCII each time alike', () => {
    for (let round = 0; round < 2; round += 1) expect(words('Ελλάδα ΣΟΣ Żółć İstanbul ǅemal')).toEqual(['Ελλάδα', 'ΣΟΣ', 'Żółć', 'İstanbul', 'ǅemal']);
    expect(capitalisedShare('Ελλάδα και Żółć')).toBeCloseTo(2 / 3);
  });
});
