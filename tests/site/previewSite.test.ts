import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewSite, type RunningPreview } from '../../src/site/previewSite.ts';
import { BUILD_MARKER, markBuilt } from '../../src/site/replaceOutput.ts';

let root: string;
let preview: RunningPreview;

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'preview-'));
  await markBuilt(root);
  await fs.mkdir(path.join(root, 'articles', 'one'), { recursive: true });
  await fs.writeFile(path.join(root, 'index.html'), '<h1>Home</h1>');
  await fs.writeFile(path.join(root, 'articles', 'one', 'index.html'), '<h1>One</h1>');
  await fs.writeFile(path.join(root, '404.html'), '<h1>Not here</h1>');
  await fs.writeFile(path.join(root, 'feed.xml'), '<feed/>');
  preview = await previewSite({ outputDir: root, pathPrefix: '/archive/', port: 0 });
});

afterAll(async () => {
  await preview.close();
  await fs.rm(root, { recursive: true, force: true });
});

const get = (url: string) => fetch(new URL(url, preview.url));

describe('previewSite', () => {
  it('serves the site under its prefix, folders by their index.html', async () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/archive\/$/);
    const home = await get(preview.url);
    expect(home.status).toBe(200);
    expect(await home.text()).toBe('<h1>Home</h1>');
    expect(await (await get('/archive/articles/one/')).text()).toBe('<h1>One</h1>');
    expect((await get('/archive/feed.xml')).headers.get('content-type')).toMatch(/xml/);
  });

  it('answers unknown addresses, and addresses outside the prefix, with the site\'s 404 page', async () => {
    for (const url of ['/archive/articles/none/', '/articles/one/', '/', '/archivex/']) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).toBe('<h1>Not here</h1>');
    }
  });

  it('does not serve the build marker or step outside the folder', async () => {
    expect((await get(`/archive/${BUILD_MARKER}`)).status).toBe(404);
    expect((await get('/archive/../../etc/passwd')).status).toBe(404);
    expect((await get('/archive/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
  });

  it('serves what a build writes while it runs, and answers 404 for a file removed since, still serving after', async () => {
    await fs.writeFile(path.join(root, 'added.html'), '<h1>Added</h1>');
    expect(await (await get('/archive/added.html')).text()).toBe('<h1>Added</h1>');
    await fs.writeFile(path.join(root, '404.html'), '<h1>Rebuilt: not here</h1>');
    await fs.rm(path.join(root, 'added.html'));
    const removed = await get('/archive/added.html');
    expect(removed.status).toBe(404);
    expect(await removed.text()).toBe('<h1>Rebuilt: not here</h1>');
    expect(await (await get('/archive/articles/one/')).text()).toBe('<h1>One</h1>');
    await fs.writeFile(path.join(root, '404.html'), '<h1>Not here</h1>');
  });

  it('does not serve hidden files, however the address spells them', async () => {
    await fs.writeFile(path.join(root, '.secret'), 'hidden');
    for (const url of ['/archive/.secret', '/archive/%2esecret', '/archive/articles/../.secret']) expect((await get(url)).status, url).toBe(404);
  });

  it('refuses a folder with no built site, saying what to do', async () => {
    await expect(previewSite({ outputDir: path.join(root, 'articles', 'missing'), port: 0 })).rejects.toThrow(/no built site here .* run `news-archive build` first/);
  });
});
