// An article dated by its last update says so wherever its date is shown; an article dated by its publication does not.
import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureSite, entryText, fileForUrl, prepareSite, removeFixtureSite, visibleText, type FixtureSite } from './fixtureSite.ts';

function entry(headline: string, dateSource: string, digit: string): string {
  const facts = [`headline: ${headline}`, 'source: Associated Press', "date: '2024-11-05'", "datetime: '2024-11-05T03:12:00+09:00'", `date_source: ${dateSource}`];
  return entryText(facts, 'North Korean troops have engaged Ukrainian forces for the first time, a senior official said.', digit);
}

const QUALIFIER = 'last updated; first publication not stated';
let site: FixtureSite;

beforeAll(async () => {
  site = await prepareSite([
    { name: 'updated-only.md', text: entry('North Korean troops engage Ukrainian forces', 'updated-label', 'a') },
    { name: 'published.md', text: entry('Seoul confirms first clashes near Kursk', 'published-label', 'b') },
  ]);
  await buildFixtureSite(site);
});

afterAll(async () => {
  await removeFixtureSite(site);
});

async function text(url: string): Promise<string> {
  return visibleText(await fs.readFile(fileForUrl(site.outputDir, url), 'utf8'));
}

describe('a date taken from the last update', () => {
  it('is marked as such on its article page and in the lists, and a publication date is not', async () => {
    expect(await text('/articles/updated-only/')).toContain(`5 November 2024, 03:12 (UTC+09:00) (${QUALIFIER})`);
    expect(await text('/articles/published/')).not.toContain(QUALIFIER);
    const home = await text('/');
    expect(home.match(new RegExp(QUALIFIER.replace(/[()]/g, '\\$&'), 'g'))).toHaveLength(1);
  });
});
