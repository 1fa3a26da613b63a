// parseDump: the whole parser on small pages: a verdict for every line, determinism, sidecar use, and no throw on hostile or odd input.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/ingest/normalizeText.ts';
import { parseDump } from '../../src/ingest/parseDump.ts';
import type { ParseResult } from '../../src/ingest/types.ts';
import type { ArchiveConfig } from '../../src/store/loadArchiveConfig.ts';
import { archiveConfig, REPO_ROOT } from '../helpers/archiveConfig.ts';
import { fixtureDumps } from '../helpers/fixtureSets.ts';
import { prose } from '../helpers/pipeline.ts';

let config: ArchiveConfig;
beforeAll(async () => {
  config = await archiveConfig();
});

const ARTICLE = [
  'Skip Navigation',
  'Home',
  'North Korean troops enter combat in Kursk region',
  'By Jane Doe',
  'Published: Oct. 30, 2024 09:26',
  prose(0),
  prose(1),
  'Advertisement',
  prose(2),
  'Related Articles',
  'Another story',
].join('\n');

/** Every non-empty line (after normalisation) has exactly one verdict: kept with a role, or dropped with a reason. */
function expectEveryLineExplained(text: string, result: ParseResult): void {
  const nonEmpty = normalizeText(text)
    .split('\n')
    .flatMap((line, i) => (line.trim() === '' ? [] : [i + 1]));
  expect(result.lines.map((l) => l.line)).toEqual(nonEmpty);
  for (const verdict of result.lines) {
    if (verdict.kept) {
      expect(verdict.role, `line ${verdict.line}`).toMatch(/^(headline|headline-repeat|meta|summary|body|heading|url)$/);
      expect(verdict.article).toBeGreaterThanOrEqual(0);
    } else {
      expect(verdict.reason.trim().length, `line ${verdict.line}: ${verdict.text}`).toBeGreaterThan(0);
    }
  }
}

