import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publicAddress, readNavigation, readSiteSettings } from '../../src/site/siteConfig.ts';

let dir: string;
const site = { title: 'An archive', description: 'Reports.', language: 'en', url: 'https://archive.example.org' };

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'site-config-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const write = (name: string, data: unknown) => fs.writeFile(path.join(dir, name), typeof data === 'string' ? data : JSON.stringify(data));

describe('site settings', () => {
  it('reads a valid site.json', async () => {
    await write('site.json', site);
    expect(readSiteSettings(dir)).toEqual(site);
  });

  it('names the file and the field that is wrong', async () => {
    await write('site.json', { ...site, url: 'javascript:alert(1)' });
    expect(() => readSiteSettings(dir)).toThrow(/site\.json: field `url` must be an absolute http\(s\) address/);
    await write('site.json', { ...site, language: 'English' });
    expect(() => readSiteSettings(dir)).toThrow(/field `language` must be a language tag/);
    await write('site.json', { ...site, title: ' ' });
    expect(() => readSiteSettings(dir)).toThrow(/field `title`/);
  });

  it('says when the file is not JSON', async () => {
    await write('site.json', '{ "title": ');
    expect(() => readSiteSettings(dir)).toThrow(/site\.json: cannot be read as JSON/);
  });

  it('takes SITE_URL over site.json, and refuses one that is not a web address', () => {
    expect(publicAddress(site, {})).toBe('https://archive.example.org');
    expect(publicAddress(site, { SITE_URL: '' })).toBe('https://archive.example.org');
    expect(publicAddress(site, { SITE_URL: 'https://user.github.io' })).toBe('https://user.github.io');
    expect(() => publicAddress(site, { SITE_URL: 'user.github.io' })).toThrow(/SITE_URL "user\.github\.io" must be an absolute http\(s\) address/);
  });
});

describe('navigation', () => {
  it('accepts site paths and refuses links elsewhere', async () => {
    await write('navigation.json', [{ url: '/', label: 'Articles' }, { url: '/tags/', label: 'Tags' }]);
    expect(readNavigation(dir)).toHaveLength(2);
    await write('navigation.json', [{ url: '//evil.example/', label: 'Out' }]);
    expect(() => readNavigation(dir)).toThrow(/navigation\.json: field `0\.url` must be a path on this site/);
    await write('navigation.json', [{ url: 'https://elsewhere.example/', label: 'Out' }]);
    expect(() => readNavigation(dir)).toThrow(/field `0\.url`/);
  });
});
