// segmentArticles: small synthetic pages cut into article spans (headline, meta, summary, body, headings) with a reason for every block left out.
import { beforeAll, describe, expect, it } from 'vitest';
import { HEADLESS_MIN_CHARS } from '../../src/ingest/segmentArticles.ts';
import type { ArticleSpan, ClassifiedBlock } from '../../src/ingest/types.ts';
import type { Registry } from '../../src/publishers/registry.ts';
import { archiveConfig } from '../helpers/archiveConfig.ts';
import { prose, segmentLines } from '../helpers/pipeline.ts';

let registry: Registry;
beforeAll(async () => {
  registry = (await archiveConfig()).registry;
});

const segment = (lines: string[]) => segmentLines(lines, registry);
const texts = (blocks: ClassifiedBlock[]) => blocks.map((b) => b.text);
const bodyTexts = (span: ArticleSpan) => span.body.map((p) => (p.role === 'heading' ? `## ${p.block.text}` : p.block.text));

/** Every block lands in exactly one place: a span (headline, meta, URL, summary, body, dropped) or outside. */
function placements(lines: string[]): Map<number, number> {
  const { blocks, seg } = segment(lines);
  const count = new Map<number, number>(blocks.map((b) => [b.index, 0]));
  const add = (b: ClassifiedBlock) => count.set(b.index, (count.get(b.index) ?? 0) + 1);
  for (const span of seg.spans) {
    span.headlineBlocks.forEach(add);
    span.metaBlocks.forEach(add);
    span.urlBlocks.forEach(add);
    if (span.summary) add(span.summary);
    span.body.forEach((p) => add(p.block));
    span.dropped.forEach((d) => add(d.block));
  }
  seg.outside.forEach((o) => add(o.block));
  return count;
}

describe('segmentArticles: one article', () => {
  const page = ['Skip Navigation', 'Home', 'North Korean troops enter combat in Kursk region', 'By Jane Doe', 'Published: Oct. 30, 2024', prose(0), prose(1)];

  it('reads headline, byline, date and body', () => {
    const { seg } = segment(page);
    expect(seg.spans).toHaveLength(1);
    const span = seg.spans[0]!;
    expect(span.headline?.text).toBe('North Korean troops enter combat in Kursk region');
    expect(texts(span.metaBlocks)).toEqual(['By Jane Doe', 'Published: Oct. 30, 2024']);
    expect(bodyTexts(span)).toEqual([prose(0), prose(1)]);
    expect(span.summary).toBeNull();
  });

  it('drops the chrome above it with the furniture reason', () => {
    const { seg } = segment(page);
    expect(seg.outside.map((o) => [o.block.text, o.reason])).toEqual([
      ['Skip Navigation', 'navigation or interface control'],
      ['Home', 'navigation or interface control'],
    ]);
  });

  it('keeps a headline printed twice as one headline, with the meta between', () => {
    const { seg } = segment(['Troops enter Kursk', 'By Jane Doe', 'Oct. 30, 2024', 'Troops enter Kursk', prose(0), prose(1)]);
    const span = seg.spans[0]!;
    expect(span.headlineBlocks.map((b) => b.line).sort((a, b) => a - b)).toEqual([1, 4]);
    expect(span.headline?.text).toBe('Troops enter Kursk');
    expect(texts(span.metaBlocks)).toEqual(['By Jane Doe', 'Oct. 30, 2024']);
    expect(bodyTexts(span)).not.toContain('Troops enter Kursk');
  });

  it('does not split the article at an inline "Advertisement" between paragraphs', () => {
    const { seg } = segment(['North Korean troops enter combat in Kursk region', 'By Jane Doe', prose(0), 'Advertisement', prose(1), prose(2)]);
    expect(seg.spans).toHaveLength(1);
    expect(bodyTexts(seg.spans[0]!)).toEqual([prose(0), prose(1), prose(2)]);
    expect(seg.spans[0]!.dropped.map((d) => [d.block.text, d.reason])).toEqual([['Advertisement', 'advertising label']]);
  });

  it('ends the article at "Related Articles"; prose after it is outside', () => {
    const { seg } = segment(['North Korean troops enter combat in Kursk region', prose(0), prose(1), 'Related Articles', 'Another story about something else', prose(4)]);
    expect(seg.spans).toHaveLength(1);
    expect(bodyTexts(seg.spans[0]!)).toEqual([prose(0), prose(1)]);
    const after = seg.outside.map((o) => o.block.text);
    expect(after).toEqual(expect.arrayContaining(['Related Articles', prose(4)]));
    expect(seg.outside.find((o) => o.block.text === prose(4))?.reason).toMatch(/under no headline/);
  });

  it('drops a menu of short title lines before the headline, with a reason', () => {
    const { seg } = segment(['World', 'Politics', 'Business', 'Sport', 'Ukraine urges allies to act as troops mass near Kursk', prose(0), prose(1)]);
    expect(seg.spans[0]!.headline?.text).toBe('Ukraine urges allies to act as troops mass near Kursk');
    const menu = seg.outside.filter((o) => ['World', 'Politics', 'Business', 'Sport'].includes(o.block.text));
    expect(menu).toHaveLength(4);
    for (const m of menu) expect(m.reason).toMatch(/title-like line before the first article/);
  });

  it('places every block exactly once', () => {
    const lines = ['Menu', 'Troops enter Kursk', 'By Jane Doe', 'Troops enter Kursk', prose(0), 'Advertisement', prose(1), 'SYMBOLIC?', prose(2), 'https://example.com/troops-enter-kursk', 'Related Articles', 'Other', prose(3)];
    const counts = placements(lines);
    expect([...counts.values()].every((n) => n === 1), JSON.stringify([...counts])).toBe(true);
    expect(counts.size).toBe(lines.length);
  });
});

