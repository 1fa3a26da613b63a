// The `extract --json` contract of DESIGN.md, through the real command line: fields, order, --any-topic, bad files.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/archiveConfig.ts';

const CLI = path.join(REPO_ROOT, 'bin/news-archive.js');
const SEEDS = path.join(REPO_ROOT, 'tests/fixtures/seeds');
const CONTRACT_FIELDS = ['headline', 'source', 'date', 'byline', 'via', 'url', 'summary', 'body', 'tags', 'on_topic', 'lines'];

/** execFileSync throws when the command exits non-zero, so every call here also asserts exit status 0. */
function extract(...args: string[]): { records: Record<string, unknown>[] } {
  const stdout = execFileSync(process.execPath, [CLI, 'extract', '--json', ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
  return { records: JSON.parse(stdout) as Record<string, unknown>[] };
}

/** NK News prints its editor's credit under the story, a line only the registry's rule for NK News removes. */
const CREDIT = 'Edited by Oliver Hotham';
const NK_NEWS_PAGE = [
  'North Korean troops fight in Kursk, Ukraine says',
  'Published Nov 05, 2024',
  'North Korean soldiers have engaged Ukrainian forces in the Kursk region for the first time, Ukraine\'s military intelligence chief said.',
  'The troops, numbering several thousand, were moved to the front line after weeks of training in the east of Russia, he told reporters.',
  CREDIT,
  'Pyongyang has not confirmed the deployment, and Moscow has declined to comment on the reports from Ukrainian officials so far this week.',
].join('\n');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'news-archive-cli-'));
  await writeFile(path.join(dir, 'binary.txt'), new Uint8Array([0, 1, 2, 3, 0, 255]));
  await writeFile(path.join(dir, 'nknews.txt'), NK_NEWS_PAGE);
  await writeFile(path.join(dir, 'nknews.json'), JSON.stringify({ url: 'https://www.nknews.org/2024/11/north-korea-troops-kursk' }));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('news-archive extract --json', () => {
  it('prints one record per file with the contract fields, in order, and the skipped items with reasons', () => {
    const { records } = extract(path.join(SEEDS, '000_0c84f60afbd2e9fe.txt'));
    expect(records).toHaveLength(1);
    const [record] = records as { file: string; error: null; articles: Record<string, unknown>[]; skipped: { headline: string; reason: string }[] }[];
    expect(Object.keys(record!)).toEqual(['file', 'error', 'articles', 'skipped']);
    expect(record!.error).toBeNull();
    expect(record!.articles.map((a) => a.headline)).toEqual([
      'North Korea May Deepen Ukraine Involvement With Troop Surge',
      'Russia has amassed 110,000 troops near strategic Ukrainian city, Kyiv says',
    ]);
    for (const article of record!.articles) expect(Object.keys(article).slice(0, CONTRACT_FIELDS.length)).toEqual(CONTRACT_FIELDS);
    expect(record!.skipped.map((s) => s.reason)).toEqual(['off-topic: no mention of North Korea', 'off-topic: North Korea, but not the war']);
  });

  it("gives each date the rule that produced it and its precision", () => {
    const { records } = extract(path.join(SEEDS, '002_9da06d9b3fbd2242.txt'));
    const [article] = (records as { articles: Record<string, unknown>[] }[])[0]!.articles;
    expect(article).toMatchObject({ date: '2024-10-30', date_source: 'published-label', date_precision: 'minute' });
  });

  it('lists off-topic articles too with --any-topic, marked on_topic false', () => {
    const { records } = extract('--any-topic', path.join(SEEDS, '000_0c84f60afbd2e9fe.txt'));
    const articles = (records[0] as { articles: { on_topic: boolean }[] }).articles;
    expect(articles).toHaveLength(4);
    expect(articles.filter((a) => !a.on_topic)).toHaveLength(2);
    expect((records[0] as { skipped: unknown[] }).skipped).toEqual([]);
  });

  it("applies the page owner's cleanup rules from the registry, and leaves them out with --no-publisher-rules", () => {
    const bodyOf = (...flags: string[]) => (extract(...flags, path.join(dir, 'nknews.txt')).records[0] as { articles: { body: string }[] }).articles[0]!.body;
    expect(bodyOf()).not.toContain(CREDIT);
    expect(bodyOf('--no-publisher-rules')).toContain(CREDIT);
  });

  it('exits quietly when its reader closes the pipe early', () => {
    const out = execFileSync('bash', ['-c', `"${process.execPath}" "${CLI}" extract --any-topic "${SEEDS}"/*.txt | head -1; echo "status \${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(out.trim().split('\n').at(-1)).toBe('status 0');
  });

  it('reports an unreadable file as an error, still prints the others, and exits 0', () => {
    const { records } = extract(path.join(dir, 'binary.txt'), path.join(dir, 'missing.txt'), path.join(SEEDS, '002_9da06d9b3fbd2242.txt'));
    expect(records.map((r) => (r.error === null ? 'ok' : 'error'))).toEqual(['error', 'error', 'ok']);
    expect(records[0]).toMatchObject({ articles: [], error: expect.stringMatching(/binary\.txt.*binary/) });
    expect(records[1]).toMatchObject({ articles: [], error: expect.stringMatching(/missing\.txt/) });
  });
});
