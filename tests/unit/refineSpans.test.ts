// refineSpans (through segmentArticles): a one- or two-word label gives way to the real headline above it, and the page's main article comes first.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Registry } from '../../src/publishers/registry.ts';
import { archiveConfig } from '../helpers/archiveConfig.ts';
import { prose, segmentLines } from '../helpers/pipeline.ts';

let registry: Registry;
beforeAll(async () => {
  registry = (await archiveConfig()).registry;
});

describe('refineSpans', () => {
  it('lifts the real headline above a two-word label', () => {
    const { seg } = segmentLines(['North Korean troops enter combat in Kursk region', 'Jane Doe', 'Opinion Columnist', prose(0), prose(1)], registry);
    expect(seg.spans.map((s) => s.headline?.text)).toEqual(['North Korean troops enter combat in Kursk region']);
    // "Opinion Columnist" is the job title of the writer above it (a section before the role, as "Seoul correspondent").
    const label = seg.spans[0]!.dropped.find((d) => d.block.text === 'Opinion Columnist');
    expect(label?.reason).toMatch(/job title/);
    expect(seg.spans[0]!.metaBlocks.map((b) => b.meta?.byline)).toContain('Jane Doe');
  });

  it("drops a small box right above a full header as no part of the article: a newsletter's pitch", () => {
    const { seg } = segmentLines(
      [
        'Axios Pro', '', 'Sign up for our daily briefing',
        "Make your busy days simpler with Axios AM/PM. Catch up on what's new and why it matters in just five minutes each day.",
        'Subscribe', '', 'U.S. says North Korean troops have started fighting in Kursk', '', 'Laura Whitcombe', 'Nov 12, 2024 - World', '', prose(0), '', prose(1),
      ],
      registry,
    );
    expect(seg.spans).toHaveLength(1);
    const span = seg.spans[0]!;
    expect(span.headline?.text).toBe('U.S. says North Korean troops have started fighting in Kursk');
    expect(span.summary).toBeNull();
    expect(span.metaBlocks.map((b) => b.meta?.byline)).toContain('Laura Whitcombe');
    expect(span.dropped.find((d) => d.block.text.startsWith('Make your busy days'))?.reason).toMatch(/a box set above the article's header/);
  });

  it('reads the body under a headline, its standfirst printed as a title and a dated line with no byline (The Economist)', () => {
    const { seg } = segmentLines(
      [
        'Asia', 'North Korea and Russia', 'Kim Jong Un’s soldiers go to war for Vladimir Putin', 'North Korea’s dictator gets combat experience, cash and perhaps much more', '',
        'Photograph: KCNA via Reuters', 'Nov 7th 2024|Seoul', 'Save', 'Share', '',
        'FOR DECADES the army of Kim Jong Un has drilled for a war that never came. Now some of his soldiers have gone to one, sent to fight for Vladimir Putin in the Kursk region.',
        '', prose(1),
      ],
      registry,
    );
    expect(seg.spans).toHaveLength(1);
    expect(seg.spans[0]!.headline?.text).toBe('Kim Jong Un’s soldiers go to war for Vladimir Putin');
    expect(seg.spans[0]!.metaBlocks.map((b) => b.text)).toContain('Nov 7th 2024|Seoul');
  });

  it('takes a standfirst printed as a title under a blank line for the summary, when it was the header found', () => {
    const { seg } = segmentLines(
      ['North Korea', 'Add to myFT', '', 'North Korean troops have begun fighting in Kursk, US says', '', 'Washington says Pyongyang’s soldiers are in combat alongside Russian forces as Kyiv braces for a counteroffensive', '', 'Daniel Rourke in Seoul', 'Published', 'November 13 2024', '', prose(0), '', prose(1)],
      registry,
    );
    const span = seg.spans[0]!;
    expect(span.headline?.text).toBe('North Korean troops have begun fighting in Kursk, US says');
    expect(span.summary?.text).toMatch(/^Washington says/);
  });

  it("keeps the headline above a summary's bullets printed over the byline (MailOnline), not a bullet", () => {
    const { seg } = segmentLines(
      [
        'Home', '', "Kim Jong Un's troops come under fire for the first time as North Korean soldiers clash with Ukrainian forces in Kursk", '',
        "Ukraine's defence minister says first 'small engagements' with Kim's soldiers have taken place",
        "Zelensky says 11,000 North Korean soldiers are now in Russia's Kursk region",
        'Kremlin has never confirmed that Pyongyang has sent troops to fight in Ukraine',
        'By ELLIE HARTLEY and JOHN GRANT FOR MAILONLINE', 'Published: 11:52 EST, 5 November 2024', '', prose(0), '', prose(1),
      ],
      registry,
    );
    const span = seg.spans[0]!;
    expect(span.headline?.text).toBe("Kim Jong Un's troops come under fire for the first time as North Korean soldiers clash with Ukrainian forces in Kursk");
    expect(span.summary).toBeNull();
  });

  it('takes the date stamp right above the lifted headline, and the byline right under it, into the article', () => {
    const { seg } = segmentLines(
      ['Home', 'Nov. 20, 2019 5:52 AM EST', 'North Korean troops enter combat in Kursk region', 'By Jane Doe', 'Opinion Columnist', prose(0), prose(1)],
      registry,
    );
    const span = seg.spans[0]!;
    expect(span.headline?.text).toBe('North Korean troops enter combat in Kursk region');
    expect(span.metaBlocks.map((b) => b.text)).toEqual(expect.arrayContaining(['Nov. 20, 2019 5:52 AM EST', 'By Jane Doe']));
    expect(seg.outside.map((o) => o.block.text)).not.toContain('Nov. 20, 2019 5:52 AM EST');
  });

  it("leaves another teaser's date stamp above the lifted headline outside the article", () => {
    const { seg } = segmentLines(
      ['Troops Move North Before Talks', 'June 15, 2010', 'Other Story', 'North Korean troops enter combat in Kursk region', 'Opinion Columnist', prose(0), prose(1)],
      registry,
    );
    expect(seg.spans[0]!.headline?.text).toBe('North Korean troops enter combat in Kursk region');
    expect(seg.spans[0]!.metaBlocks.map((b) => b.text)).not.toContain('June 15, 2010');
  });

  it("does not reach past the site's navigation for a headline: a title above it is the site's", () => {
    // The site's name is repeated and shares words with the lede, which would make it the better-scored line.
    const { seg } = segmentLines(
      ['Kursk Front Extra', 'Podcast', 'Kursk Front Extra', 'Subscribe', 'Home', 'News', '4 Things to Know in October', 'Jane Doe', 'Oct 4, 2018', `Kursk front news: ${prose(0)}`, prose(1), prose(2)],
      registry,
    );
    expect(seg.spans.map((s) => s.headline?.text)).toEqual(['4 Things to Know in October']);
  });

  it('takes a headline written as a sentence over a writer-and-outlet credit under it', () => {
    const headline = 'How the troops were sent to the front so quickly and what it means for the war';
    const { blocks, seg } = segmentLines([headline, 'Tanza Loudenback, Business Insider', '13.11.2019, 23:06', '', prose(0), '', prose(1), '', prose(2)], registry);
    expect(blocks[0]!.kind).toBe('sentence');
    expect(seg.spans.map((s) => s.headline?.text)).toEqual([headline]);
  });

  it("takes the title printed right over the date for the headline, not a later header line sharing more of the lede's words", () => {
    // A fact check's header: headline and date, then the claimant, then the claim. The claimant is nearer the body and
    // names the lede's words; the date under the headline is what marks it.
    const { seg } = segmentLines(
      ['North Korean Soldiers Reach the Front', 'November 18, 2019', 'Share', '', 'North Korean soldiers in the Kursk region', '', prose(0), '', prose(1), '', prose(2)],
      registry,
    );
    expect(seg.spans.map((s) => s.headline?.text)).toEqual(['North Korean Soldiers Reach the Front']);
  });

  it("takes no photo caption for the headline: a title under the header's date and over a credit", () => {
    // The caption is nearer the body and names more of the lede's words than the headline does.
    const { seg } = segmentLines(
      [
        'Offensive stalls as winter sets in', 'Regional wire services', 'Published 11:11 PM EST Nov 19, 2019',
        'North Korean soldiers in the Kursk region', 'Al Goldis, Associated Press', '', prose(0), '', prose(1), '', prose(2),
      ],
      registry,
    );
    expect(seg.spans.map((s) => s.headline?.text)).toEqual(['Offensive stalls as winter sets in']);
  });

  it('takes the header above a box of links set before the body, not one of the links', () => {
    // A video playlist between the header and the body: the last link sits right over the body.
    const links = [
      'Trade talks between the two sides are going well',
      'Officials deny reports of a new deployment',
      'What the new sanctions mean for the region',
      'Why the border crossings were closed again',
      'North Korean soldiers near Kursk, in pictures',
    ];
    const { seg } = segmentLines(
      ['Offensive stalls as winter sets in', '', 'By Jane Doe, Example News', '', 'Updated 0339 GMT November 19, 2019', '', ...links, '', prose(0), '', prose(1), '', prose(2)],
      registry,
    );
    expect(seg.spans.map((s) => s.headline?.text)).toEqual(['Offensive stalls as winter sets in']);
    expect(seg.spans[0]!.metaBlocks.map((b) => b.text)).toContain('By Jane Doe, Example News');
    // Every link says what it is, the one first taken for the header included.
    const reasons = [...seg.outside, ...seg.spans[0]!.dropped].filter((d) => links.includes(d.block.text)).map((d) => d.reason);
    expect(reasons).toHaveLength(links.length);
    for (const reason of reasons) expect(reason).toMatch(/box of links/);
  });

  it("takes no photo caption over an agency's name for the headline, and keeps an outlet's name under the headline", () => {
    // The caption names more of the lede's words than the headline does, and sits nearer the body.
    const links = ['Officials deny reports of a new deployment', 'What the new sanctions mean for the region', 'Why the border crossings were closed again', 'Seoul watches the movements closely'];
    const headline = 'Ukraine says North Korean troops engaged in Kursk';
    const { seg } = segmentLines(
      [headline, '', 'By Jane Doe', '', 'November 19, 2019 | 4:20am', '', 'Enlarge Image', 'North Korean soldiers engaged Ukrainian forces in the Kursk region', 'AP', 'More On:', ...links, '', prose(0), '', prose(1), '', prose(2)],
      registry,
    );
    expect(seg.spans.map((s) => s.headline?.text)).toEqual([headline]);
    // The lines the header passed over say where they lie.
    const enlarge = seg.outside.find((o) => o.block.text === 'Enlarge Image');
    expect(enlarge?.reason).toMatch(/between the article's header and its body/);
    const { seg: plain } = segmentLines(['North Korean soldiers in the Kursk region', 'Reuters', 'November 19, 2019', '', prose(0), '', prose(1), '', prose(2)], registry);
    expect(plain.spans.map((s) => s.headline?.text)).toEqual(['North Korean soldiers in the Kursk region']);
  });

  it('keeps a title headline over a sentence above it', () => {
    // The sentence shares more words with the lede than the title does: only its being a sentence keeps it out.
    const sentence = 'The soldiers have been in the Kursk region for the first time since the war began there';
    const { blocks, seg } = segmentLines([sentence, 'The Gamble Behind The Deployment', 'By Jane Doe', '', prose(0), '', prose(1), '', prose(2)], registry);
    expect(blocks.slice(0, 2).map((b) => b.kind)).toEqual(['sentence', 'title']);
    expect(seg.spans.map((s) => s.headline?.text)).toEqual(['The Gamble Behind The Deployment']);
  });

  it("takes no item of an indented list above the headline for it, though printed twice and closer to the lede's words", () => {
    const item = '    North Korean soldiers engage Ukrainian forces in the Kursk region';
    const { seg } = segmentLines(
      ['Most Popular', '  1. 1', '', item, '', item, '', 'North Korean troops take heavy fire near Kursk', '', 'By Jane Doe', '', '2025-05-04', '', prose(0), '', prose(1), '', prose(2)],
      registry,
    );
    expect(seg.spans[0]!.headline?.text).toBe('North Korean troops take heavy fire near Kursk');
  });

  it('puts the long article first, ahead of a short teaser above a "Related Articles" label', () => {
    const { seg } = segmentLines([
      'Short teaser about the weather today here',
      'It rained in Seoul on Tuesday, forecasters said, with more showers expected on Wednesday in the capital.',
      'Related Articles',
      'North Korean troops enter combat in Kursk region',
      'By Jane Doe',
      prose(0), prose(1), prose(2),
    ], registry);
    expect(seg.spans.map((s) => s.headline?.text)).toEqual(['North Korean troops enter combat in Kursk region', 'Short teaser about the weather today here']);
  });

  it('keeps the first article first when it is the longest', () => {
    const { seg } = segmentLines([
      'North Korean troops enter combat in Kursk region', 'By Jane Doe', prose(0), prose(1), prose(2),
      'Related Articles',
      'www.example.com Short teaser about the weather today here',
      'It rained in Seoul on Tuesday, forecasters said, with more showers expected on Wednesday in the capital.',
      'Forecasters said the rain would last until the weekend, with cooler air arriving from the north by Sunday.',
    ], registry);
    expect(seg.spans[0]!.headline?.text).toBe('North Korean troops enter combat in Kursk region');
  });
});
