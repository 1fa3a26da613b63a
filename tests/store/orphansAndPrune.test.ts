// Orphans and --prune: a removed dump's entries stay and are reported; prune removes them, never an edit unless forced (backup kept).
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestArchive } from '../../src/store/ingestArchive.ts';
import { articlePath, dumpReport, generatedDump, listArticles, makeContent, putDump, readArticle, readManifest, removeContent, sha256, SEED_NAMES, seedText } from '../helpers/storeArchive.ts';

/** Sample 001: a listing page with three on-topic teasers, so the removed dump owns several entries. */
const MULTI = SEED_NAMES[1];

let content: string;
let multiFiles: string[];
let keptFiles: string[];

beforeEach(async () => {
  content = await makeContent('orphan-');
  await putDump(content, MULTI, await seedText(MULTI));
  await putDump(content, 'gen-0.txt', generatedDump(0));
  await putDump(content, 'gen-1.txt', generatedDump(1));
  const { report } = await ingestArchive(content);
  multiFiles = dumpReport(report, MULTI).entries.map((e) => e.file);
  keptFiles = ['gen-0.txt', 'gen-1.txt'].flatMap((d) => dumpReport(report, d).entries.map((e) => e.file));
  expect(multiFiles).toHaveLength(3);
  expect(keptFiles).toHaveLength(2);
});

afterEach(async () => {
  await removeContent(content);
});

async function removeDump(name: string): Promise<void> {
  await rm(path.join(content, 'dumps', name));
}

async function editByHand(file: string): Promise<string> {
  const edited = `${await readArticle(content, file)}\nNote from the archivist: this teaser was checked against the full story.\n`;
  await writeFile(articlePath(content, file), edited);
  return edited;
}

async function bytesOf(files: string[]): Promise<string[]> {
  return Promise.all(files.map((f) => readArticle(content, f)));
}

describe('ingest of a removed dump', () => {
  it('keeps the entries of a removed dump and reports the dump as orphaned with each of its entries', async () => {
    const before = await bytesOf(multiFiles);
    await removeDump(MULTI);
    const { report, changes } = await ingestArchive(content);
    expect(changes).toEqual([]);
    expect(await bytesOf(multiFiles)).toEqual(before);
    const orphan = dumpReport(report, MULTI);
    expect(orphan.status).toBe('orphaned');
    expect(orphan.entries.map((e) => e.file).sort()).toEqual([...multiFiles].sort());
    expect((await readManifest(content)).dumps[MULTI]!.entries.map((e) => e.file).sort()).toEqual([...multiFiles].sort());
  });

  it('reports an entry of a removed dump that was also deleted by hand as deleted-by-hand, not as generated', async () => {
    const [gone, ...rest] = multiFiles as [string, ...string[]];
    await rm(articlePath(content, gone));
    await removeDump(MULTI);
    const { report } = await ingestArchive(content);
    expect(await listArticles(content)).toEqual([...keptFiles, ...rest].sort());
    const states = Object.fromEntries(dumpReport(report, MULTI).entries.map((e) => [e.file, e.state]));
    expect(states).toEqual(Object.fromEntries([[gone, 'deleted-by-hand'], ...rest.map((f) => [f, 'generated'])]));
  });

  it('with prune removes the unedited entries of a removed dump, and only those', async () => {
    await removeDump(MULTI);
    const { report, changes } = await ingestArchive(content, { prune: true });
    expect(await listArticles(content)).toEqual([...keptFiles].sort());
    expect(changes.map((c) => [c.dump, c.file, c.change]).sort()).toEqual(multiFiles.map((f) => [MULTI, f, 'removed']).sort());
    expect(report.dumps.map((d) => d.dump)).not.toContain(MULTI);
    expect(Object.keys((await readManifest(content)).dumps).sort()).toEqual(['gen-0.txt', 'gen-1.txt']);
  });

  it('with prune keeps an edited entry of a removed dump byte for byte and reports it as edited', async () => {
    const [editedFile, ...plainFiles] = multiFiles as [string, ...string[]];
    const edited = await editByHand(editedFile);
    await removeDump(MULTI);

    const pruned = await ingestArchive(content, { prune: true });
    expect(await listArticles(content)).toEqual([...keptFiles, editedFile].sort());
    expect(await readArticle(content, editedFile)).toBe(edited);
    expect(pruned.changes.map((c) => c.file).sort()).toEqual([...plainFiles].sort());
    expect((await readManifest(content)).dumps[MULTI]!.entries.map((e) => e.file)).toEqual([editedFile]);
    const orphan = dumpReport(pruned.report, MULTI);
    expect(orphan.status).toBe('orphaned');
    // The entry differs from what ingest wrote: the report must say so, not call it 'generated'.
    expect(orphan.entries).toEqual([expect.objectContaining({ file: editedFile, state: 'edited' })]);
  });

  it('removes an edited entry of a removed dump only with prune and force, keeping the edit as a backup', async () => {
    const [editedFile] = multiFiles as [string, ...string[]];
    const edited = await editByHand(editedFile);
    await removeDump(MULTI);
    await ingestArchive(content, { prune: true });
    // Force alone (no prune) does not remove it either.
    await ingestArchive(content, { force: [editedFile] });
    expect(await readArticle(content, editedFile)).toBe(edited);

    const forced = await ingestArchive(content, { prune: true, force: [editedFile] });
    const backup = `${editedFile}.${sha256(edited).slice(0, 8)}.bak`;
    expect(await listArticles(content)).toEqual([...keptFiles, backup].sort());
    expect(await readArticle(content, backup)).toBe(edited);
    expect(forced.changes).toEqual([expect.objectContaining({ dump: MULTI, file: editedFile, change: 'removed', detail: expect.stringContaining(backup) })]);
    expect(forced.report.dumps.map((d) => d.dump)).not.toContain(MULTI);
    expect((await readManifest(content)).dumps[MULTI]).toBeUndefined();
  });
});