// The pages below put a byline between headline and text: a short first paragraph directly under the headline of a
// page with three or more paragraphs is taken for a standfirst (see the summary tests), which these tests do not probe.
describe('segmentArticles: section headings', () => {
  it('keeps a short capitalised line between paragraphs as a heading', () => {
    const { seg } = segment(['North Korean troops enter combat in Kursk region', 'By Jane Doe', prose(0), prose(1), 'SYMBOLIC?', prose(3), 'What Comes Next', prose(4)]);
    expect(bodyTexts(seg.spans[0]!)).toEqual([prose(0), prose(1), '## SYMBOLIC?', prose(3), '## What Comes Next', prose(4)]);
  });

  it('drops a long all-caps line between paragraphs as a link to another story', () => {
    const link = 'NATO CONFIRMS NORTH KOREAN TROOPS ARE NOW FIGHTING IN RUSSIA';
    const { seg } = segment(['North Korean troops enter combat in Kursk region', 'By Jane Doe', prose(0), prose(1), link, prose(3)]);
    const span = seg.spans[0]!;
    expect(bodyTexts(span)).toEqual([prose(0), prose(1), prose(3)]);
    expect(span.dropped.find((d) => d.block.text === link)?.reason).toMatch(/link to another story/);
  });

  it('drops a long title-case line between paragraphs as a link to another story', () => {
    const link = 'Why The Deployment Of North Korean Troops Could Change The Course Of The War In Europe';
    const { seg } = segment(['North Korean troops enter combat in Kursk region', 'By Jane Doe', prose(0), prose(1), link, prose(3)]);
    expect(seg.spans[0]!.dropped.find((d) => d.block.text === link)?.reason).toMatch(/too long for a heading/);
  });
});

describe('segmentArticles: a date stamp above the headline', () => {
  it('takes the date above the headline into the article across share buttons between them', () => {
    const { seg } = segment(['Politics', 'Sport', '', 'October 9, 2018 at 9:40 am', 'Tweet', 'Share on Facebook', 'Saraki, Melaye, Ben Bruce Drag IGP Idris to Court', '', prose(0), '', prose(1)]);
    expect(texts(seg.spans[0]!.metaBlocks)).toEqual(['October 9, 2018 at 9:40 am']);
  });

  it("does not reach across the site's navigation for it: the menu can carry today's date", () => {
    const { seg } = segment(['Monday, November 18, 2019', 'Home', 'Saraki, Melaye, Ben Bruce Drag IGP Idris to Court', '', prose(0), '', prose(1)]);
    expect(seg.spans[0]!.metaBlocks).toEqual([]);
  });
});

describe('segmentArticles: a date among names and links in the header', () => {
  const header = 'Carlos Nadalim 27/09/2018 Comente! Alfabetização, Brinquedos e Brincadeiras, Música';

  it('dates the article by a header line holding one full date, when the header has no date line', () => {
    const { seg } = segment(['Uma palinha das brincadeiras musicais', header, '', prose(0), '', prose(1), '', prose(2)]);
    const span = seg.spans[0]!;
    expect(span.metaBlocks.map((b) => [b.text, b.meta?.dateText, b.reason])).toEqual([[header, header, 'a date with names or links around it, in the article header']]);
    expect(seg.outside.map((o) => o.block.text)).not.toContain(header);
  });

  it('leaves such a line alone when a date line dates the article, or when its date has no year', () => {
    const dated = segment(['Uma palinha das brincadeiras musicais', 'Sept. 28, 2018', header, '', prose(0), '', prose(1), '', prose(2)]).seg.spans[0]!;
    expect(dated.metaBlocks.map((b) => b.text)).toEqual(['Sept. 28, 2018']);
    const yearless = segment(['Uma palinha das brincadeiras musicais', 'Carlos Nadalim Sept. 27 Comente! Alfabetização, Música', '', prose(0), '', prose(1), '', prose(2)]).seg.spans[0]!;
    expect(yearless.metaBlocks).toEqual([]);
  });
});

