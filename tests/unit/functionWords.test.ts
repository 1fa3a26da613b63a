// functionWordShare: the share of a line's words that are function words of its most likely language, over every word
// and over distinct words.
import { describe, expect, it } from 'vitest';
import { functionWordShare, isFunctionWordInName } from '../../src/ingest/functionWords.ts';

describe('functionWordShare', () => {
  it('is high for prose and low for a list of names', () => {
    expect(functionWordShare('The troops were moved to the front in the night').ofWords).toBeGreaterThan(0.4);
    expect(functionWordShare('Kursk Kyiv Pyongyang Donetsk Kherson Zelenskyy').ofWords).toBe(0);
  });

  it('counts a repeated word once among distinct words', () => {
    expect(functionWordShare('the tank, tank, tank')).toEqual({ ofWords: 1 / 4, ofDistinctWords: 1 / 2 });
    expect(functionWordShare('the the tank')).toEqual({ ofWords: 2 / 3, ofDistinctWords: 1 / 2 });
  });

  it('takes the language that claims most words, matching words whatever their case', () => {
    expect(functionWordShare('Die Truppen und die Panzer sind in der Stadt').ofWords).toBeGreaterThanOrEqual(0.5);
  });

  it('is zero for a line without words', () => {
    expect(functionWordShare('— · —')).toEqual({ ofWords: 0, ofDistinctWords: 0 });
  });
});

describe('isFunctionWordInName', () => {
  it('takes an English function word in any case, since English title case capitalises them', () => {
    expect(isFunctionWordInName('The')).toBe(true);
    expect(isFunctionWordInName('of')).toBe(true);
  });

  it("takes another language's function word only in lower case: capitalised, it is as often a name", () => {
    expect(isFunctionWordInName('des')).toBe(true);
    for (const name of ['Tom', 'Kim', 'Min', 'Ali']) expect(isFunctionWordInName(name)).toBe(false);
  });
});
