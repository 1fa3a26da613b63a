// Bad input: each unusable dump is reported with one line naming the file and the reason, and every other dump is still ingested.
import { chmod, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArchive } from '../../src/store/ingestArchive.ts';
import type { IngestReport } from '../../src/store/ingestReport.ts';
import { readEntry } from '../../src/store/readEntry.ts';
import {
  dumpReport, dumpText, generatedDump, listArticles, makeContent, putDump, readArticle, removeContent, runCli, SEED_NAMES, seedText, type CliResult,
} from '../helpers/storeArchive.ts';

const MAX_BYTES = 64 * 1024;

const CP1252_HEADLINE = 'France’s Barrot calls North Korean troops in Kursk a “dangerous escalation”';
const CP1252_PARAGRAPHS = [
  '“This is a dangerous escalation,” French Foreign Minister Jean-Noël Barrot said of the deployment of North Korean troops to Russia’s Kursk region, speaking to reporters during a visit to Kyiv on Saturday.',
  'Barrot said France would not rule out any option in its support for Ukraine, and that the Élysée had discussed the North Korean deployment with allies in Seoul and Washington over the past week.',
  'Ukrainian officials say about 11,000 North Korean soldiers are now in the Kursk region, where Russia is trying to push back Ukrainian forces that crossed the border in August.',
];
const BOM_HEADLINE = 'North Korean troops fire on Ukrainian positions in Kursk for first time';
const BOM_PARAGRAPHS = [
  'North Korean troops fired on Ukrainian positions in the Kursk region for the first time this week, Ukraine’s military intelligence agency said on Tuesday, citing intercepted radio traffic.',
  'The agency said the soldiers, who arrived in Russia in October, had been attached to Russian airborne units and were taking part in small-scale assaults near the border.',
  'South Korea’s spy agency said it could not independently confirm the report, but that it had seen signs the North Korean units were moving closer to the front in the war in Ukraine.',
];
const OUTSIDE_HEADLINE = 'Secret file outside the dumps folder about North Korean troops in Ukraine';

let content: string;
let outside: string;
let report: IngestReport;
let plain: CliResult;
let strict: CliResult;
/** How the "unreadable file" case was made: chmod 000 where that stops reads, else a folder named like a dump. */
let unreadableKind: 'permission' | 'folder';
const GOOD = ['good-0.txt', 'good-1.txt', 'herald-seed.txt', 'with-bad-sidecar.txt', 'legacy-cp1252.txt', 'bom-crlf.txt'];