describe('segmentArticles: lines introducing an embed', () => {
  it('keeps the line introducing photos or a video in the body, between paragraphs or as its last line', () => {
    // Blank lines between: lines right under a line ending in a colon would be its list.
    const { seg } = segment(['Stock car calendar for the season', 'By Jane Doe', prose(0), '', 'Watch the video below:', '', prose(1), '', prose(2), '', 'See more photos:', '', 'Tags:', 'Kursk']);
    expect(bodyTexts(seg.spans[0]!)).toEqual([prose(0), 'Watch the video below:', prose(1), prose(2), 'See more photos:']);
  });
});

describe('segmentArticles: footnotes', () => {
  const page = (...after: string[]) => ['Stock car calendar for the season', 'By Jane Doe', prose(0), prose(1), prose(2), ...after];

  it('keeps the footnotes right under the body as its last lines', () => {
    const notes = ['* Calendar subject to change by the organiser', '** Dates announced by the series in January'];
    const { seg } = segment(page(notes[0]!, '', notes[1]!, 'https://example.com/calendar', 'Related Articles'));
    expect(bodyTexts(seg.spans[0]!)).toEqual([prose(0), prose(1), prose(2), ...notes]);
    expect(texts(seg.spans[0]!.urlBlocks)).toEqual(['https://example.com/calendar']);
  });

  it('takes no section break, no one-word note and no note after other lines for a footnote', () => {
    const { seg } = segment(page('* * *', '*Sponsored', 'Most Popular', '* Calendar subject to change by the organiser'));
    expect(bodyTexts(seg.spans[0]!)).toEqual([prose(0), prose(1), prose(2)]);
  });
});

describe('segmentArticles: a photo inside the body', () => {
  it("steps over a photo's caption and credit as one interruption, keeping the heading after them", () => {
    const { seg } = segment([
      'North Korean troops enter combat in Kursk region', 'By Jane Doe', '', prose(0), '', prose(1), '',
      'Staffers Say Prison Suicides Were Rising',
      'This March 28, 2017, file photo, provided by the registry shows the prison.',
      'New York State Sex Offender Registry via AP',
      'Removed From Suicide Watch', '', prose(2), '', prose(3),
    ]);
    const body = bodyTexts(seg.spans[0]!);
    expect(body).toEqual([prose(0), prose(1), '## Removed From Suicide Watch', prose(2), prose(3)]);
  });
});

