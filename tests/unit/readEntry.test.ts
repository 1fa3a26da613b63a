// readEntry: only YAML front-matter is read; executable front-matter is refused without being run, and the schema refuses bad fields.
import matter from 'gray-matter';
import { afterEach, describe, expect, it } from 'vitest';
import { readEntry } from '../../src/store/readEntry.ts';

const SHA = 'ab'.repeat(32);
const VALID_YAML = `headline: H\nsource: null\ndate: null\ndump: x.txt\ndump_sha256: '${SHA}'\ndump_lines: [1, 2]`;

declare global {
  // Set only if a refused front-matter were evaluated.
  var __frontMatterRan: unknown;
}

afterEach(() => {
  delete globalThis.__frontMatterRan;
});

const PAYLOAD = 'globalThis.__frontMatterRan = "yes"; ({ headline: "Executed" })';

describe('readEntry refuses executable front-matter without running it', () => {
  it('uses a live payload: gray-matter with its default engines does run it (control)', () => {
    matter(`---js\n${PAYLOAD}\n---\nControl body ${Date.now()}\n`, { engines: {} });
    expect(globalThis.__frontMatterRan).toBe('yes');
  });

  it.each([
    ['---js', `---js\n${PAYLOAD}\n---\nBody\n`],
    ['---javascript', `---javascript\n${PAYLOAD}\n---\nBody\n`],
    ['--- js (space)', `--- js\n${PAYLOAD}\n---\nBody\n`],
    ['---JS (capitals)', `---JS\n${PAYLOAD}\n---\nBody\n`],
    ['---js with CRLF', `---js\r\n${PAYLOAD}\r\n---\r\nBody\r\n`],
    ['---js after a byte-order mark', `\ufeff---js\n${PAYLOAD}\n---\nBody\n`],
    ['---coffee', `---coffee\nglobalThis.__frontMatterRan = "yes"\n---\nBody\n`],
  ])('%s', (_name, text) => {
    expect(() => readEntry(text, 'evil.md')).toThrow(/evil\.md/);
    expect(globalThis.__frontMatterRan).toBeUndefined();
  });

  it('refuses a YAML !!js/function tag', () => {
    const text = `---\nheadline: !!js/function "function () { globalThis.__frontMatterRan = 'yes'; }"\n---\nBody\n`;
    expect(() => readEntry(text, 'tag.md')).toThrow(/tag\.md/);
    expect(globalThis.__frontMatterRan).toBeUndefined();
  });
});

describe('readEntry validates the fields', () => {
  it('reads a valid entry', () => {
    expect(readEntry(`---\n${VALID_YAML}\n---\nBody\n`, 'ok.md')).toEqual({
      entry: { headline: 'H', source: null, date: null, tags: [], dump: 'x.txt', dump_sha256: SHA, dump_lines: [1, 2] },
      body: 'Body\n',
    });
  });

  it('accepts ---yaml and ---yml openings', () => {
    expect(readEntry(`---yaml\n${VALID_YAML}\n---\nB\n`, 'a.md').entry.headline).toBe('H');
    expect(readEntry(`---yml\n${VALID_YAML}\n---\nB\n`, 'a.md').entry.headline).toBe('H');
  });

  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,hi', '/relative/path', 'not a url'])('refuses url: %s', (url) => {
    const text = `---\n${VALID_YAML}\nurl: '${url}'\n---\nBody\n`;
    expect(() => readEntry(text, 'url.md')).toThrow(/url\.md.*url/);
  });

  it('reads an unquoted hand-edited date as the day, not UTC midnight of a timestamp', () => {
    const text = `---\n${VALID_YAML.replace('date: null', 'date: 2024-10-30')}\n---\nB\n`;
    expect(readEntry(text, 'd.md').entry.date).toBe('2024-10-30');
  });

  it('refuses a prose date, a missing headline and broken YAML, naming the file', () => {
    expect(() => readEntry(`---\n${VALID_YAML.replace('date: null', 'date: Oct. 30, 2024')}\n---\nB\n`, 'p.md')).toThrow(/p\.md.*date/);
    expect(() => readEntry(`---\n${VALID_YAML.replace('headline: H\n', '')}\n---\nB\n`, 'm.md')).toThrow(/m\.md.*headline/);
    expect(() => readEntry('---\nheadline: [unclosed\n---\nB\n', 'b.md')).toThrow(/b\.md/);
  });

  it('refuses a datetime without an offset', () => {
    expect(() => readEntry(`---\n${VALID_YAML}\ndatetime: '2024-10-30T09:26:00'\n---\nB\n`, 'dt.md')).toThrow(/datetime/);
  });
});
