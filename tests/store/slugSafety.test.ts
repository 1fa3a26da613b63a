// Slug safety: hostile headlines never name a file outside articles/, a hidden or non-.md file, a reserved device name, or a taken name.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArchive } from '../../src/store/ingestArchive.ts';
import type { IngestReport } from '../../src/store/ingestReport.ts';
import { readEntry } from '../../src/store/readEntry.ts';
import { slugify } from '../../src/store/slugify.ts';
import { UNRELATED } from '../helpers/storyDumps.ts';
import { changedPaths, dumpReport, dumpText, listArticles, makeContent, putDump, readArticle, removeContent, snapshotTree, type TreeItem } from '../helpers/storeArchive.ts';

const EXISTING = 'North Korean troops enter combat in Kursk region';
const TAIL = 'North Korean troops reach Kursk front';

/** Label → headline line of a capture. Bare forms as a hostile page would print them, and the same inside an ordinary headline. */
const HOSTILE: [string, string][] = [
  ['path traversal', '../../etc/passwd'],
  ['path traversal inside a headline', `${TAIL} ../../etc/passwd`],
  ['path traversal after a word', 'Kursk/../../etc/passwd'],
  ['absolute path', '/etc/passwd'],
  ['slash and backslash', 'a/b\\c'],
  ['slash and backslash inside a headline', `${TAIL} a/b\\c`],
  ['Windows path', 'C:\\Windows\\System32 North Korean troops'],
  ['NUL character', `${TAIL}\u0000.md`],
  ['500-character headline', `N${'orth Korean troops in Kursk '.repeat(18)}`.slice(0, 500)],
  ['long headline within title limits', `${TAIL} ${'Zaporizhzhia '.repeat(12).trim()}`],
  ['only punctuation', '?!...'],
  ['questions', 'Who? What?!'],
  ['Korean', '북한군 러시아 파병'],
  ['Cyrillic', 'Войска КНДР'],
  ['right-to-left override', `${TAIL} \u202edm.exe`],
  ['leading right-to-left override', `\u202e${TAIL}`],
  ['device name CON', 'CON'],
  ['device name nul', 'nul'],
  ['device name Nul', 'Nul'],
  ['device name AUX', 'Aux'],
  ['device name COM1', 'Com1'],
  ['device name LPT9', 'LPT9'],
  ['device name PRN with extension', 'Prn.txt'],
  ['leading dot', '.hidden'],
  ['leading dots', '..North Korean troops reach Kursk front'],
  ['trailing dot segment', `${TAIL} .hidden`],
  ['same as an existing entry', EXISTING],
  ['same as a file made by hand', 'Войска КНДР в Курске'],
];

/** Reserved on Windows with or without an extension. */
const DEVICE_NAME = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/** Letters and digits of any script joined by single hyphens, then .md. */
const SAFE_NAME = /^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*\.md$/u;

const paragraph = (n: number) =>
  `North Korean soldiers deployed to Russia have engaged Ukrainian forces near the front line in the Kursk region, officials in Kyiv said in report number ${n}, adding that Pyongyang had sent more troops. ` +
  'Analysts in Seoul said the deployment of North Korean troops to the war in Ukraine marked a serious escalation and that more soldiers could follow within weeks.';

const dumpName = (i: number) => `hostile-${String(i).padStart(2, '0')}.txt`;
const HAND_FILE = `${slugify('Войска КНДР в Курске')}.md`;
const HAND_TEXT = '# Notes kept by hand\n\nNot an entry: a page an editor keeps in the articles folder.\n';

let content: string;
let before: Map<string, TreeItem>;
let after: Map<string, TreeItem>;
let report: IngestReport;
let existingFile: string;
let existingBytes: string;

beforeAll(async () => {
  content = await makeContent('slug-');
  // Its own story, unlike the hostile captures below (which share their wording and so form one story among themselves).
  await putDump(content, '0-existing.txt', UNRELATED.replace(/^Zelenskyy offers .*$/m, EXISTING));
  const first = await ingestArchive(content);
  existingFile = dumpReport(first.report, '0-existing.txt').entries[0]!.file;
  existingBytes = await readArticle(content, existingFile);
  await writeFile(path.join(content, 'articles', HAND_FILE), HAND_TEXT);
  for (const [i, [, headline]] of HOSTILE.entries()) {
    await putDump(content, dumpName(i), dumpText({ headline, byline: 'Jane Doe', paragraphs: [paragraph(i), paragraph(i + 100), paragraph(i + 200)] }));
  }
  before = await snapshotTree(content);
  report = (await ingestArchive(content)).report;
  after = await snapshotTree(content);
});