describe('segmentArticles: summaries', () => {
  it('takes a short standfirst directly under the headline as the summary', () => {
    const dek = 'Kyiv wants partners to strike before the soldiers reach the front.';
    const { seg } = segment(['Ukraine urges allies to act as troops mass near Kursk', dek, 'By John Roe', prose(0), prose(1), prose(2)]);
    const span = seg.spans[0]!;
    expect(span.summary?.text).toBe(dek);
    expect(bodyTexts(span)).toEqual([prose(0), prose(1), prose(2)]);
  });

  it('takes a standfirst repeated as the first paragraph as the summary, once', () => {
    const dek = 'China has long been the main ally of the North, but its influence over the state is being eroded by ties with Moscow.';
    const { seg } = segment(['Why the deployment will bother China', dek, dek, prose(0), prose(1)]);
    const span = seg.spans[0]!;
    expect(span.summary?.text).toBe(dek);
    expect(bodyTexts(span)).toEqual([dek, prose(0), prose(1)]);
  });

  it('takes a longer standfirst, of up to three sentences, where the byline or date parts it from the body', () => {
    const dek = 'The government has unveiled a plan to help the industry bring the cost of its panels down by more than half by 2030. The plan also aims to reach module efficiencies of around 24 % by the end of the next decade, and up to 35 % for multi-junction cells.';
    expect(dek.length).toBeGreaterThan(250);
    const { seg } = segment(['South Korea sets out a roadmap to cheaper solar power', dek, 'By John Roe', prose(0), prose(1), prose(2)]);
    expect(seg.spans[0]!.summary?.text).toBe(dek);
    const lede = `${dek} Officials said more details would follow. Industry groups welcomed it.`;
    const { seg: longer } = segment(['South Korea sets out a roadmap to cheaper solar power', lede, 'By John Roe', prose(0), prose(1), prose(2)]);
    expect(longer.spans[0]!.summary).toBeNull();
    expect(bodyTexts(longer.spans[0]!)[0]).toBe(lede);
  });

  it('tells a standfirst with the whole body in view when a box of links parts the body from its header', () => {
    const dek = 'The government has unveiled a plan to help the industry bring the cost of its panels down by more than half by 2030.';
    // Too many links for the body to step over as it is read: the prose below is joined to the article afterwards.
    const links = ['Markets', 'Policy', 'South Korea', 'Modules', 'Upstream', 'Utility-scale PV', 'Residential', 'Storage', 'Technology'];
    const page = ['South Korea sets out a roadmap to cheaper solar power', dek, 'November 20, 2019 Jane Doe', ...links, prose(0), prose(1), prose(2)];
    const span = segment(page).seg.spans[0]!;
    expect(span.dropped.filter((d) => d.reason === 'a box of related links inside the body').map((d) => d.block.text)).toEqual(links);
    expect(span.summary?.text).toBe(dek);
    expect(bodyTexts(span)).toEqual([prose(0), prose(1), prose(2)]);
  });

  it("takes the paragraph above a press release's dateline, on a line of its own, for the summary; the story opens at the dateline", () => {
    const summary = 'The joint system will deliver alerts from bedside monitors to the phones of nurses across the ward.';
    const { seg } = segment(['Two makers join their alarm systems in North America', 'August 23, 2018', summary, '', 'BAAR, SWITZERLAND', '', prose(0), '', prose(1), '', prose(2)]);
    expect(seg.spans[0]!.summary?.text).toBe(summary);
    expect(bodyTexts(seg.spans[0]!)).toEqual(['BAAR, SWITZERLAND', prose(0), prose(1), prose(2)]);
  });

  it("takes the short paragraph over a wire story's dateline for the summary, with a header or without", () => {
    const standfirst = 'Peskov said the Kremlin had nothing to add to what President Putin had said on the matter';
    const story = 'MOSCOW, November 5. /TASS/. The Kremlin has nothing to add to what Russian President Vladimir Putin said earlier about reports of North Korean troops in Russia.';
    for (const header of [['Kremlin declines to comment on North Korean troops in Kursk', 'By TASS staff'], ['5 NOV, 14:30', 'Kremlin declines to comment on reports of North Korean troops in Kursk region']]) {
      const { seg } = segment([...header, standfirst, '', story, '', prose(1), '', prose(2)]);
      expect(seg.spans[0]!.summary?.text, header.join(' / ')).toBe(standfirst);
      expect(bodyTexts(seg.spans[0]!), header.join(' / ')).toEqual([story, prose(1), prose(2)]);
    }
    // A standfirst ending in a full stop, right under the headline: read as the body's first paragraph at first.
    const { seg } = segment(['Kremlin declines to comment on North Korean troops in Kursk', `${standfirst}.`, '', story, '', prose(1), '', prose(2)]);
    expect(seg.spans[0]!.summary?.text).toBe(`${standfirst}.`);
    expect(bodyTexts(seg.spans[0]!)).toEqual([story, prose(1), prose(2)]);
  });

  it('takes a URL line between the standfirst and the body into the header, not out of the article', () => {
    const dek = "Ukraine's defense minister has said his forces have engaged in combat with North Korean soldiers for the first time.";
    const { seg } = segment(['Ukraine says first clashes with North Korean troops', dek, '11/05/2024', 'https://p.dw.com/p/4mcXq', '', prose(0), '', prose(1), '', prose(2)]);
    expect(seg.spans[0]!.summary?.text).toBe(dek);
    expect(texts(seg.spans[0]!.urlBlocks)).toEqual(['https://p.dw.com/p/4mcXq']);
    expect(bodyTexts(seg.spans[0]!)).toEqual([prose(0), prose(1), prose(2)]);
  });

  it("reads a headline over a one-sentence standfirst and the agency's credit, the standfirst the summary", () => {
    const headline = 'North Korean troops engage Ukrainian forces in Kursk, Kyiv says';
    const dek = 'Ukraine\'s defense minister described the clashes as "small engagements."';
    const { seg } = segment(['ASIA PACIFIC', headline, dek, 'REUTERS', 'Nov 5, 2024', 'SHARE', '', prose(0), '', prose(1), '', prose(2)]);
    expect(seg.spans.map((s) => s.headline?.text)).toEqual([headline]);
    expect(seg.spans[0]!.summary?.text).toBe(dek);
    expect(bodyTexts(seg.spans[0]!)).toEqual([prose(0), prose(1), prose(2)]);
  });

  it('makes no article of a teaser card with its writer and date, the next card under it', () => {
    const cards = [
      'Mini JCW GP is a 300HP monster hatch', 'The hot hatch goes on sale next year.', 'By Marcus De Guzman', 'Nov 20, 2019', '',
      'Lexus LC Convertible arrives in Manila', 'The open-top grand tourer is here.', 'By Jane Doe', 'Nov 19, 2019', '',
    ];
    expect(segment(['Home', 'Related stories', ...cards]).seg.spans).toEqual([]);
  });

  it('never takes a dateline paragraph for the summary', () => {
    const first = "SEOUL, Oct. 30 (Yonhap) -- North Korea has sent more troops to Russia, the spy agency said Wednesday.";
    const { seg } = segment(['North Korea sends more troops to Russia, spy agency says', first, prose(0), prose(1)]);
    expect(seg.spans[0]!.summary).toBeNull();
    expect(bodyTexts(seg.spans[0]!)[0]).toBe(first);
  });
});

