// "Cite this" on an article page: writer, headline, source and date in the order a citation gives them, and "n.d."
// (once, with its own full stop) for an article whose page states no date.
import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureSite, entryText, fileForUrl, prepareSite, removeFixtureSite, visibleText, type FixtureSite } from './fixtureSite.ts';

function entry(fields: string[], digit: string): string {
  const body = "South Korea's spy agency said North Korean troops had been sent to the Kursk region.";
  return entryText(['headline: Seoul says North Korean troops are in Kursk', 'source: Yonhap', ...fields], body, digit);
}

let site: FixtureSite;

beforeAll(async () => {
  site = await prepareSite([
    { name: 'dated.md', text: entry(["date: '2024-10-30'", 'byline: Kim Min-ji'], 'a') },
    { name: 'undated.md', text: entry(['date: null'], 'b') },
  ]);
  await buildFixtureSite(site);
});

afterAll(async () => {
  await removeFixtureSite(site);
});

async function citation(url: string): Promise<string> {
  const html = await fs.readFile(fileForUrl(site.outputDir, url), 'utf8');
  return visibleText(/<section class="cite"[\s\S]*?<\/section>/.exec(html)![0]);
}

describe('cite this', () => {
  it('names the writer, then the headline, the source and the date', async () => {
    expect(await citation('/articles/dated/')).toMatch(/^Cite this Kim Min-ji\. “Seoul says North Korean troops are in Kursk\.” Yonhap, 2024-10-30\. Archived copy: /);
  });

  it('gives an undated article "n.d." with one full stop, and no writer when none is known', async () => {
    const text = await citation('/articles/undated/');
    expect(text).toMatch(/^Cite this “Seoul says North Korean troops are in Kursk\.” Yonhap, n\.d\. Archived copy: /);
    expect(text).not.toContain('n.d..');
  });
});
