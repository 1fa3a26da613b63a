import { describe, expect, it } from 'vitest';
import { cascadeOrder } from '../../src/site/plugins/stylesheet.js';

describe('cascadeOrder', () => {
  it('puts base.css first, print.css last and the feature files between in name order', () => {
    expect(cascadeOrder(['search.css', 'print.css', 'archive.css', 'base.css', 'research.css'])).toEqual([
      'base.css',
      'archive.css',
      'research.css',
      'search.css',
      'print.css',
    ]);
  });

  it('copes with a folder that has neither base.css nor print.css', () => {
    expect(cascadeOrder(['b.css', 'a.css'])).toEqual(['a.css', 'b.css']);
  });
});