describe('segmentArticles: listing pages', () => {
  it('cuts two teasers separated by a comment count into two articles', () => {
    const { seg } = segment([
      'Search',
      'www.example.com North Korean troops reach the front in Kursk region', prose(0), prose(1),
      '12',
      'www.nbcnews.com Pentagon says thousands of North Korean troops are in Russia', prose(2), prose(3),
    ]);
    expect(seg.spans.map((s) => s.headline?.titleText)).toEqual([
      'North Korean troops reach the front in Kursk region',
      'Pentagon says thousands of North Korean troops are in Russia',
    ]);
    expect(seg.outside.find((o) => o.block.text === '12')?.reason).toMatch(/number/);
    expect(seg.spans[1]!.body.map((p) => p.block.text)).not.toContain(prose(1));
  });
});

describe('segmentArticles: pages with no headline', () => {
  it('still yields the longest prose as an article when it is long enough', () => {
    const lines = [prose(0), prose(1), prose(2), prose(3)];
    expect(lines.join('').length).toBeGreaterThanOrEqual(HEADLESS_MIN_CHARS);
    const { seg } = segment(lines);
    expect(seg.spans).toHaveLength(1);
    expect(seg.spans[0]!.headline).toBeNull();
    expect(bodyTexts(seg.spans[0]!)).toEqual(lines);
    expect(seg.spans[0]!.evidence.join(' ')).toMatch(/headline/);
  });

  it('heads a long run of prose with the title above it past one short sentence, which opens the body', () => {
    const title = 'Atkins diet: lose up to ten kilograms in fourteen days';
    const fact = 'Average daily intake 1694 kcal.';
    const { blocks, seg } = segment(['Home', '', title, '', fact, '', prose(0), '', prose(1), '', prose(2), '', prose(3)]);
    expect(blocks.find((b) => b.text === fact)?.kind).toBe('sentence');
    expect(seg.spans.map((s) => s.headline?.text)).toEqual([title]);
    expect(bodyTexts(seg.spans[0]!)).toEqual([fact, prose(0), prose(1), prose(2), prose(3)]);
  });

  it('takes no short title over a sentence for the headline of such a run, nor the sentence into it', () => {
    const { seg } = segment(['Weekly Digest Box', 'It arrives every Monday.', '', prose(0), '', prose(1), '', prose(2), '', prose(3)]);
    expect(seg.spans.map((s) => s.headline)).toEqual([null]);
    expect(bodyTexts(seg.spans[0]!)).toEqual([prose(0), prose(1), prose(2), prose(3)]);
  });

  it('yields nothing from a little prose with no headline', () => {
    const { seg } = segment(['Home', prose(2)]);
    expect(seg.spans).toEqual([]);
    expect(seg.outside.map((o) => o.block.text)).toEqual(['Home', prose(2)]);
    expect(seg.outside[1]!.reason).toMatch(/under no headline/);
  });

  it('yields nothing from menus alone, every line with a reason', () => {
    const { seg } = segment(['Home', 'World', 'Politics', '6', 'Advertisement']);
    expect(seg.spans).toEqual([]);
    expect(seg.outside).toHaveLength(5);
    for (const o of seg.outside) expect(o.reason.length).toBeGreaterThan(0);
  });
});

