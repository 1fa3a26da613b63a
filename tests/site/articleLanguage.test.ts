// An article in another script says its language on its headline, standfirst and body, and only there.
import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureSite, fileForUrl, prepareSite, removeFixtureSite, type FixtureSite } from './fixtureSite.ts';

const KOREAN = `---
headline: 북한군, 쿠르스크서 우크라이나군과 첫 교전
source: Yonhap
date: '2024-10-30'
summary: 러시아에 파병된 북한군이 처음으로 교전을 벌였다.
tags:
  - North Korea
dump: ko_yonhap_kursk.txt
dump_sha256: ${'a'.repeat(64)}
dump_lines:
  - 17
  - 27
---
우크라이나 국방정보총국에 따르면 약 1만 명의 북한군이 10월 러시아로 이동해 훈련을 마쳤다.
`;

const ENGLISH = `---
headline: Ukraine says North Korean units seen near Kursk front
source: Reuters
date: '2024-10-30'
tags:
  - North Korea
dump: 001_c05137907bf7130d.txt
dump_sha256: ${'b'.repeat(64)}
dump_lines:
  - 5
  - 19
---
Ukrainian military intelligence said North Korean units had been seen in the Kursk region.
`;

let site: FixtureSite;

beforeAll(async () => {
  site = await prepareSite([
    { name: 'korean-first-clash.md', text: KOREAN },
    { name: 'english-units-seen.md', text: ENGLISH },
  ]);
  await buildFixtureSite(site);
});

afterAll(async () => {
  await removeFixtureSite(site);
});

async function page(url: string): Promise<string> {
  return fs.readFile(fileForUrl(site.outputDir, url), 'utf8');
}

describe("an article's language", () => {
  it('is said on the headline, standfirst and body of an article in Korean, and nowhere else on its page', async () => {
    const html = await page('/articles/korean-first-clash/');
    expect(html).toMatch(/<h1 lang="ko">북한군/);
    expect(html).toMatch(/<p class="standfirst" lang="ko">/);
    expect(html).toMatch(/<div class="article-body" lang="ko">/);
    expect(html.match(/lang="ko"/g)).toHaveLength(3);
    expect(html).toMatch(/<html lang="en"/);
  });

  it("is the article's own in its JSON-LD description, and the site's for an article in the site's language", async () => {
    const inLanguage = async (url: string) => (JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(await page(url))![1]!) as { inLanguage: string }).inLanguage;
    expect(await inLanguage('/articles/korean-first-clash/')).toBe('ko');
    expect(await inLanguage('/articles/english-units-seen/')).toBe('en');
  });

  it('is left to the page for an article in the site language', async () => {
    const html = await page('/articles/english-units-seen/');
    expect(html).toMatch(/<h1>Ukraine says/);
    expect(html).not.toMatch(/<(h1|div|p)[^>]* lang=/);
  });
});