describe('parseDump: a simple article page', () => {
  it('reads the article’s fields', () => {
    const [article] = parseDump(ARTICLE, config).articles;
    expect(article).toMatchObject({
      headline: 'North Korean troops enter combat in Kursk region',
      byline: 'Jane Doe',
      date: '2024-10-30',
      date_source: 'published-label',
      on_topic: true,
      topic_reason: null,
      lines: [3, 9],
    });
    expect(article!.parts).toEqual([prose(0), prose(1), prose(2)].map((text) => ({ type: 'paragraph', text })));
  });

  it('gives every line a verdict, with the right roles', () => {
    const result = parseDump(ARTICLE, config);
    expectEveryLineExplained(ARTICLE, result);
    const roles = Object.fromEntries(result.lines.map((l) => [l.line, l.kept ? l.role : `dropped: ${l.reason}`]));
    expect(roles).toMatchObject({ 3: 'headline', 4: 'meta', 5: 'meta', 6: 'body', 7: 'body', 9: 'body' });
    expect(roles[8]).toMatch(/^dropped: advertising/);
    expect(roles[1]).toMatch(/^dropped: navigation/);
  });

  it('is deterministic', () => {
    expect(parseDump(ARTICLE, config)).toEqual(parseDump(ARTICLE, config));
  });

  it('uses the sidecar: source, URL, and capture time for relative dates', () => {
    const page = ['North Korean troops enter combat in Kursk region', '3 hours ago', prose(0), prose(1)].join('\n');
    const sidecar = { url: 'https://www.bbc.com/news/world-europe-12345', captured_at: '2024-10-30T12:00:00Z', source: 'BBC News' };
    const [article] = parseDump(page, { ...config, sidecar }).articles;
    expect(article).toMatchObject({ source: 'BBC News', url: 'https://www.bbc.com/news/world-europe-12345', date: '2024-10-30', date_source: 'relative-to-capture' });
    const [unanchored] = parseDump(page, config).articles;
    expect(unanchored).toMatchObject({ date: null, source: null, url: null });
    expect(unanchored!.warnings).toEqual(expect.arrayContaining(['no date stated', 'source unknown']));
  });

  it('keeps a relative stamp only when the date was counted back from it, and says why otherwise', () => {
    const page = ['North Korean troops enter combat in Kursk region', '3 hours ago', prose(0), prose(1)].join('\n');
    const stamp = (result: ParseResult) => result.lines.find((l) => l.line === 2)!;
    expect(stamp(parseDump(page, { ...config, capturedAt: new Date('2024-10-30T12:00:00Z') }))).toMatchObject({ kept: true, role: 'meta' });
    expect(stamp(parseDump(page, config))).toMatchObject({ kept: false, article: 0, reason: expect.stringMatching(/capture time is not recorded/) });
    const dated = ['North Korean troops enter combat in Kursk region', 'Published: Oct. 30, 2024 09:26', '3 hours ago', prose(0), prose(1)].join('\n');
    const line = parseDump(dated, { ...config, capturedAt: new Date('2024-10-30T12:00:00Z') }).lines.find((l) => l.line === 3)!;
    expect(line).toMatchObject({ kept: false, reason: expect.stringMatching(/states its date elsewhere/) });
  });

  it('lets the capturedAt option override the sidecar’s capture time', () => {
    const page = ['North Korean troops enter combat in Kursk region', '2 days ago', prose(0), prose(1)].join('\n');
    const [article] = parseDump(page, { ...config, sidecar: { captured_at: '2024-10-30T12:00:00Z' }, capturedAt: new Date('2024-11-10T12:00:00Z') }).articles;
    expect(article!.date).toBe('2024-11-08');
  });

  it('marks an off-topic article with its reason', () => {
    const page = ['Putin says Russia to seek defense cuts though it depends on war', 'By Jane Doe', 'President Vladimir Putin said Russia would seek to cut defense spending, though it depended on the war in Ukraine.', 'He said the budget would be discussed in parliament next month, officials in Moscow said on Friday.'].join('\n');
    const [article] = parseDump(page, config).articles;
    expect(article).toMatchObject({ on_topic: false, topic_reason: 'off-topic: no mention of North Korea' });
  });

  it('reports a page with no article', () => {
    const result = parseDump('Home\nWorld\nPolitics\n6\nAdvertisement', config);
    expect(result.articles).toEqual([]);
    expect(result.warnings).toEqual(['no article found']);
    expect(result.lines).toHaveLength(5);
  });

  it('calls the trace callback for decisions without changing the result', () => {
    const messages: string[] = [];
    const traced = parseDump(ARTICLE, { ...config, trace: (m) => messages.push(m) });
    expect(traced).toEqual(parseDump(ARTICLE, config));
    expect(messages.some((m) => m.includes('headline'))).toBe(true);
  });

  it('traces what became of every line: its kind, then kept in which role or dropped and why', () => {
    const messages: string[] = [];
    const { lines } = parseDump(ARTICLE, { ...config, trace: (m) => messages.push(m) });
    const fates = messages.filter((m) => / → /.test(m));
    expect(fates).toHaveLength(lines.length);
    expect(fates).toContain('line 1: boilerplate (navigation or interface control) → dropped: navigation or interface control');
    expect(fates).toContain('line 3: title (a short title-like line) → kept as the headline of article 0');
    expect(fates).toContain('line 8: boilerplate (advertising label) → dropped from article 0: advertising label');
  });
});

describe('parseDump: literal text', () => {
  it('keeps {{ }}, {% %} and <script> inside a paragraph literally', () => {
    const hostile = 'Officials wrote {{ 7*7 }} and {% include "x" %} and <script>alert(1)</script> in the leaked memo about North Korean troops, reports said.';
    const page = ['North Korean troops enter combat in Kursk region', 'By Jane Doe', prose(0), hostile, prose(1)].join('\n');
    const [article] = parseDump(page, config).articles;
    expect(article!.parts.map((p) => p.text)).toContain(hostile);
  });

  it('keeps a paragraph holding right-to-left override characters as captured', () => {
    const tricky = 'North Korean soldiers \u202eevah\u202c engaged Ukrainian forces in the Kursk region for the first time, officials said.';
    const page = ['North Korean troops enter combat in Kursk region', 'By Jane Doe', tricky, prose(1)].join('\n');
    const result = parseDump(page, config);
    expectEveryLineExplained(page, result);
    expect(result.articles[0]!.parts.map((p) => p.text)).toContain(tricky);
  });
});