describe('segmentArticles: captions and odd lines near the headline', () => {
  it('keeps the real headline when a short credited caption sits under it', () => {
    const { seg } = segment(['North Korean troops enter combat in Kursk region', 'Soldiers march during a parade in Pyongyang. Photo: KCNA/Reuters', prose(0), prose(1)]);
    expect(seg.spans.map((s) => s.headline?.text)).toEqual(['North Korean troops enter combat in Kursk region']);
    expect(bodyTexts(seg.spans[0]!)).toEqual([prose(0), prose(1)]);
  });

  it("takes no photo's caption for the standfirst across a byline, a date and share buttons under it", () => {
    const caption = 'FILE - North Korean Foreign Minister Choe Son Hui speaks during a meeting in Moscow, Russia, Nov. 4, 2024. (Russian Foreign Ministry Press Service via AP, File)';
    const { seg } = segment([
      'North Korea’s foreign minister meets Putin as troops mass near Ukraine border', '', caption, '',
      'By HYUNG-JIN KIM', 'Updated 3:12 AM GMT+9, November 5, 2024', 'Share', 'Copy Link', '', prose(0), '', prose(1), '', prose(2),
    ]);
    const span = seg.spans[0]!;
    expect(span.summary).toBeNull();
    expect(bodyTexts(span)).toEqual([prose(0), prose(1), prose(2)]);
    expect([...span.dropped, ...seg.outside].find((d) => d.block.text === caption)?.reason).toMatch(/photo caption/);
  });

  it('drops a short credited caption between paragraphs instead of making it a heading', () => {
    const caption = 'Troops march in Pyongyang. Photo: KCNA/Reuters';
    const { seg } = segment(['North Korean troops enter combat in Kursk region', 'By Jane Doe', prose(0), caption, prose(1), prose(2)]);
    const span = seg.spans[0]!;
    expect(bodyTexts(span)).toEqual([prose(0), prose(1), prose(2)]);
    expect(span.dropped.find((d) => d.block.text === caption)?.reason).toMatch(/caption|credit/);
  });

  it('keeps a paragraph that ends with "U.S." in the body', () => {
    const usLine = 'North Korea has sent troops to Russia, according to intelligence officials in the U.S.';
    const { seg } = segment(['North Korean troops enter combat in Kursk region', 'By Jane Doe', prose(0), usLine, prose(1)]);
    expect(bodyTexts(seg.spans[0]!)).toEqual([prose(0), usLine, prose(1)]);
  });
});

describe('segmentArticles: a comments button in the header', () => {
  it('reads on past "Comments" in the share bar to the body, and still ends the article at the comments below it', () => {
    const headline = 'Ukraine says its forces clashed with North Korean troops in Kursk';
    const { seg } = segment(['Ukraine war', headline, 'By Euronews with AP', 'Published on 05/11/2024 - 12:15 GMT+1', 'Share this article', 'Comments', '', prose(0), '', prose(1), '', prose(2), 'Comments', '', prose(3), '', prose(4), '', prose(5)]);
    expect(seg.spans.map((s) => s.headline?.text)).toEqual([headline]);
    expect(bodyTexts(seg.spans[0]!)).toEqual([prose(0), prose(1), prose(2)]);
  });
});

describe('segmentArticles: a standfirst printed as a title', () => {
  it('keeps the headline over its longer standfirst, which is the summary, and the credit with its place under them', () => {
    const headline = 'North Korean troops have engaged in combat, says Ukraine';
    const dek = "Kyiv's defence minister says first 'small engagements' have taken place in Russia's Kursk region";
    const { seg } = segment(['World', 'This article is more than 1 year old', headline, dek, 'Justin McCurry in Tokyo', 'Tue 5 Nov 2024 04.20 GMT', 'Share', '', prose(0), '', prose(1), '', prose(2)]);
    expect(seg.spans.map((s) => s.headline?.text)).toEqual([headline]);
    expect(seg.spans[0]!.summary?.text).toBe(dek);
    expect(seg.spans[0]!.metaBlocks.map((b) => b.meta?.byline).filter(Boolean)).toEqual(['Justin McCurry']);
    expect(bodyTexts(seg.spans[0]!)).toEqual([prose(0), prose(1), prose(2)]);
  });

  it('reads a header whose standfirst is no longer in words than the headline, past a video card to the body', () => {
    const headline = 'North Korean troops engage Ukrainian forces for first time, Kyiv says';
    const dek = "Ukraine's defense minister said the first 'small engagements' have taken place";
    const { seg } = segment([
      'RUSSIA', headline, dek, 'By Greg Norman Fox News', 'Published November 5, 2024 6:30am EST', 'Facebook', 'Comments', '',
      'close', 'Video', "North Korean troops in Russia could be a 'game changer': Expert", 'Fox News contributor weighs in on the deployment.', '',
      prose(0), '', prose(1), '', prose(2),
    ]);
    expect(seg.spans.map((s) => s.headline?.text)).toEqual([headline]);
    expect(seg.spans[0]!.summary?.text).toBe(dek);
    expect(bodyTexts(seg.spans[0]!)).toEqual([prose(0), prose(1), prose(2)]);
  });

  it('takes no short kicker over the headline for the headline', () => {
    const headline = 'North Korean troops have engaged in combat in Kursk region, says Ukraine';
    const { seg } = segment(['Russia-Ukraine war', headline, 'By Jane Doe', 'Nov 5, 2024', '', prose(0), '', prose(1)]);
    expect(seg.spans.map((s) => s.headline?.text)).toEqual([headline]);
    expect(seg.spans[0]!.summary).toBeNull();
  });
});

