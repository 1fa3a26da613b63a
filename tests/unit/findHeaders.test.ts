// findHeaders: which title lines open an article (headline evidence and strength), grouped with their repeats; captions and article-ending labels.
import { beforeAll, describe, expect, it } from 'vitest';
import { closesArticle, endsArticle, findHeaders, HEADER_THRESHOLD, isCaptionBefore, isHeaderFurniture } from '../../src/ingest/findHeaders.ts';
import type { Registry } from '../../src/publishers/registry.ts';
import { archiveConfig } from '../helpers/archiveConfig.ts';
import { classifyLines, prose } from '../helpers/pipeline.ts';

let registry: Registry;
beforeAll(async () => {
  registry = (await archiveConfig()).registry;
});

const headersOf = (lines: string[]) => findHeaders(classifyLines(lines, registry));

describe('findHeaders', () => {
  it("goes on past the headline's standfirst printed as a title right under it, to the date and the body", () => {
    const groups = headersOf(['Kim Jong Un’s soldiers go to war for Vladimir Putin', 'North Korea’s dictator gets combat experience, cash and perhaps much more', 'Nov 7th 2024|Seoul', prose(0), prose(1)]);
    // The headline heads the article, with the date as its evidence; the standfirst, a title too, leads on to the same
    // body, and segmentation keeps the first header.
    expect(groups[0]!.first.text).toBe('Kim Jong Un’s soldiers go to war for Vladimir Putin');
    expect(groups[0]!.evidence).toContain('meta');
  });

  it('finds the one headline of a simple article page, with meta evidence', () => {
    const groups = headersOf(['Home', 'North Korean troops enter combat in Kursk region', 'By Jane Doe', 'Oct. 30, 2024', prose(0), prose(1)]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.first.text).toBe('North Korean troops enter combat in Kursk region');
    expect(groups[0]!.evidence).toEqual(expect.arrayContaining(['firstOnPage', 'meta', 'headlineLength']));
    expect(groups[0]!.strength).toBeGreaterThanOrEqual(HEADER_THRESHOLD);
  });

  it('groups a headline printed twice with meta between into one header', () => {
    const groups = headersOf(['Troops enter Kursk', 'By Jane Doe', 'Oct. 30, 2024', 'Troops enter Kursk', prose(0), prose(1)]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.members.map((m) => m.line)).toEqual([1, 4]);
    expect(groups[0]!.evidence).toContain('repeated');
  });

  it('finds each teaser of a listing page, separated by a comment count', () => {
    const groups = headersOf([
      'www.example.com North Korean troops reach the front in Kursk region', prose(0), prose(1),
      '12',
      'www.nbcnews.com Pentagon says thousands of North Korean troops are in Russia', prose(2), prose(3),
    ]);
    expect(groups.map((g) => g.first.titleText)).toEqual([
      'North Korean troops reach the front in Kursk region',
      'Pentagon says thousands of North Korean troops are in Russia',
    ]);
    for (const g of groups) expect(g.evidence).toContain('domainTitle');
  });

  it('does not open an article at a short heading inside running prose', () => {
    const groups = headersOf(['North Korean troops enter combat in Kursk region', prose(0), prose(1), 'SYMBOLIC?', prose(3)]);
    expect(groups.map((g) => g.first.text)).toEqual(['North Korean troops enter combat in Kursk region']);
  });

  it('takes the nearest title above the first prose as the main headline, not the menu above it', () => {
    const groups = headersOf(['World', 'Politics', 'Business', 'Ukraine urges allies to act as troops mass near Kursk', prose(0), prose(1)]);
    expect(groups.map((g) => g.first.text)).toEqual(['Ukraine urges allies to act as troops mass near Kursk']);
    expect(groups[0]!.evidence).toContain('firstOnPage');
  });

  it('counts an agency dateline in the first paragraph as evidence', () => {
    const groups = headersOf([
      'Headline of the page above this story', prose(4), prose(5),
      '93',
      'Defense ministry rules out conscription',
      "SEOUL, Jan. 30 (Yonhap) -- The defense ministry said Tuesday it is not considering conscripting women for the country's military service.",
      prose(3),
    ]);
    const ministry = groups.find((g) => g.first.text === 'Defense ministry rules out conscription');
    expect(ministry?.evidence).toEqual(expect.arrayContaining(['dateline', 'afterBreak']));
  });

  it('finds no header on a page of prose alone or of menus alone', () => {
    expect(headersOf([prose(0), prose(1), prose(2)])).toEqual([]);
    expect(headersOf(['World', 'Politics', 'Business', 'Sport'])).toEqual([]);
  });
});

describe('header furniture, captions and article ends', () => {
  it('lets meta, captions, URLs and non-ending boilerplate sit between a headline and its text', () => {
    const blocks = classifyLines(['By Jane Doe', 'https://example.com/a', 'Advertisement', 'Related Articles', prose(0)], registry);
    expect(blocks.map(isHeaderFurniture)).toEqual([true, true, true, false, false]);
  });

  it('knows which labels end an article', () => {
    const blocks = classifyLines(['Related Articles', 'Most Popular', 'Comments', 'Advertisement', 'Link copied', 'Skip Navigation'], registry);
    expect(blocks.map(endsArticle)).toEqual([true, true, true, false, false, false]);
  });

  it('knows which labels close an article for good: its tags and comments, not a box of related links', () => {
    const blocks = classifyLines(['Tags', 'Filed under:', 'Topics', 'Comments', 'Related Articles', 'Most Popular'], registry);
    expect(blocks.map(endsArticle)).toEqual([true, true, true, true, true, true]);
    expect(blocks.map(closesArticle)).toEqual([true, true, true, true, false, false]);
  });

  it('takes a credited paragraph for a caption when prose follows it, and for text when nothing does', () => {
    const credited = `${prose(0)} Photo: Str/Agence France-Presse/Getty Images`;
    const followed = classifyLines([credited, 'Headline Between Here', prose(1)], registry);
    expect(isCaptionBefore(followed, followed[0]!)).toBe(true);
    const alone = classifyLines([credited, 'Related Articles', prose(1)], registry);
    expect(isCaptionBefore(alone, alone[0]!)).toBe(false);
    const plain = classifyLines([prose(2), prose(1)], registry);
    expect(isCaptionBefore(plain, plain[0]!)).toBe(false);
  });
});