describe('parseDump: never throws', () => {
  const binaryish = Array.from({ length: 3000 }, (_, i) => String.fromCharCode((i * 7919) % 0x2fff)).join('');
  const cases: [string, string][] = [
    ['empty string', ''],
    ['whitespace only', ' \n\t\n\u00a0\u200b\n  '],
    ['a single word', 'Hello'],
    ['a single newline', '\n'],
    ['binary-looking text', binaryish],
    ['control characters', '\u0000\u0001\u0002North\u0007 Korea\u001b[31m'],
    ['right-to-left overrides', '\u202e\u202d\u202c\u2067\u2069 Troops \u202e'],
    ['lone surrogates', 'Troops \ud800 and \udfff in Kursk'],
    ['a 100,000-character line', 'word '.repeat(20000)],
    ['only bullets', '•\n•\n·'],
    ['Korean page', '북한군 러시아 파병\n국가정보원은 북한군이 러시아 쿠르스크 지역에 배치됐다고 밝혔다. 우크라이나 정부도 이를 확인했다고 말했다.'],
    ['only URLs', 'https://a.example/x\nwww.b.example/y'],
    ['1,000 short lines', Array.from({ length: 1000 }, (_, i) => `Item ${i}`).join('\n')],
  ];

  it.each(cases)('%s', (_name, text) => {
    const result = parseDump(text, config);
    expectEveryLineExplained(text, result);
    expect(result.warnings.length > 0 || result.articles.length > 0).toBe(true);
  });

  it('on every sample dump, every line is explained and the result is deterministic', () => {
    for (const fixture of fixtureDumps()) {
      const first = parseDump(fixture.text, config);
      expectEveryLineExplained(fixture.text, first);
      expect(parseDump(fixture.text, config)).toEqual(first);
    }
  });
});

describe('parseDump: 10,000 short lines', () => {
  /** Budget for parsing alone: with repeats found through a map instead of pairwise, this takes about 2 s here. */
  const PARSE_BUDGET_MS = 5_000;
  /** Hard stop for the child process, so a slow parser fails this test instead of the suite's time budget. */
  const KILL_AFTER_MS = 7_000;

  it('parses within the budget, explaining every line, without throwing', async () => {
    const output = await new Promise<string>((resolve, reject) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', path.join(REPO_ROOT, 'tests/helpers/parseManyLines.ts'), '10000'],
        { cwd: REPO_ROOT, timeout: KILL_AFTER_MS, killSignal: 'SIGKILL' },
        (error, stdout, stderr) => (error ? reject(new Error(`parse of 10,000 lines did not finish in ${KILL_AFTER_MS} ms or failed: ${error.message} ${stderr}`)) : resolve(stdout)),
      );
    });
    const report = JSON.parse(output) as { ms: number; lines: number; explained: boolean };
    expect(report.lines).toBe(10000);
    expect(report.explained).toBe(true);
    expect(report.ms).toBeLessThan(PARSE_BUDGET_MS);
  }, 20_000);
});