describe('segmentArticles: a full header over title lines', () => {
  const headline = 'Roundup: Viera defeats Rockledge to remain undefeated';
  const lines = [
    'Home', headline, 'By Elliot Brownstein', 'Published 2:16 AM EST Nov 20, 2019', '',
    'Soccer ball on grass', '', 'GIRLS BASKETBALL', '', 'Palm Bay d. Rockledge 70-44', '', 'Palm Bay 18 22 13 17 — 70', '',
    prose(0), '', prose(1), '', prose(2),
  ];

  it('heads the prose with the title that has a byline and a date under it, across the title lines between', () => {
    const { seg } = segment(lines);
    expect(seg.spans.map((s) => s.headline?.text)).toEqual([headline]);
    expect(texts(seg.spans[0]!.metaBlocks)).toEqual(['By Elliot Brownstein', 'Published 2:16 AM EST Nov 20, 2019']);
    expect(bodyTexts(seg.spans[0]!)).toEqual([prose(0), prose(1), prose(2)]);
    expect(placements(lines).size).toBe([...placements(lines).values()].filter((n) => n === 1).length);
  });

  it('keeps that headline over a title line further down that shares the first paragraphs’ words', () => {
    const sharing = lines.map((l) => (l === 'Palm Bay 18 22 13 17 — 70' ? 'Ukrainian forces: North Korean soldiers in Kursk' : l));
    expect(segment(sharing).seg.spans.map((s) => s.headline?.text)).toEqual([headline]);
  });

  it('reaches over a box of topic links under the date, its label and a link the menu prints too', () => {
    const headline = "North Korean soldiers 'killed in first clash with Ukrainian forces'";
    const { seg } = segment([
      'News', 'Ukraine', 'World', '', 'World News', headline, 'Reports suggest the troops suffered losses near the village of Plekhovo in the Kursk region',
      'Nataliya Vasilyeva', 'Senior Russia Correspondent', '5 November 2024 • 10:32am', 'Related Topics', 'Ukraine', 'North Korea', '',
      prose(0), '', prose(1), '', prose(2),
    ]);
    expect(seg.spans.map((s) => s.headline?.text)).toEqual([headline]);
    expect(seg.spans[0]!.metaBlocks.map((b) => b.meta?.byline).filter(Boolean)).toEqual(['Nataliya Vasilyeva']);
    expect(bodyTexts(seg.spans[0]!)).toEqual([prose(0), prose(1), prose(2)]);
  });

  it('needs both the byline and the date: a dated teaser does not reach over the headline under it', () => {
    const teaser = ['Home', 'Seoul confirms troop movements near the border', 'Nov 20, 2019', '', 'North Korean troops enter combat in Kursk region', '', prose(0), '', prose(1)];
    expect(segment(teaser).seg.spans.map((s) => s.headline?.text)).toEqual(['North Korean troops enter combat in Kursk region']);
  });

  it('does not reach past another header: a byline or date further down is that title’s', () => {
    const two = [
      'Seoul confirms troop movements near the border', 'By Kim Min-ji', 'Nov 19, 2019', '',
      'North Korean troops enter combat in Kursk region', 'By Jane Doe', 'Nov 20, 2019', '', prose(0), '', prose(1),
    ];
    expect(segment(two).seg.spans.map((s) => s.headline?.text)).toEqual(['North Korean troops enter combat in Kursk region']);
  });
});

