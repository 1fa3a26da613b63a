// Edit protection: ingest never writes over or brings back an entry a person edited or deleted, unless that entry is forced.
import { readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestArchive } from '../../src/store/ingestArchive.ts';
import { CONFLICT_WARNING, formatReport } from '../../src/store/ingestReport.ts';
import { readEntry } from '../../src/store/readEntry.ts';
import { articlePath, dumpReport, dumpText, listArticles, makeContent, putDump, readArticle, readManifest, removeContent, sha256 } from '../helpers/storeArchive.ts';

const PARAGRAPHS = [
  'North Korean troops have begun fighting alongside Russian forces in the Kursk region, Ukraine\'s defence intelligence agency said on Wednesday, in the first reported combat involving the soldiers.',
  'The agency said units of the Korean People\'s Army had joined assaults on Ukrainian positions near the village of Plekhovo, and that several of the soldiers had been killed or wounded in the fighting.',
  'South Korea\'s National Intelligence Service said last month that about 11,000 North Korean soldiers had been sent to Russia, and that some had already moved to the front line in the war in Ukraine.',
  'Officials in Kyiv have urged Western allies to lift limits on long-range strikes so that Ukraine can hit the camps where the North Korean troops are being trained before they reach the battlefield.',
];
const CHANGED = 'The Kremlin has not confirmed the presence of the troops, but President Vladimir Putin said in October that it was up to Russia how it applied its treaty with Pyongyang, signed in June.';
const HEADLINE = 'North Korean troops join Russian assaults in Kursk region, Ukraine says';
const FILE = 'north-korean-troops-join-russian-assaults-in-kursk-region-ukraine-says.md';

const original = dumpText({ outlet: 'The Korea Herald', headline: HEADLINE, byline: 'Kim Min-ji', paragraphs: PARAGRAPHS });
const changed = dumpText({ outlet: 'The Korea Herald', headline: HEADLINE, byline: 'Kim Min-ji', paragraphs: [...PARAGRAPHS.slice(0, 3), CHANGED] });

let content: string;

beforeEach(async () => {
  content = await makeContent('edit-');
  await putDump(content, 'herald.txt', original);
  await ingestArchive(content);
});

afterEach(async () => {
  await removeContent(content);
});

/** What a fresh archive makes of the changed dump: the bytes a forced regeneration must give. */
async function freshEntry(): Promise<string> {
  const fresh = await makeContent('edit-fresh-');
  try {
    await putDump(fresh, 'herald.txt', changed);
    await ingestArchive(fresh);
    return await readArticle(fresh, FILE);
  } finally {
    await removeContent(fresh);
  }
}

async function editByHand(): Promise<string> {
  const text = await readArticle(content, FILE);
  // A person fixes a name in the body and adds a correction note.
  const edited = `${text.replace('Plekhovo', 'Plyokhovo')}\n*Correction: an earlier version misspelled the village's name.*\n`;
  expect(edited).not.toBe(text);
  await writeFile(articlePath(content, FILE), edited);
  return edited;
}

