// extractTags: canonical entity tags from the article's own text, aliases folded, case-sensitive acronyms, ranked by salience.
import { beforeAll, describe, expect, it } from 'vitest';
import { compileGazetteer, extractTags, gazetteerSchema, MAX_TAGS, type Gazetteer } from '../../src/ingest/extractTags.ts';
import { parseDump } from '../../src/ingest/parseDump.ts';
import type { ArchiveConfig } from '../../src/store/loadArchiveConfig.ts';
import { archiveConfig } from '../helpers/archiveConfig.ts';
import { prose } from '../helpers/pipeline.ts';

let config: ArchiveConfig;
let gazetteer: Gazetteer;
beforeAll(async () => {
  config = await archiveConfig();
  gazetteer = config.gazetteer;
});

const tags = (headline: string, paragraphs: string[], summary: string | null = null) => extractTags({ headline, summary, paragraphs }, gazetteer);

describe('extractTags', () => {
  it('folds Zelenskiy, Zelenskyy and Zelensky into one tag, Volodymyr Zelensky', () => {
    expect(tags('Zelenskiy urges allies', ['Zelenskyy said on Friday.', 'Volodymyr Zelensky repeated it.'])).toEqual(['Volodymyr Zelensky']);
  });

  it.each([
    ['Russian', 'Северокорейские войска под Курском', ['Солдаты КНДР воюют в Курской области, заявил Зеленский.']],
    ['Ukrainian', 'Північнокорейські війська на Курщині', ['Солдати КНДР воюють у Курській області, заявив Зеленський.']],
    ['Korean', '북한군, 쿠르스크서 첫 교전', ['북한군이 쿠르스크에서 교전했다고 젤렌스키 대통령이 밝혔다.']],
    ['Japanese', '北朝鮮軍、クルスクで初の交戦', ['約1万人の北朝鮮兵がクルスク州で交戦したと、ゼレンスキー大統領が述べた。']],
    ['German', 'Nordkoreanische Truppen bei Kursk', ['Nordkoreanische Soldaten kämpfen in Kursk, sagte Selenskyj.']],
  ])('gives an article in %s the same tags as one in English', (_language, headline, paragraphs) => {
    expect(tags(headline, paragraphs)).toEqual(expect.arrayContaining(['North Korea', 'Kursk', 'Volodymyr Zelensky']));
  });

  it('folds N. Korea and DPRK into North Korea', () => {
    expect(tags('N. Korea sends troops', ['There is evidence of DPRK troops, officials said.'])).toEqual(['North Korea']);
  });

  it('matches "US" only as written: "us" is not the United States', () => {
    expect(tags('Let us look', ['They told us nothing.'])).toEqual([]);
    expect(tags('Troops', ['The US said so.'])).toEqual(['United States']);
    expect(tags('Troops', ['The Us said so.'])).toEqual([]);
  });

  it('matches long names in capitals (an all-caps headline)', () => {
    expect(tags('NORTH KOREA SENDS TROOPS', [])).toEqual(['North Korea']);
  });

  it('does not read the "UN" of an all-caps "KIM JONG UN" as the United Nations', () => {
    expect(tags('KIM JONG UN SENDS TROOPS TO KURSK', [])).not.toContain('United Nations');
  });

  it('ranks by salience: headline and first paragraph before a passing mention', () => {
    const result = tags('Kim Jong Un visits troops', [
      'North Korean leader Kim Jong Un met soldiers bound for Russia, state media said.',
      'Seoul said the move was dangerous. Seoul called for restraint. Seoul will respond.',
      'Tokyo said it was watching.',
    ]);
    expect(result[0]).toBe('Kim Jong Un');
    expect(result.indexOf('Japan')).toBe(result.length - 1);
    expect(result).toEqual(expect.arrayContaining(['North Korea', 'Russia', 'Seoul', 'Japan']));
  });

  it('does not tag a name that appears only in part (a family name alone)', () => {
    expect(tags('Troops', ['Mr. Austin said the troops were in Russia.'])).not.toContain('Lloyd Austin');
  });

  it("tags names the gazetteer lacks after its own, and never a news outlet's name", () => {
    const paragraphs = ['Marta Kovalchuk said North Korean troops were in Russia, the Associated Press reported.', 'Marta Kovalchuk added that the Associated Press had it right.'];
    const isOutlet = (name: string) => name === 'Associated Press';
    expect(extractTags({ headline: 'Front', summary: null, paragraphs }, gazetteer, isOutlet)).toEqual(['North Korea', 'Russia', 'Marta Kovalchuk']);
  });

  it('returns no tags for text with no known entity', () => {
    expect(tags('Weather', ['It rained all day in the valley, the forecasters said.'])).toEqual([]);
  });

  it('keeps at most MAX_TAGS tags', () => {
    const all = [...new Set(gazetteer.nameOf.values())].join('. ');
    expect(tags('All', [all]).length).toBeLessThanOrEqual(MAX_TAGS);
  });

  it('works with any gazetteer given inline', () => {
    const tiny = compileGazetteer({ entities: [{ name: 'Grace Hopper', type: 'person', aliases: ['Admiral Hopper'], caseSensitiveAliases: ['GH'] }] });
    expect(extractTags({ headline: 'Admiral Hopper speaks', summary: null, paragraphs: ['gh said nothing.'] }, tiny)).toEqual(['Grace Hopper']);
  });

  it('takes no tag from page text outside the article', () => {
    const page = [
      'Vladimir Putin news',
      'Kim Yo Jong latest',
      'North Korean troops enter combat in Kursk region',
      'By Jane Doe',
      prose(0),
      prose(1),
      'Related Articles',
      'Xi Jinping meets Joe Biden in Lima, where the two leaders discussed trade and security for hours on Saturday.',
    ].join('\n');
    const result = parseDump(page, config);
    const article = result.articles.find((a) => a.headline === 'North Korean troops enter combat in Kursk region');
    expect(article).toBeDefined();
    expect(article!.tags).toEqual(expect.arrayContaining(['North Korea', 'Kursk', 'Ukraine']));
    for (const outside of ['Vladimir Putin', 'Kim Yo Jong', 'Xi Jinping', 'Joe Biden']) expect(article!.tags).not.toContain(outside);
  });
});

describe('gazetteerSchema', () => {
  it('refuses a name holding half of a surrogate pair, which would match half a character', () => {
    const entity = (alias: string) => ({ entities: [{ name: 'Kim Jong Un', type: 'person', aliases: [alias] }] });
    expect(gazetteerSchema.safeParse(entity('Kim \ud83d')).success).toBe(false);
    expect(gazetteerSchema.safeParse(entity('Kim 😀')).success).toBe(true);
  });
});