describe('parseDump: bugs seen end to end', () => {
  it('keeps the headline and reads the date of a page with an ambiguous date stamp and a known publisher', () => {
    const page = ['North Korean troops enter combat in Kursk region', '03/04/2024', prose(0), prose(1)].join('\n');
    const [article] = parseDump(page, { ...config, sidecar: { source: 'BBC News' } }).articles;
    expect(article?.headline).toBe('North Korean troops enter combat in Kursk region');
    expect(article?.date).toBe('2024-04-03');
  });

  it('takes no date from a gallery counter "1/5"', () => {
    const page = ['North Korean troops enter combat in Kursk region', '1/5', prose(0), prose(1)].join('\n');
    const [article] = parseDump(page, { ...config, capturedAt: new Date('2024-10-30T12:00:00Z') }).articles;
    expect(article?.headline).toBe('North Korean troops enter combat in Kursk region');
    expect(article?.date).toBeNull();
  });

  it('does not take the source from an outlet mentioned in unrelated prose outside the article', () => {
    const page = [
      'North Korean troops enter combat in Kursk region', 'By Jane Doe', prose(0), prose(1),
      'Related Articles',
      'Elsewhere, the BBC reported that the storm had moved north, forecasters said.',
    ].join('\n');
    const [article] = parseDump(page, config).articles;
    expect(article?.headline).toBe('North Korean troops enter combat in Kursk region');
    expect(article?.source).toBeNull();
  });

  it('dates an article by its last update when that is all the page states, and warns that it did', () => {
    const page = ['North Korean troops enter combat in Kursk region', 'By Jane Doe', 'Updated 3:12 AM GMT+9, November 5, 2024', prose(0), prose(1)].join('\n');
    const [article] = parseDump(page, config).articles;
    expect(article).toMatchObject({ date: '2024-11-05', datetime: '2024-11-05T03:12:00+09:00', date_source: 'updated-label' });
    expect(article!.warnings).toContain('the page states only when it was last updated: that is the date given');
  });

  it("takes the source from a masthead in small letters on the page's first lines, and only there", () => {
    const story = ['North Korean troops enter combat in Kursk region', 'By Jane Doe', 'Published: Oct. 30, 2024', prose(0), prose(1)];
    const [masthead] = parseDump(['hankyoreh', 'English edition', ...story].join('\n'), config).articles;
    expect(masthead?.source).toBe('The Hankyoreh');
    // Lower down, a registry name in small letters is as often a menu's word.
    const menu = (name: string) => ['Home', 'Politics', 'World', name, 'Sports', ...story].join('\n');
    expect(parseDump(menu('the hill'), config).articles[0]?.source).toBeNull();
    expect(parseDump(menu('The Hill'), config).articles[0]?.source).toBe('The Hill');
  });

  it('keeps a sentence opening "By Wednesday," in the body and invents no byline from it', () => {
    const sentence = 'By Wednesday, the troops were near Kursk.';
    const page = ['North Korean troops enter combat in Kursk region', 'Oct. 30, 2024', prose(0), sentence, prose(1)].join('\n');
    const [article] = parseDump(page, config).articles;
    expect(article!.byline).toBeNull();
    expect(article!.parts.map((p) => p.text)).toContain(sentence);
  });

  it("reads the date and the writer from a blog's post line: the date with its comment count, category and writer", () => {
    const headline = 'North Korean Troops Reach the Front Line Near Kursk';
    const page = [headline, 'October 15, 2024/0 Comments/in World News /by Jane Doe', prose(0), prose(1)].join('\n');
    const [article] = parseDump(page, config).articles;
    expect(article).toMatchObject({ headline, date: '2024-10-15', byline: 'Jane Doe' });
  });

  it('keeps the headline of a French page over its "Par" byline, and reads the writer', () => {
    const headline = 'Des troupes nord-coréennes au combat près de Koursk';
    const page = [
      headline, 'Par Jean Dupont', '30 octobre 2024',
      'Des soldats nord-coréens ont pour la première fois combattu les forces ukrainiennes dans la région de Koursk, selon des responsables à Kiev.',
      'Selon le renseignement, environ dix mille soldats ont été envoyés en Russie en octobre pour participer aux combats.',
    ].join('\n');
    const [article] = parseDump(page, config).articles;
    expect(article).toMatchObject({ headline, byline: 'Jean Dupont', date: '2024-10-30' });
  });

  it('reads a Korean date line as the date, not as the headline', () => {
    const headline = '북한군, 쿠르스크서 첫 교전';
    const page = [
      headline, '2024년 10월 30일 오후 2시 5분',
      '북한군이 처음으로 러시아 쿠르스크 지역에서 우크라이나군과 교전을 벌였다고 우크라이나 당국자들이 목요일 밝혔다.',
      '정보 당국에 따르면 약 1만 명의 북한군이 10월 러시아로 이동해 전투에 참여하고 있다.',
    ].join('\n');
    const [article] = parseDump(page, { ...config, sidecar: { source: 'Yonhap' } }).articles;
    expect(article).toMatchObject({ headline, date: '2024-10-30', datetime: '2024-10-30T14:05:00+09:00' });
  });

  it('reads a byline signing the article off right after its body, and none past a box of links', () => {
    const page = (tail: string[]) => ['North Korean troops enter combat in Kursk region', 'Oct. 30, 2024', prose(0), prose(1), ...tail].join('\n');
    expect(parseDump(page(['By Jane Doe', 'Related Articles', 'Troops dig in near Kursk']), config).articles[0]?.byline).toBe('Jane Doe');
    expect(parseDump(page(['김철수 기자 kimcs@yna.co.kr']), config).articles[0]?.byline).toBe('김철수');
    expect(parseDump(page(['Related Articles', 'By Jane Doe']), config).articles[0]?.byline).toBeNull();
    // The header's byline wins over a signature.
    const signed = ['North Korean troops enter combat in Kursk region', 'By John Roe', 'Oct. 30, 2024', prose(0), prose(1), 'By Jane Doe'].join('\n');
    expect(parseDump(signed, config).articles[0]?.byline).toBe('John Roe');
  });

  it('keeps the headline, date and body of a Korean page with its photo credit, related links and copyright', () => {
    const headline = '북한군, 쿠르스크서 첫 교전';
    const page = [
      '홈', '정치', '북한', headline, '입력 2024.10.30 14:05', '공유하기', '사진=연합뉴스',
      '북한군이 처음으로 러시아 쿠르스크 지역에서 우크라이나군과 교전을 벌였다고 우크라이나 당국자들이 목요일 밝혔다.',
      '정보 당국에 따르면 약 1만 명의 북한군이 10월 러시아로 이동해 전투에 참여하고 있다.',
      '김철수 기자 kimcs@yna.co.kr', '저작권자 © 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지', '관련기사', '젤렌스키, 북한군 파병에 동맹국 대응 촉구',
    ].join('\n');
    const [article] = parseDump(page, { ...config, sidecar: { source: 'Yonhap' } }).articles;
    expect(article).toMatchObject({ headline, date: '2024-10-30', byline: '김철수' });
    expect(article!.parts.map((p) => p.text)).toEqual([
      '북한군이 처음으로 러시아 쿠르스크 지역에서 우크라이나군과 교전을 벌였다고 우크라이나 당국자들이 목요일 밝혔다.',
      '정보 당국에 따르면 약 1만 명의 북한군이 10월 러시아로 이동해 전투에 참여하고 있다.',
    ]);
  });

  it("reads a Korean agency's dateline: the reporter as the byline, the agency as the source", () => {
    const page = [
      '북한군, 쿠르스크서 첫 교전', '2024. 10. 30. 오후 2:05',
      '(서울=연합뉴스) 김철수 기자 = 북한군이 처음으로 러시아 쿠르스크 지역에서 우크라이나군과 교전을 벌였다고 우크라이나 당국자들이 30일 밝혔다.',
      '정보 당국에 따르면 약 1만 명의 북한군이 10월 러시아로 이동해 전투에 참여하고 있다.',
    ].join('\n');
    const [article] = parseDump(page, config).articles;
    expect(article).toMatchObject({ headline: '북한군, 쿠르스크서 첫 교전', byline: '김철수', source: 'Yonhap', date: '2024-10-30', on_topic: true });
    expect(article!.tags).toEqual(expect.arrayContaining(['North Korea', 'Kursk', 'Russia', 'Ukraine']));
  });

  it("takes a photo's caption printed under its credit, between the date and the body, for no headline", () => {
    const headline = "Pyongyang's soldiers head west, U.S. says";
    const page = [
      headline, 'Updated: Oct. 31, 2024', 'Published: Oct. 30, 2024', 'Share', 'Photo: Reuters', 'North Korean troops on a road near Kursk',
      'SEOUL, Oct. 30 (Yonhap) -- North Korean troops have moved to the Kursk region, officials said on Wednesday, citing intelligence.',
      prose(1),
    ].join('\n');
    expect(parseDump(page, config).articles[0]).toMatchObject({ headline, date: '2024-10-30' });
  });

  it("takes a Russian agency's dateline for the article's source", () => {
    const page = [
      'Пентагон: военные КНДР переброшены в Курскую область', '14:05 30.10.2024',
      'МОСКВА, 30 окт — РИА Новости. Военные КНДР переброшены в Курскую область, заявила официальный представитель Пентагона.',
      '«Мы считаем, что около десяти тысяч северокорейских военных сейчас находятся в России», — сказала она журналистам.',
    ].join('\n');
    const [article] = parseDump(page, config).articles;
    expect(article).toMatchObject({ source: 'RIA Novosti', byline: 'РИА Новости', date: '2024-10-30', on_topic: true });
  });
});
