// splitBlocks: one block per non-empty line, with its 1-based dump line, indentation, bullet and the blank-line gap before it.
import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../src/ingest/splitBlocks.ts';

describe('splitBlocks', () => {
  it('numbers blocks by their 1-based line in the dump, skipping blank lines', () => {
    const blocks = splitBlocks('\n\nFirst\n\n\nSecond\nThird');
    expect(blocks.map((b) => [b.index, b.line, b.text])).toEqual([
      [0, 3, 'First'],
      [1, 6, 'Second'],
      [2, 7, 'Third'],
    ]);
  });

  it('marks a blank-line gap before a block, and always before the first', () => {
    const blocks = splitBlocks('First\nSecond\n\nThird\n   \nFourth');
    expect(blocks.map((b) => b.gapBefore)).toEqual([true, false, true, true]);
  });

  it('strips a bullet but records it, and counts the indentation', () => {
    const [item] = splitBlocks('    •  Bloomberg');
    expect(item).toMatchObject({ raw: '    •  Bloomberg', text: 'Bloomberg', bulleted: true, indent: 4 });
  });

  it('recognises the other bullet glyphs browsers render', () => {
    expect(splitBlocks('· one\n▪ two\n● three').map((b) => [b.text, b.bulleted])).toEqual([
      ['one', true],
      ['two', true],
      ['three', true],
    ]);
  });

  it('does not treat a bullet-like character inside a line as a bullet', () => {
    const [block] = splitBlocks('Seoul • Tokyo');
    expect(block).toMatchObject({ text: 'Seoul • Tokyo', bulleted: false, indent: 0 });
  });

  it('collapses runs of spaces inside a line in text but keeps raw as captured', () => {
    const [block] = splitBlocks('Troops   arrive    in Kursk');
    expect(block!.text).toBe('Troops arrive in Kursk');
    expect(block!.raw).toBe('Troops   arrive    in Kursk');
  });

  it('keeps a final line that has no newline', () => {
    const blocks = splitBlocks('Headline\nlast line without newline');
    expect(blocks.at(-1)).toMatchObject({ line: 2, text: 'last line without newline' });
  });

  it('gives no block for a trailing newline or whitespace-only lines', () => {
    expect(splitBlocks('Only\n').length).toBe(1);
    expect(splitBlocks('  \n \n')).toEqual([]);
    expect(splitBlocks('')).toEqual([]);
  });
});