beforeAll(async () => {
  content = await makeContent('bad-');
  outside = await mkdtemp(path.join(os.tmpdir(), 'bad-outside-'));
  await putDump(content, 'good-0.txt', generatedDump(0));
  await putDump(content, 'good-1.txt', generatedDump(1));
  await putDump(content, 'herald-seed.txt', await seedText(SEED_NAMES[2]));

  await putDump(content, 'empty.txt', '');
  await putDump(content, 'whitespace.txt', '  \n\t\n\r\n   \n\n');
  await putDump(content, 'menus.txt', '   \nHome\n\n  World  \nPolitics\nMost Popular\nSign in\nSubscribe\n\t\n6\n');
  const png = new Uint8Array(4096);
  png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  for (let i = 16; i < png.length; i += 1) png[i] = (i * 7919) % 256;
  await putDump(content, 'photo.txt', png);
  await putDump(content, 'legacy-cp1252.txt', iconv.encode(dumpText({ outlet: 'The Journal', headline: CP1252_HEADLINE, byline: 'AFP', paragraphs: CP1252_PARAGRAPHS }), 'windows-1252'));
  await putDump(content, 'bom-crlf.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(dumpText({ headline: BOM_HEADLINE, byline: 'Reuters', paragraphs: BOM_PARAGRAPHS }).replace(/\n/g, '\r\n'))]));
  const big = dumpText({ headline: 'North Korean troops in Kursk: a very long live page', byline: 'Staff', paragraphs: Array.from({ length: 400 }, (_, i) => generatedDump(i).split('\n\n')[5]!) });
  expect(Buffer.byteLength(big)).toBeGreaterThan(MAX_BYTES);
  await putDump(content, 'huge-live-page.txt', big);

  await putDump(content, 'locked.txt', generatedDump(7));
  await chmod(path.join(content, 'dumps', 'locked.txt'), 0o000);
  const readable = await readFile(path.join(content, 'dumps', 'locked.txt')).then(() => true, () => false);
  unreadableKind = readable ? 'folder' : 'permission';
  if (readable) {
    // Running as root: permissions do not stop reads, so make the dump unreadable another way.
    await rm(path.join(content, 'dumps', 'locked.txt'));
    await mkdir(path.join(content, 'dumps', 'locked.txt'));
  }

  await writeFile(path.join(outside, 'secret.txt'), dumpText({ headline: OUTSIDE_HEADLINE, byline: 'Nobody', paragraphs: BOM_PARAGRAPHS.map((p) => p.replace('this week', 'in a secret report')) }));
  await symlink(path.join(outside, 'secret.txt'), path.join(content, 'dumps', 'link-out.txt'));

  await putDump(content, 'with-bad-sidecar.txt', generatedDump(3));
  await writeFile(path.join(content, 'dumps', 'with-bad-sidecar.json'), '{"url": "https://www.example.com/nk-troops", "captured_at": 2024-11-01T10:00:00Z,}');

  report = (await ingestArchive(content, { maxBytes: MAX_BYTES })).report;
  plain = await runCli(['ingest', '--content', content, '--max-bytes', String(MAX_BYTES)]);
  strict = await runCli(['ingest', '--content', content, '--max-bytes', String(MAX_BYTES), '--strict']);
});

afterAll(async () => {
  await chmod(path.join(content, 'dumps', 'locked.txt'), 0o644).catch(() => undefined);
  await removeContent(content);
  await removeContent(outside);
});

/** The lines of the CLI's output that are about one dump. */
function linesAbout(output: string, dump: string): string[] {
  return output.split('\n').filter((l) => l.startsWith(`${dump}: `));
}

/** A dump that could not be ingested: failed in the report with a reason, no entry, and exactly one output line saying why. */
function expectRefused(dump: string, reason: RegExp, status: 'failed' | 'no-article' = 'failed'): void {
  const d = dumpReport(report, dump);
  expect(d.status).toBe(status);
  expect(d.entries).toEqual([]);
  expect(d.error).toMatch(reason);
  const lines = linesAbout(plain.stdout, dump);
  expect(lines).toEqual([`${dump}: ${d.error}`]);
}

async function entryOf(dump: string) {
  const entries = dumpReport(report, dump).entries;
  expect(entries, `${dump} yields one entry`).toHaveLength(1);
  const text = await readArticle(content, entries[0]!.file);
  return { text, ...readEntry(text, entries[0]!.file) };
}

describe('ingest of bad input', () => {
  it('reports an empty file as empty', () => {
    expectRefused('empty.txt', /empty/);
  });

  it('reports a file of whitespace only as empty', () => {
    expectRefused('whitespace.txt', /empty/);
  });

  it('reports a file of whitespace and menu words only as holding no article', () => {
    expectRefused('menus.txt', /no article/, 'no-article');
  });

  it('reports a binary file named .txt as binary', () => {
    expectRefused('photo.txt', /binary/);
  });

  it('reports a file over maxBytes with its size and the limit', () => {
    expectRefused('huge-live-page.txt', new RegExp(`over the ${MAX_BYTES}-byte limit`));
  });

  it('reports an unreadable dump (permission denied, or a folder named like a dump when running as root)', () => {
    expectRefused('locked.txt', unreadableKind === 'permission' ? /permission denied/ : /not a regular file|folder/);
  });

  it('refuses a symbolic link to a file outside the dumps folder and reads nothing through it', async () => {
    expectRefused('link-out.txt', /symbolic link.*outside the dumps folder/);
    const headlines = await Promise.all((await listArticles(content)).map(async (f) => readEntry(await readArticle(content, f), f).entry.headline));
    expect(headlines).not.toContain(OUTSIDE_HEADLINE);
  });

  it('ingests a dump whose sidecar is not valid JSON, with a warning naming the sidecar', async () => {
    const d = dumpReport(report, 'with-bad-sidecar.txt');
    expect(d.status).toBe('ingested');
    expect(d.warnings).toEqual([expect.stringMatching(/^sidecar with-bad-sidecar\.json is not valid JSON/)]);
    expect(linesAbout(plain.stdout, 'with-bad-sidecar.txt')).toContain(`with-bad-sidecar.txt: warning: ${d.warnings[0]}`);
    const { entry } = await entryOf('with-bad-sidecar.txt');
    expect(entry.url).toBeUndefined();
    expect(entry.captured_at).toBeUndefined();
  });

  it('decodes a Windows-1252 capture: curly quotes and accented letters come out right, and the encoding is reported', async () => {
    const d = dumpReport(report, 'legacy-cp1252.txt');
    expect(d).toMatchObject({ status: 'ingested', encoding: 'windows-1252' });
    expect(d.warnings).toContain('decoded as windows-1252');
    expect(linesAbout(plain.stdout, 'legacy-cp1252.txt')).toContain('legacy-cp1252.txt: warning: decoded as windows-1252');
    const { entry, body } = await entryOf('legacy-cp1252.txt');
    expect(entry.headline).toBe(CP1252_HEADLINE);
    expect(body).toContain('“This is a dangerous escalation,” French Foreign Minister Jean-Noël Barrot');
    expect(body).toContain('the Élysée had discussed');
    expect(body).not.toMatch(/\ufffd|â€|Ã/);
  });

  it('decodes UTF-8 with a BOM and CRLF line endings with no stray characters', async () => {
    const d = dumpReport(report, 'bom-crlf.txt');
    expect(d.status).toBe('ingested');
    const { text, entry, body } = await entryOf('bom-crlf.txt');
    expect(entry.headline).toBe(BOM_HEADLINE);
    expect(text).not.toMatch(/[\r\ufeff\u00ef\u00bb\u00bf]/);
    expect(body.split('\n\n').map((p) => p.trim())).toEqual(BOM_PARAGRAPHS);
  });

  it('still ingests every good dump next to the bad ones', () => {
    for (const dump of GOOD) {
      const d = dumpReport(report, dump);
      expect(d.status, dump).toBe('ingested');
      expect(d.entries.length, dump).toBeGreaterThan(0);
      expect(d.entries.every((e) => e.state === 'generated'), dump).toBe(true);
    }
  });

  it('the CLI exits 0 over such a folder, and names every bad file in its output', () => {
    expect(plain.code).toBe(0);
    for (const dump of ['empty.txt', 'whitespace.txt', 'menus.txt', 'photo.txt', 'huge-live-page.txt', 'locked.txt', 'link-out.txt', 'with-bad-sidecar.txt']) {
      expect(linesAbout(plain.stdout, dump).length, dump).toBeGreaterThan(0);
    }
    expect(plain.stdout).toMatch(/^13 dumps, 6 entries \(0 edited by hand\), /m);
  });

  it('the CLI exits non-zero with --strict, still naming every bad file', () => {
    expect(strict.code).not.toBe(0);
    expect(strict.code).not.toBeNull();
    for (const dump of ['empty.txt', 'whitespace.txt', 'menus.txt', 'photo.txt', 'huge-live-page.txt', 'locked.txt', 'link-out.txt']) {
      expect(linesAbout(strict.stdout, dump), dump).toHaveLength(1);
    }
  });
});

describe('ingest without its configuration', () => {
  it.each(['publishers.json', 'gazetteer.json', 'topic.json'])('stops when %s is missing, naming the file and what to do', async (name) => {
    const dir = await makeContent('no-config-');
    try {
      await putDump(dir, 'a.txt', generatedDump(0));
      await rm(path.join(dir, '_data', name));
      await expect(ingestArchive(dir)).rejects.toThrow(`${path.join(dir, '_data', name)}: cannot read the configuration file`);
      await expect(ingestArchive(dir)).rejects.toThrow(/restore it from the repository/);
    } finally {
      await removeContent(dir);
    }
  });
});
