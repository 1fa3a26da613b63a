// Entries the build must refuse, each with an error that names the file and what is wrong, and executes nothing.
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  buildFixtureSite,
  listFiles,
  prepareSite,
  readEntryFixtures,
  removeFixtureSite,
  type EntryFile,
  type FixtureSite,
} from './fixtureSite.ts';

const MARKER_PLACEHOLDER = '__MARKER_FILE__';
const MARKER_NAME = 'front-matter-was-executed.txt';

let invalid: Map<string, string>;
let companion: EntryFile;
let site: FixtureSite | undefined;

beforeAll(async () => {
  invalid = new Map((await readEntryFixtures('invalid')).map((entry) => [entry.name, entry.text]));
  const valid = await readEntryFixtures('valid');
  const first = valid[0];
  if (first === undefined) throw new Error('no valid entry fixtures');
  companion = first;
});

afterEach(async () => {
  if (site !== undefined) await removeFixtureSite(site);
  site = undefined;
});

/** Builds one valid entry and the named invalid one; returns the build's error and the would-be marker file. */
async function buildWith(name: string): Promise<{ error: unknown; marker: string }> {
  const text = invalid.get(name);
  if (text === undefined) throw new Error(`no invalid fixture ${name}`);
  site = await prepareSite([companion]);
  const marker = path.join(site.root, MARKER_NAME);
  await fs.writeFile(path.join(site.inputDir, 'articles', name), text.replaceAll(MARKER_PLACEHOLDER, marker));
  try {
    await buildFixtureSite(site);
    return { error: undefined, marker };
  } catch (error) {
    return { error, marker };
  }
}

function messageOf(error: unknown): string {
  expect(error).toBeInstanceOf(Error);
  return error instanceof Error ? error.message : '';
}

describe('executable front matter', () => {
  it.each(['js-front-matter.md', 'javascript-object-front-matter.md'])('refuses %s without running it', async (name) => {
    const { error, marker } = await buildWith(name);
    await expect(fs.access(marker)).rejects.toThrow();
    expect(messageOf(error)).toContain(name);
    expect(messageOf(error)).toMatch(/YAML only/);
  });

  it('refuses JSON front matter, which would bypass entry validation', async () => {
    const { error } = await buildWith('json-front-matter.md');
    expect(messageOf(error)).toContain('json-front-matter.md');
    expect(messageOf(error)).toMatch(/"json" is refused.*YAML only/);
  });

  it('refuses a front-matter language nobody registered', async () => {
    const { error } = await buildWith('toml-front-matter.md');
    expect(messageOf(error)).toContain('toml-front-matter.md');
  });
});

describe('invalid front matter', () => {
  it.each([
    ['url-javascript.md', 'url', 'http(s) URL'],
    ['missing-headline.md', 'headline', 'expected string'],
    ['prose-date.md', 'date', 'YYYY-MM-DD'],
  ])('refuses %s, naming the field `%s`', async (name, field, rule) => {
    const { error } = await buildWith(name);
    const message = messageOf(error);
    expect(message).toContain(name);
    expect(message).toContain(`field \`${field}\``);
    expect(message).toContain(rule);
    // Re-running ingest would not rewrite an entry edited by hand: the remedy is the command that does.
    expect(message).toContain('`news-archive ingest --force`');
  });

  it("prints the refusal's message without a stack trace of Eleventy's internals around it", async () => {
    const printed: string[] = [];
    const spies = (['error', 'warn', 'log'] as const).map((method) => vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void printed.push(args.join(' '))));
    try {
      await buildWith('missing-headline.md');
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(printed.join('\n')).toContain('missing-headline.md: invalid front matter');
    expect(printed.join('\n')).not.toContain('Original error stack trace');
  });

  it('refuses YAML that does not parse, naming the file', async () => {
    const { error } = await buildWith('broken-yaml.md');
    expect(messageOf(error)).toMatch(/broken-yaml\.md: front matter is not valid YAML/);
  });

  it('refuses an entry with no front matter rather than publishing a page without a headline', async () => {
    const { error } = await buildWith('no-front-matter.md');
    expect(messageOf(error)).toMatch(/no-front-matter\.md: has no front matter/);
  });

  it('writes no pages when an entry is refused', async () => {
    await buildWith('url-javascript.md');
    if (site === undefined) throw new Error('site not prepared');
    const written = await listFiles(site.outputDir).catch(() => []);
    expect(written.filter((file) => file.endsWith('.html'))).toEqual([]);
  });
});

describe('a broken publisher registry', () => {
  it('fails the build naming publishers.json, and publishes nothing', async () => {
    site = await prepareSite([companion]);
    const registry = path.join(site.inputDir, '_data', 'publishers.json');
    await fs.writeFile(registry, '{"outlets": []}');
    const error = await buildFixtureSite(site).then(() => undefined, (e: unknown) => e);
    expect(messageOf(error)).toContain(`${registry}: field \`publishers\` `);
    await expect(fs.access(site.outputDir)).rejects.toThrow();
  });
});
