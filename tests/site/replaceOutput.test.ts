import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildFixtureSite, prepareSite, readEntryFixtures, removeFixtureSite } from './fixtureSite.ts';
import { BUILD_MARKER, discardStaging, markBuilt, prepareStaging, publishStaging } from '../../src/site/replaceOutput.ts';

let root: string;
let output: string;

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'replace-output-'));
  output = path.join(root, '_site');
});
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

const list = async (dir: string) => (await fs.readdir(dir, { recursive: true })).sort();

describe('replacing the output folder', () => {
  it('creates the output on the first build, marked as built', async () => {
    const staging = await prepareStaging(output);
    await fs.writeFile(path.join(staging, 'index.html'), 'new');
    await publishStaging(staging, output);
    expect(await list(output)).toEqual([BUILD_MARKER, 'index.html']);
    expect(await fs.readdir(root)).toEqual(['_site']);
  });

  it('leaves nothing of the previous build behind', async () => {
    await markBuilt(output);
    await fs.mkdir(path.join(output, 'articles', 'removed'), { recursive: true });
    await fs.writeFile(path.join(output, 'articles', 'removed', 'index.html'), 'old');
    const staging = await prepareStaging(output);
    await fs.writeFile(path.join(staging, 'index.html'), 'new');
    await publishStaging(staging, output);
    expect(await list(output)).toEqual([BUILD_MARKER, 'index.html']);
  });

  it('keeps the previous build whole when a build is discarded', async () => {
    await markBuilt(output);
    await fs.writeFile(path.join(output, 'index.html'), 'old');
    const staging = await prepareStaging(output);
    await fs.writeFile(path.join(staging, 'half.html'), 'half');
    await discardStaging(staging);
    expect(await fs.readFile(path.join(output, 'index.html'), 'utf8')).toBe('old');
    expect(await fs.readdir(root)).toEqual(['_site']);
  });

  it('accepts an empty folder, and refuses one holding files no build wrote, naming it and what to do', async () => {
    await fs.mkdir(output);
    await expect(prepareStaging(output)).resolves.toBeTypeOf('string');
    await fs.writeFile(path.join(output, 'notes.txt'), 'mine');
    await expect(prepareStaging(output)).rejects.toThrow(/_site: this folder holds files no build wrote .* Choose a new or empty output folder/);
    expect(await fs.readFile(path.join(output, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('clears a staging folder a killed build left behind', async () => {
    await markBuilt(`${output}.building`);
    await fs.writeFile(path.join(`${output}.building`, 'stale.html'), 'stale');
    const staging = await prepareStaging(output);
    expect(await fs.readdir(staging)).toEqual([]);
  });
});

describe('buildSite replaces its output whole', () => {
  it('drops the page of a removed entry, and keeps the last good site when a build fails', async () => {
    const valid = (await readEntryFixtures('valid')).filter((e) => ['undated-analysis.md', 'korea-herald-troops-inside-ukraine.md'].includes(e.name));
    const site = await prepareSite(valid);
    try {
      await buildFixtureSite(site);
      const page = (slug: string) => path.join(site.outputDir, 'articles', slug, 'index.html');
      await expect(fs.access(page('undated-analysis'))).resolves.toBeUndefined();

      await fs.rm(path.join(site.inputDir, 'articles', 'undated-analysis.md'));
      await buildFixtureSite(site);
      await expect(fs.access(page('undated-analysis'))).rejects.toThrow();
      await expect(fs.access(page('korea-herald-troops-inside-ukraine'))).resolves.toBeUndefined();

      const [broken] = (await readEntryFixtures('invalid')).filter((e) => e.name === 'broken-yaml.md');
      await fs.writeFile(path.join(site.inputDir, 'articles', broken!.name), broken!.text);
      await expect(buildFixtureSite(site)).rejects.toThrow(/broken-yaml\.md/);
      await expect(fs.access(page('korea-herald-troops-inside-ukraine'))).resolves.toBeUndefined();
      expect((await fs.readdir(path.dirname(site.outputDir))).sort()).toEqual(['_site', 'content']);
    } finally {
      await removeFixtureSite(site);
    }
  }, 60_000);
});