describe('ingest edit protection', () => {
  it('keeps a hand-edited entry byte for byte when its dump changes, and reports it as edited', async () => {
    expect(await listArticles(content)).toEqual([FILE]);
    const edited = await editByHand();
    await putDump(content, 'herald.txt', changed);

    const { report, changes } = await ingestArchive(content);
    expect(await readArticle(content, FILE)).toBe(edited);
    expect(dumpReport(report, 'herald.txt').entries).toEqual([expect.objectContaining({ file: FILE, headline: HEADLINE, state: 'edited' })]);
    // The conflict is told, with the command that settles it.
    expect(dumpReport(report, 'herald.txt').entries[0]!.warnings).toEqual([
      `${CONFLICT_WARNING}: \`news-archive ingest --force ${FILE}\` writes it, keeping the edited version as a .bak`,
    ]);
    expect(formatReport(report, undefined, { brief: true })).toContain(`herald.txt: ${FILE}: ${CONFLICT_WARNING}`);
    expect(changes).toEqual([]);
    expect(await listArticles(content)).toEqual([FILE]);
    // Still protected on the next run, and still reported.
    const again = await ingestArchive(content);
    expect(await readArticle(content, FILE)).toBe(edited);
    expect(dumpReport(again.report, 'herald.txt').entries[0]!.state).toBe('edited');
  });

  it('drops "no date stated" from an edited entry\'s report once a person has written its date in', async () => {
    await putDump(content, 'herald.txt', dumpText({ outlet: 'The Korea Herald', headline: HEADLINE, byline: 'Kim Min-ji', dateLine: null, paragraphs: PARAGRAPHS }));
    expect(dumpReport((await ingestArchive(content)).report, 'herald.txt').entries[0]!.warnings).toContain('no date stated');
    const text = await readArticle(content, FILE);
    await writeFile(articlePath(content, FILE), text.replace(/^date: null$/m, "date: '2024-11-05'"));
    const { report } = await ingestArchive(content);
    expect(dumpReport(report, 'herald.txt').entries[0]).toMatchObject({ state: 'edited' });
    expect(dumpReport(report, 'herald.txt').entries[0]!.warnings).not.toContain('no date stated');
  });

  it('tells no conflict for an edited entry whose dump has not changed', async () => {
    await editByHand();
    const { report } = await ingestArchive(content);
    expect(dumpReport(report, 'herald.txt').entries).toEqual([expect.objectContaining({ file: FILE, state: 'edited', warnings: [] })]);
  });

  it('regenerates a forced entry from its dump and keeps the edited version as <file>.md.<hash>.bak beside it', async () => {
    const edited = await editByHand();
    await putDump(content, 'herald.txt', changed);
    await ingestArchive(content);

    const { report, changes } = await ingestArchive(content, { force: [FILE] });
    const backup = `${FILE}.${sha256(edited).slice(0, 8)}.bak`;
    expect((await listArticles(content)).sort()).toEqual([FILE, backup].sort());
    expect(await readArticle(content, backup)).toBe(edited);
    const regenerated = await readArticle(content, FILE);
    expect(regenerated).toBe(await freshEntry());
    expect(regenerated).toContain(CHANGED);
    expect(readEntry(regenerated, FILE).entry.headline).toBe(HEADLINE);
    expect(dumpReport(report, 'herald.txt').entries).toEqual([expect.objectContaining({ file: FILE, state: 'generated' })]);
    expect(changes).toEqual([expect.objectContaining({ dump: 'herald.txt', file: FILE, change: 'regenerated', detail: expect.stringContaining(backup) })]);
    // The manifest now records the regenerated bytes: the next unforced run sees ingest's own file and changes nothing.
    const manifest = await readManifest(content);
    expect(manifest.dumps['herald.txt']!.entries.map((e) => [e.file, e.sha256])).toEqual([[FILE, sha256(regenerated)]]);
    const after = await ingestArchive(content);
    expect(after.changes).toEqual([]);
    expect(dumpReport(after.report, 'herald.txt').entries[0]!.state).toBe('generated');
  });

  it('does not recreate an entry deleted by hand, even after its dump changed', async () => {
    await rm(articlePath(content, FILE));
    await putDump(content, 'herald.txt', changed);

    const { report, changes } = await ingestArchive(content);
    expect(await readdir(path.join(content, 'articles'))).toEqual([]);
    expect(dumpReport(report, 'herald.txt').entries).toEqual([expect.objectContaining({ file: FILE, state: 'deleted-by-hand' })]);
    expect(changes).toEqual([]);
    const again = await ingestArchive(content);
    expect(await readdir(path.join(content, 'articles'))).toEqual([]);
    expect(dumpReport(again.report, 'herald.txt').entries[0]!.state).toBe('deleted-by-hand');
  });
});
