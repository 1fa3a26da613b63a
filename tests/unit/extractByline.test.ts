// extractByline: a "By" line, an "Outlet's Name reports." sentence, or the agency of a dateline; null when none is stated.
import { beforeAll, describe, expect, it } from 'vitest';
import { extractByline } from '../../src/ingest/extractByline.ts';
import type { Registry } from '../../src/publishers/registry.ts';
import { archiveConfig } from '../helpers/archiveConfig.ts';
import { classifyLines, prose, spanOf } from '../helpers/pipeline.ts';

let registry: Registry;
beforeAll(async () => {
  registry = (await archiveConfig()).registry;
});

const withMeta = (lines: string[]) => spanOf({ metaBlocks: classifyLines(lines, registry) });

describe('extractByline', () => {
  it('reads a "By" line', () => {
    expect(extractByline(withMeta(['By Jane Doe']), [prose(0)])).toEqual({ byline: 'Jane Doe', outletName: null, rule: 'by-line' });
  });

  it('cuts the outlet or job title after the name', () => {
    expect(extractByline(withMeta(['By Jane Doe | Reuters']), [])?.byline).toBe('Jane Doe');
    expect(extractByline(withMeta(['By Jane Doe, staff writer']), [])?.byline).toBe('Jane Doe');
    expect(extractByline(withMeta(['By Kim Min-ji • Oct. 30']), [])?.byline).toBe('Kim Min-ji');
    expect(extractByline(withMeta(['By Kim Min-ji - Staff Writer']), [])?.byline).toBe('Kim Min-ji');
  });

  it("cuts the writer's e-mail address printed after the name, bracketed or not", () => {
    expect(extractByline(withMeta(['By LEE HYUN-JUNG [lee.hyunjung@joongang.co.kr]']), [])?.byline).toBe('LEE HYUN-JUNG');
    expect(extractByline(withMeta(['By Jane Doe (jane.doe@example.com)']), [])?.byline).toBe('Jane Doe');
    expect(extractByline(withMeta(['By Jane Doe jane.doe@example.com']), [])?.byline).toBe('Jane Doe');
  });

  it('keeps several authors', () => {
    expect(extractByline(withMeta(['By Jane Doe and John Roe']), [])?.byline).toBe('Jane Doe and John Roe');
  });

  it('reads "WSJ\'s Jane Doe reports." closing the first or last paragraph, with the outlet', () => {
    const first = `North Korea may send more troops to Russia as early as July, South Korean lawmakers claim. WSJ's Jane Doe reports.`;
    expect(extractByline(spanOf({}), [first])).toEqual({ byline: 'Jane Doe', outletName: 'WSJ', rule: 'reports-sentence' });
    expect(extractByline(spanOf({}), [prose(0), prose(1), "Reuters' Tom Balmforth reports"])).toMatchObject({ byline: 'Tom Balmforth', outletName: 'Reuters' });
  });

  it('reads the agency of a dateline', () => {
    const paragraph = 'SEOUL, Jan. 30 (Yonhap) -- The defense ministry said Tuesday it is not considering conscripting women.';
    expect(extractByline(spanOf({}), [paragraph])).toEqual({ byline: 'Yonhap', outletName: 'Yonhap', rule: 'dateline' });
    const tass = 'MOSCOW, November 5. /TASS/. The Kremlin has nothing to add to what President Putin said earlier.';
    expect(extractByline(spanOf({}), [tass])).toEqual({ byline: 'TASS', outletName: 'TASS', rule: 'dateline' });
  });

  it("reads the reporter of a Korean agency's dateline as the byline, and the agency as the credit", () => {
    const paragraph = '(서울=연합뉴스) 김철수 기자 = 북한군이 처음으로 러시아 쿠르스크 지역에서 교전을 벌였다.';
    expect(extractByline(spanOf({}), [paragraph])).toEqual({ byline: '김철수', outletName: '연합뉴스', rule: 'dateline' });
    expect(extractByline(spanOf({}), ['(서울=연합뉴스) 북한군이 처음으로 교전을 벌였다.'])?.byline).toBe('연합뉴스');
  });

  it("reads the agency of a Russian or Ukrainian dateline, after a dash or between slashes", () => {
    const ria = 'МОСКВА, 30 окт — РИА Новости. Военные КНДР переброшены в Курскую область, заявили в Пентагоне.';
    expect(extractByline(spanOf({}), [ria])).toEqual({ byline: 'РИА Новости', outletName: 'РИА Новости', rule: 'dateline' });
    const tass = 'МОСКВА, 30 октября. /ТАСС/. Военные КНДР переброшены в Курскую область.';
    expect(extractByline(spanOf({}), [tass])?.outletName).toBe('ТАСС');
    const ukrinform = 'КИЇВ, 30 жовтня — Укрінформ. Північнокорейські військові прибули на Курщину.';
    expect(extractByline(spanOf({}), [ukrinform])?.outletName).toBe('Укрінформ');
  });

  it('reads no agency from a Russian story that opens with its place and date but names none', () => {
    expect(extractByline(spanOf({}), ['ХАРЬКОВ, 30 окт — Взрывы прогремели в центре города ночью.'])).toBeNull();
    expect(extractByline(spanOf({}), ['КИЕВ, 30 октября — украинские военные сообщили о боях.'])).toBeNull();
  });

  it('prefers a "By" line over a dateline', () => {
    const paragraph = 'SEOUL, Jan. 30 (Yonhap) -- The defense ministry said Tuesday it is not considering conscripting women.';
    expect(extractByline(withMeta(['By Jane Doe']), [paragraph])?.byline).toBe('Jane Doe');
  });

  it('invents nothing when no author is stated', () => {
    expect(extractByline(withMeta(['Oct. 30, 2024', 'NBC News']), [prose(0), prose(1)])).toBeNull();
    expect(extractByline(spanOf({}), [])).toBeNull();
  });

  it('does not read "reports" in the middle of a paragraph as a credit', () => {
    expect(extractByline(spanOf({}), ["The agency's Jane Doe reports that troops moved north, officials said on Tuesday."])).toBeNull();
  });
});
