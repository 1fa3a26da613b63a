// headingCase: headings printed in capitals read in title case on the page, acronyms the article writes in capitals kept.
import { describe, expect, it } from 'vitest';
import { headingCase } from '../../src/store/headingCase.ts';

describe('headingCase', () => {
  it('turns a shouted heading into title case', () => {
    expect(headingCase('TROOPS TRAINING', 'Some text.')).toBe('Troops Training');
    expect(headingCase('SYMBOLIC?', '')).toBe('Symbolic?');
  });

  it('keeps an acronym that the article writes in capitals, and only then', () => {
    expect(headingCase('US FALLS', 'The US team lost on Friday.')).toBe('US Falls');
    expect(headingCase('NATO RESPONDS', 'The Nato alliance met on Friday.')).toBe('Nato Responds');
  });

  it('leaves headings in mixed case or in scripts without case alone', () => {
    expect(headingCase('What Comes Next', '')).toBe('What Comes Next');
    expect(headingCase('북한군 파병', '')).toBe('북한군 파병');
  });
});
