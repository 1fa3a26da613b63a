// The captures folder is ingest's input, never the site's: a Markdown or Nunjucks file dropped among the captures is not built, so its front matter cannot place a file anywhere and its template code never runs.
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildFixtureSite, listFiles, prepareSite, readEntryFixtures, removeFixtureSite, type FixtureSite } from './fixtureSite.ts';

/** A Markdown capture (as a web clipper saves one) whose front matter names a file outside the output folder. */
const CLIPPED_CAPTURE = '---\ntitle: Clipped page\npermalink: ../../escaped-from-capture.html\n---\nNorth Korean troops near Kursk.\n';
/** A Nunjucks file among the captures: built, it would run and write a page of its own. */
const TEMPLATE_CAPTURE = '---\npermalink: /from-captures.html\n---\n{{ 7 * 7 }}\n';

let site: FixtureSite;

beforeAll(async () => {
  const entries = await readEntryFixtures('valid');
  site = await prepareSite(entries.filter((e) => e.name === 'korea-herald-troops-inside-ukraine.md'));
  await fs.mkdir(path.join(site.inputDir, 'dumps'));
  await fs.writeFile(path.join(site.inputDir, 'dumps', 'clipped.md'), CLIPPED_CAPTURE);
  await fs.writeFile(path.join(site.inputDir, 'dumps', 'page.njk'), TEMPLATE_CAPTURE);
  await buildFixtureSite(site);
});

afterAll(async () => {
  await removeFixtureSite(site);
});

it('builds no page from a file in the captures folder, and writes nothing outside the output folder', async () => {
  const outside = (await listFiles(site.root)).filter((file) => !file.startsWith(site.outputDir + path.sep) && !file.startsWith(site.inputDir + path.sep));
  expect(outside).toEqual([]);
  const written = (await listFiles(site.outputDir)).map((file) => path.relative(site.outputDir, file));
  expect(written.filter((file) => /^dumps\b|escaped|from-captures/.test(file))).toEqual([]);
  expect(written).toContain('index.html');
});