afterAll(async () => {
  await removeContent(content);
});

function newEntries(): { dump: string; file: string; headline: string; captured: string }[] {
  return HOSTILE.flatMap(([, captured], i) => dumpReport(report, dumpName(i)).entries.map((e) => ({ dump: dumpName(i), file: e.file, headline: e.headline, captured })));
}

describe('entry file names from hostile headlines', () => {
  it('creates every entry directly in articles/ as a .md file, with unique names, and creates or changes nothing else', async () => {
    const entries = newEntries();
    // Most rows reach the slug function; the rest are refused by the parser and reported, never silently lost.
    expect(entries.length).toBeGreaterThanOrEqual(18);
    for (const [i, [label]] of HOSTILE.entries()) {
      const d = dumpReport(report, dumpName(i));
      expect(d.entries.length > 0 || d.skipped.length > 0 || d.status === 'failed', `${label}: an entry, a skipped article or a failure`).toBe(true);
    }
    // Besides entries, ingest writes one provenance record per dump, named after the dump (not the headline).
    const created = changedPaths(before, after).filter((p) => !before.has(p) && !p.startsWith('_provenance/'));
    const provenance = changedPaths(before, after).filter((p) => p.startsWith('_provenance/'));
    expect(provenance.every((p) => /^_provenance\/[^/]+\.txt\.json$/.test(p))).toBe(true);
    const changed = changedPaths(before, after).filter((p) => before.has(p));
    expect(changed).toEqual(['_data/ingestReport.json', 'ingest-manifest.json']);
    expect(created.sort()).toEqual(entries.map((e) => `articles/${e.file}`).sort());
    for (const e of entries) {
      expect(e.file, e.headline).toMatch(SAFE_NAME);
      expect(Buffer.byteLength(e.file), e.file).toBeLessThanOrEqual(255);
      expect(path.dirname(path.join(content, 'articles', e.file))).toBe(path.join(content, 'articles'));
      // The file holds the article, its headline exactly as captured.
      const { entry } = readEntry(await readArticle(content, e.file), e.file);
      expect(entry).toMatchObject({ dump: e.dump, headline: e.captured });
    }
    // Unique even on case-insensitive, normalising file systems.
    const all = await listArticles(content);
    expect(new Set(all.map((f) => f.normalize('NFC').toLowerCase())).size).toBe(all.length);
    expect(all).toHaveLength(entries.length + 2);
  });

  it('gives a headline equal to an existing entry\'s, or to a file made by hand, a new name and leaves those files untouched', async () => {
    const same = dumpReport(report, dumpName(HOSTILE.findIndex(([l]) => l === 'same as an existing entry'))).entries;
    expect(same).toHaveLength(1);
    expect(same[0]!.file).toMatch(new RegExp(`^${existingFile.replace(/\.md$/, '')}-[0-9a-f]{6}\\.md$`));
    expect(await readArticle(content, existingFile)).toBe(existingBytes);

    const byHand = dumpReport(report, dumpName(HOSTILE.findIndex(([l]) => l === 'same as a file made by hand'))).entries;
    expect(byHand).toHaveLength(1);
    expect(byHand[0]!.file).not.toBe(HAND_FILE);
    expect(byHand[0]!.file.startsWith(HAND_FILE.replace(/\.md$/, '-'))).toBe(true);
    expect(await readArticle(content, HAND_FILE)).toBe(HAND_TEXT);
  });

  it('never names an entry after a Windows device name (CON, NUL, AUX, COM1, LPT9, PRN), which Windows cannot open even with .md', () => {
    const devices = newEntries().filter((e) => DEVICE_NAME.test(e.file.replace(/\.md$/, '')));
    expect(devices.map((e) => `${e.headline} → ${e.file}`)).toEqual([]);
  });

  it('the slug function turns every hostile headline of the table, including those the parser refuses, into a name of letters, digits and hyphens', () => {
    const problems = HOSTILE.flatMap(([label, headline]) => {
      const slug = slugify(headline);
      return [
        ...(SAFE_NAME.test(`${slug}.md`) ? [] : [`${label}: "${slug}" is not letters, digits and hyphens`]),
        ...(Buffer.byteLength(slug) <= 100 ? [] : [`${label}: "${slug}" is ${Buffer.byteLength(slug)} bytes`]),
      ];
    });
    expect(problems).toEqual([]);
    // Distinct hostile headlines that share no letters still get distinct slugs.
    expect(slugify('?!...')).not.toBe(slugify('...'));
  });
});
