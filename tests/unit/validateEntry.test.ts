// validateEntry: a field the entry format does not have is not shown, and the build says so for that entry.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validateEntry } from '../../src/site/validateEntry.ts';

const ENTRY = {
  headline: 'North Korean troops in Kursk',
  source: 'Reuters',
  date: '2024-11-05',
  dump: 'reuters.txt',
  dump_sha256: 'a'.repeat(64),
  dump_lines: [1, 9],
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('validateEntry', () => {
  it('warns, naming the entry and the field, of a field the entry format does not have, and drops it', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const entry = validateEntry({ ...ENTRY, note: 'Checked against the print edition.' }, 'content/articles/kursk.md');
    expect(entry).not.toHaveProperty('note');
    expect(warn).toHaveBeenCalledWith(
      'warning: content/articles/kursk.md: field `note` is not part of the entry format and not shown on the site; a note for readers goes in the body',
    );
  });

  it('says nothing of an entry holding only the format\'s fields', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    validateEntry({ ...ENTRY, tags: ['Kursk'], byline: 'Jane Doe' }, 'content/articles/kursk.md');
    expect(warn).not.toHaveBeenCalled();
  });
});
