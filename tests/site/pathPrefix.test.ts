// A site served from a sub-folder: every site-relative link carries the path prefix.
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/site/buildSite.ts';
import { linkTargets, listFiles, prepareSite, readEntryFixtures, removeFixtureSite, type FixtureSite } from './fixtureSite.ts';

const PREFIX = '/archive/';
let site: FixtureSite;

beforeAll(async () => {
  site = await prepareSite((await readEntryFixtures('valid')).slice(0, 2));
  await buildSite({ inputDir: site.inputDir, outputDir: site.outputDir, pathPrefix: PREFIX, quiet: true });
});

afterAll(async () => {
  await removeFixtureSite(site);
});

describe('buildSite with a path prefix', () => {
  it('prefixes every site-relative href and src, and still writes pages at the output root', async () => {
    const pages = (await listFiles(site.outputDir)).filter((file) => file.endsWith('.html'));
    expect(pages).toContain(path.join(site.outputDir, 'index.html'));
    for (const file of pages) {
      const local = linkTargets(await fs.readFile(file, 'utf8')).filter((target) => target.startsWith('/'));
      expect(local.length, file).toBeGreaterThan(0);
      expect(local.filter((target) => !target.startsWith(PREFIX)), file).toEqual([]);
    }
  });
});