describe('segmentArticles: an article whose text is a list', () => {
  const MENU = ['Home', 'World', 'Politics', 'Business', 'Opinion'];
  const ITEMS = ['Round 1 – Seoul', 'Round 2 – Busan', 'Round 3 – Incheon', 'Round 4 – Daegu', 'Round 5 – Gwangju', 'Round 6 – Ulsan'];
  const SIDEBAR = ['Most read', prose(0), '', prose(1), '', prose(2), '', prose(3)];
  const page = (...under: string[]) => [...MENU, '', 'Talks schedule for the spring season', ...under, '', 'Spring rounds', '', ...ITEMS, '', 'Tags', 'talks, schedule', '', ...SIDEBAR];

  it('reads a dated title over a list of short lines as an article, its heading and items as the body', () => {
    const { groups, seg } = segment(page('March 3, 2025', 'Share on Facebook'));
    expect(groups.map((g) => g.evidence)).toEqual([['meta', 'datedList']]);
    const span = seg.spans[0]!;
    expect(span.headline?.text).toBe('Talks schedule for the spring season');
    expect(span.metaBlocks.map((b) => b.text)).toEqual(['March 3, 2025']);
    expect(span.body.map((p) => p.block.text)).toEqual(['Spring rounds', ...ITEMS]);
  });

  it('does not read a menu as a list article: without a date under the title the run stays outside', () => {
    const { groups, seg } = segment(page());
    expect(groups).toEqual([]);
    expect(seg.spans.some((s) => s.body.some((p) => p.block.text === ITEMS[0]))).toBe(false);
  });

  it('is tried only when no title leads to prose', () => {
    const article = ['North Korean troops enter combat in Kursk region', 'Oct. 30, 2024', prose(4), prose(5)];
    const { groups } = segment([...article, '', ...page('March 3, 2025')]);
    expect(groups.map((g) => g.first.text)).toEqual(['North Korean troops enter combat in Kursk region']);
  });

  it('needs a run of list items, not a few short lines', () => {
    const { groups } = segment([...MENU, '', 'Talks schedule for the spring season', 'March 3, 2025', '', ...ITEMS.slice(0, 3), '', ...SIDEBAR]);
    expect(groups).toEqual([]);
  });

  it('never joins prose after a "Tags" label to the article above it, and keeps that article first', () => {
    const { seg } = segment(page('March 3, 2025'));
    expect(seg.spans[0]!.headline?.text).toBe('Talks schedule for the spring season');
    expect(seg.spans[0]!.body.some((p) => p.block.text === prose(0))).toBe(false);
  });

  it('never heads prose with a title that sits above a "Tags" label', () => {
    const { seg } = segment(['Home', '', 'Seoul weekly digest of regional news', 'Tags', prose(0), prose(1), prose(2), prose(3)]);
    expect(seg.spans).toHaveLength(1);
    expect(seg.spans[0]!.headline).toBeNull();
  });
});

describe('segmentArticles: prose after a box of links', () => {
  const story = ['North Korean troops enter combat in Kursk region', 'By Jane Doe', prose(0), prose(1), prose(2)];
  const links = ['More from World', 'Seoul Weather This Week', 'Markets Close Higher Today'];
  const blurbs = [
    'The leader toured a munitions plant and urged workers to raise output for the army, state media reported.',
    'Officials expect colder air from the north to bring the first snow of the season to the capital this week.',
    'Shares rose for a third day as exporters gained on a weaker currency and hopes of lower interest rates.',
    'The ministry said it would review the rules after complaints from farmers about the cost of fertiliser.',
  ];
  const cards = ['Kim Visits Munitions Plant', blurbs[0]!, '', 'Snow Expected In Seoul', blurbs[1]!, '', 'Markets Rise Again Today', blurbs[2]!, '', 'Fertiliser Rules Reviewed', blurbs[3]!];

  it('joins the rest of the story to it across the box', () => {
    const rest = [prose(3), prose(4), prose(5), prose(1)];
    expect(rest.join('').length).toBeGreaterThanOrEqual(HEADLESS_MIN_CHARS);
    const { seg } = segment([...story, ...links, ...rest]);
    expect(seg.spans[0]!.body.map((p) => p.block.text)).toEqual([prose(0), prose(1), prose(2), ...rest]);
  });

  it('does not join a run of teaser cards (titles with a short blurb right under each)', () => {
    expect(blurbs.join(' ').length).toBeGreaterThanOrEqual(HEADLESS_MIN_CHARS);
    const { seg } = segment([...story, ...links, '', ...cards]);
    expect(seg.spans[0]!.body.map((p) => p.block.text)).toEqual([prose(0), prose(1), prose(2)]);
  });
});
