// classifyBlocks: every line gets a kind (prose, title, meta, furniture, caption, URL, teaser) with a reason, and repeats are marked.
import { beforeAll, describe, expect, it } from 'vitest';
import { classifyBlocks, isParagraph, isTitleLike, REPEAT_WINDOW } from '../../src/ingest/classifyBlocks.ts';
import { splitBlocks } from '../../src/ingest/splitBlocks.ts';
import type { ClassifiedBlock } from '../../src/ingest/types.ts';
import { createRegistry, type Registry } from '../../src/publishers/registry.ts';
import { TRAILING_CREDIT, trailingCredit } from '../../src/ingest/vocabulary.ts';
import { archiveConfig } from '../helpers/archiveConfig.ts';
import { classifyLines, prose } from '../helpers/pipeline.ts';

let registry: Registry;
beforeAll(async () => {
  registry = (await archiveConfig()).registry;
});

function one(line: string): ClassifiedBlock {
  const [block] = classifyLines([line], registry);
  if (!block) throw new Error(`no block for ${JSON.stringify(line)}`);
  return block;
}

describe('furniture and counters', () => {
  it.each(['6', '32', '1. 1', '12.'])('a bare number %j is boilerplate', (line) => {
    expect(one(line)).toMatchObject({ kind: 'boilerplate', reason: expect.stringMatching(/number/) });
  });

  it.each(['https://www.example.com/news/2024/10/30/troops', 'http://example.com', 'www.nbcnews.com/world/asia'])('a URL line %j is kind url', (line) => {
    expect(one(line).kind).toBe('url');
  });

  it.each([
    ['Skip Navigation', /navigation/],
    ['Advertisement', /advertising/],
    ['Link copied', /sharing/],
    ['Messenger', /sharing/],
    ['Copy this link', /sharing/],
    ['Read more about sharing.', /sharing/],
    ['Most Popular', /section label/],
    ['More from Headlines', /section label/],
    ['Related Articles', /section label/],
    ['Comments', /comments/],
    ['DOWNLOAD THE APP', /app/],
    ['© 2024 Example Media. All rights reserved.', /copyright/],
    ['5 min read', /reading-time/],
  ])('%j is boilerplate (%s)', (line, reason) => {
    const block = one(line);
    expect(block.kind).toBe('boilerplate');
    expect(block.reason).toMatch(reason);
  });

  it('reads a place in capitals and its region, alone on a line, as a dateline; a label, a credit or a headline in capitals as none', () => {
    for (const line of ['BAAR, SWITZERLAND', 'KYIV, Ukraine']) expect(one(line), line).toMatchObject({ kind: 'sentence', pattern: 'dateline' });
    for (const line of ['WORLD NEWS', 'Seoul, the capital, was calm.', 'Kim, Putin', 'ITV, ASSOCIATED PRESS', 'DPRK TROOPS SEEN NEAR POKROVSK, SPY AGENCY SAYS']) {
      expect(one(line).pattern, line).not.toBe('dateline');
    }
  });

  it("drops an embedded video's label and length, and reads the title under it as the video's, not a headline", () => {
    const [label, title] = classifyLines(['VIDEO03:45', 'Estee Lauder the defensive stock buy of the cosmetics industry'], registry);
    expect(label).toMatchObject({ kind: 'boilerplate', pattern: 'video-label' });
    expect(title).toMatchObject({ kind: 'caption', reason: 'the title of the video embedded above' });
    expect(classifyLines(['Video', 'Estee Lauder the defensive stock buy of the cosmetics industry'], registry)[1]!.kind).toBe('title');
  });

  it('never takes a line ending in a comma, in any script, for a title', () => {
    for (const line of ['Troops Reach The Front,', '北朝鮮の部隊が前線に到着、', '部队抵达前线，']) expect(one(line).kind, line).not.toBe('title');
  });

  it('leaves a sentence that merely contains a furniture word alone', () => {
    expect(one('The advertisement ran in every newspaper in Seoul on the day the troops were reported to have left.').kind).toBe('paragraph');
  });

  it('drops app-store prompts and badges, but keeps a sentence that names a store in passing', () => {
    for (const prompt of ['Download the Example News app today from your app store.', 'Get it on Google Play', 'App Store', 'Download on the App Store']) {
      expect(one(prompt), prompt).toMatchObject({ kind: 'boilerplate', reason: 'app download prompt' });
    }
    const reporting = 'Modified phones can install apps that are not sold on the App Store, which the maker says breaks its terms.';
    expect(one(reporting).kind).toBe('paragraph');
  });

  it('drops a cookie notice whichever comes first, the cookies or the consent, but keeps reporting on cookies', () => {
    for (const notice of ['We use cookies to improve your experience. By continuing you accept our cookie policy.', 'By choosing I Accept, you consent to our use of cookies and other tracking technologies.']) {
      expect(one(notice), notice).toMatchObject({ kind: 'boilerplate', reason: 'cookie notice' });
    }
    expect(one('The regulator said the company never asked its users to agree before it tracked them across other websites.').kind).toBe('paragraph');
  });

  it('drops a membership appeal in the writer\'s voice and a reading-list prompt', () => {
    const appeal = 'Hi, this is Martin Fornusek. I hope you found this article useful. Please consider supporting our work by becoming a member of the Kyiv Independent community.';
    expect(one(appeal)).toMatchObject({ kind: 'boilerplate', reason: expect.stringMatching(/donation or subscription/) });
    expect(one('Save articles to read later and create your own reading list.')).toMatchObject({ kind: 'boilerplate', reason: expect.stringMatching(/reading control/) });
    expect(one('Support UP or become our patron!')).toMatchObject({ kind: 'boilerplate', reason: expect.stringMatching(/donation or subscription/) });
    expect(one('Sign up here.')).toMatchObject({ kind: 'boilerplate', reason: expect.stringMatching(/newsletter/) });
    expect(one('Newsweek is committed to challenging conventional wisdom and finding connections in the search for common ground.')).toMatchObject({ kind: 'boilerplate', reason: 'the outlet describing itself' });
    expect(one('Ukrainska Pravda is the place where you will find the most up-to-date information about everything related to the war in Ukraine.')).toMatchObject({ kind: 'boilerplate' });
    // Another subject committed to something, or an outlet reported on, stays prose.
    expect(one('Seoul is committed to a peaceful resolution of the crisis, the foreign minister told reporters on Tuesday.').kind).toBe('paragraph');
    expect(one('Reuters is an agency that has reported from Moscow since the Soviet era, the ministry said in a statement.').kind).toBe('paragraph');
    for (const appeal of ['In a time of both misinformation and too much information, quality journalism is more crucial than ever.', 'By subscribing, you can help us get the story right.', 'Support truly independent journalism', 'Whether $5 or $50, every contribution counts.', 'Support us to deliver journalism without an agenda.', 'Meduza is blocked in Russia. Your support keeps us going.', 'Our mission is to deliver unbiased, fact-based reporting that holds power to account and exposes the truth.']) {
      expect(one(appeal), appeal).toMatchObject({ kind: 'boilerplate', reason: expect.stringMatching(/donation or subscription/) });
    }
    expect(one('Join thought-provoking conversations, follow other Independent readers and see their replies')).toMatchObject({ kind: 'boilerplate', reason: 'the rules of the comments section' });
    expect(one('The Telegraph values your comments but kindly requests all posts are on topic, constructive and respectful. Please review our commenting policy.')).toMatchObject({ kind: 'boilerplate', reason: 'the rules of the comments section' });
    const print = 'A version of this article appears in print on Nov. 6, 2024, Section A, Page 8 of the New York edition with the headline: North Korean Troops Clash With Ukrainians. Order Reprints | Today\'s Paper | Subscribe';
    expect(one(print)).toMatchObject({ kind: 'boilerplate', reason: expect.stringMatching(/print edition/) });
    expect(one('Officials said they were supporting our work with the allies on air defence, according to a statement.').kind).toBe('paragraph');
  });

  it('drops a short donation appeal but keeps a long report about donations', () => {
    expect(one('Please consider donating to support our journalism.')).toMatchObject({ kind: 'boilerplate', reason: expect.stringMatching(/donation/) });
    const long = `${prose(0)} ${prose(1)} ${prose(2)} Readers like you were asked to contribute what you can, the charity said in a statement to donors. ${prose(3)}`;
    expect(long.length).toBeGreaterThan(400);
    expect(one(long).kind).toBe('paragraph');
  });
});

describe('captions', () => {
  it('marks a caption printed twice on one line', () => {
    const caption = 'Soldiers train at a base in the east of the country';
    expect(one(`${caption} ${caption}`)).toMatchObject({ kind: 'caption', reason: expect.stringMatching(/printed twice/) });
    expect(one(`${caption}${caption}`).kind).toBe('caption');
  });

  it('gives a paragraph ending in "Photo: X/Getty Images" its credit', () => {
    const line = `${prose(0)} WSJ's Jane Doe reports. Photo: Str/Agence France-Presse/Getty Images`;
    const block = one(line);
    expect(block.kind).toBe('paragraph');
    expect(block.credit).toBe('Photo: Str/Agence France-Presse/Getty Images');
  });

  it('gives a paragraph ending in "Alamy Stock Photo" its credit', () => {
    const block = one('A serviceman of the mechanised brigade installs landmines and non explosive obstacles along the front line near the town in the Donetsk region, Ukraine. Alamy Stock Photo');
    expect(block.kind).toBe('paragraph');
    expect(block.credit).toMatch(/Alamy Stock Photo$/);
  });

  it.each(['Courtesy of Andrew Vaughan', 'Photo courtesy Ministry of Defence', 'Images courtesy of the Kursk regional government'])('takes %j alone on a line for a photo credit', (line) => {
    expect(one(line)).toMatchObject({ kind: 'caption', reason: 'photo credit' });
  });

  it.each([
    'This March 28, 2017, file photo, provided by the New York State Sex Offender Registry shows Jeffrey Epstein.',
    'In this Oct. 5, 2024, photo, North Korean soldiers march in Pyongyang during a parade marking the anniversary.',
    'This photo provided by the Ukrainian Presidential Press Office shows soldiers near the front line in Kursk region.',
    'Independent journalists were not given access to cover the event depicted in this image distributed by the North Korean government. The content of this image is as provided and cannot be independently verified.',
  ])('takes a caption in news-agency style for a caption, credit or not: %j', (line) => {
    expect(one(line)).toMatchObject({ kind: 'caption', reason: 'photo caption in news-agency style ("In this … photo")' });
  });

  it('takes no sentence about a photo for an agency caption', () => {
    expect(one('This photo shows the scale of the destruction in the town after the troops withdrew, officials said.').kind).toBe('paragraph');
    expect(one('In this 2019 report, the ministry said photos of the troops had been faked by foreign agents.').kind).toBe('paragraph');
  });

  it('takes "X via AP" alone on a line for a photo credit', () => {
    expect(one('New York State Sex Offender Registry via AP')).toMatchObject({ kind: 'caption', reason: 'photo credit' });
  });

  it('gives no credit to a paragraph that only mentions a photo', () => {
    expect(one(prose(1)).credit).toBeUndefined();
  });

  it.each([
    'Soldiers march during a parade in Pyongyang. Photo: KCNA/Reuters',
    'A serviceman installs landmines along the front line near the town in the Donetsk region, Ukraine. Alamy Stock Photo',
  ])('recognises a short caption ending in a credit as a caption, not a title: %j', (line) => {
    const block = one(line);
    expect(block.kind).not.toBe('title');
    expect(block.kind === 'caption' || block.credit !== undefined).toBe(true);
  });

  it.each([
    'Soldiers march during a parade in Pyongyang. Photo: KCNA/Reuters',
    'Troops near Kursk. Photograph by: Jane Doe',
    'North Korean soldiers march in Pyongyang, North Korea. (AP Photo/Jae C. Hong)',
    'A serviceman installs landmines near the front line. Alamy Stock Photo',
    'Kim Jong Un inspects a drone test AFP via Getty Images',
    'Kim Jong Un inspects a drone test, the agency said via Getty Images.',
    'The photo agency said it had no image of the troops.',
    'Who took this photo?',
    'He shouted "Credit: nobody"!',
  ])('finds a trailing credit exactly where the full pattern does, lines ending in a stop included: %j', (line) => {
    expect(trailingCredit(line)?.[0]).toBe(TRAILING_CREDIT.exec(line)?.[0]);
    if (/[.!?]$/.test(line)) expect(trailingCredit(line)).toBeNull();
  });

  it.each([
    'FILE - North Korean Foreign Minister Choe Son Hui speaks during a meeting in Moscow, Russia, Nov. 4, 2024. (Russian Foreign Ministry Press Service via AP, File)',
    'Troops train at a range in the Far East, in this image released on Oct. 18, 2024. (Ukrainian Military Intelligence via Reuters)',
    'Kim Jong Un watches an artillery drill in an undisclosed location. (KCNA via EPA)',
  ])('gives a caption ending in a parenthesised credit "(… via AP)" its credit: %j', (line) => {
    expect(trailingCredit(line)?.[0]).toMatch(/^ \(.* via (AP|Reuters|EPA)(, File)?\)$/);
    expect(trailingCredit(line)?.[0]).toBe(TRAILING_CREDIT.exec(line)?.[0]);
  });

  it('recognises the AP credit form "(AP Photo/Jae C. Hong)" at the end of a caption', () => {
    const block = one('North Korean soldiers march during a military parade in Pyongyang, North Korea. (AP Photo/Jae C. Hong)');
    expect(block.credit ?? (block.kind === 'caption' ? 'caption' : undefined)).toBeDefined();
  });
});

describe('meta lines', () => {
  it('reads a byline without the outlet the registry knows printed after the names', () => {
    expect(one('By Greg Norman Fox News').meta?.byline).toBe('Greg Norman');
    expect(one('By Yoonjung Seo, Gawon Bae and Mike Valerio, CNN').meta?.byline).toBe('Yoonjung Seo, Gawon Bae and Mike Valerio');
    expect(one('By Euronews with AP').meta?.byline).toBe('Euronews with AP');
    expect(one('By Jeong Yon Park for RFA Korean').meta?.byline).toBe('Jeong Yon Park');
    expect(one('By ELLIE HARTLEY and JOHN GRANT FOR MAILONLINE').meta?.byline).toBe('ELLIE HARTLEY and JOHN GRANT');
    expect(one('By Jane Fox News').meta?.byline).toBe('Jane Fox News');
  });

  it('reads a byline', () => {
    expect(one('By Jane Doe')).toMatchObject({ kind: 'meta', meta: { byline: 'Jane Doe' } });
    expect(one('By: Kim Min-ji and Lee Jun-ho')).toMatchObject({ kind: 'meta', meta: { byline: 'Kim Min-ji and Lee Jun-ho' } });
  });

  it('reads "Published : Oct. 30, 2024 - 09:26" as a published date', () => {
    expect(one('Published : Oct. 30, 2024 - 09:26')).toMatchObject({ kind: 'meta', meta: { dateText: 'Oct. 30, 2024 - 09:26', dateLabel: 'published' } });
  });

  it('drops an update\'s time printed without a date as furniture, not a title', () => {
    for (const line of ['Updated 6:12 a.m. ET', 'Updated: 14:05', 'Last updated 9:26 PM EST']) {
      expect(one(line), line).toMatchObject({ kind: 'boilerplate', reason: expect.stringMatching(/update/) });
    }
    expect(one('Updated rules for 12:30 classes').kind).not.toBe('boilerplate');
  });

  it('reads "Issued on: 05/11/2024 - 12:43" as the publication (France 24)', () => {
    expect(classifyLines(['Issued on: 05/11/2024 - 12:43'], registry, 'DMY')[0]).toMatchObject({ kind: 'meta', meta: { dateLabel: 'published' } });
  });

  it('reads an "Updated" line as an update, not the publication', () => {
    expect(one('Updated: Oct. 31, 2024 11:00').meta?.dateLabel).toBe('updated');
    expect(one('Last updated Oct. 31, 2024').meta?.dateLabel).toBe('updated');
  });

  it('reads a bulleted "• 11/29/2024" as a bare date', () => {
    const block = one('• 11/29/2024');
    expect(block).toMatchObject({ kind: 'meta', bulleted: true, meta: { dateText: '11/29/2024', dateLabel: 'other' } });
  });

  it('reads a day named from the capture with a time, "Today 12:01 AM", as a relative stamp, and "Today" alone as none', () => {
    expect(one('Today 12:01 AM').meta).toEqual({ relative: { amount: 0, unit: 'day' } });
    expect(one('Yesterday at 5:30 pm').meta).toEqual({ relative: { amount: 1, unit: 'day' } });
    expect(one('Today').kind).not.toBe('meta');
    expect(one('Today the troops reached Kursk at 12:01 local time.').kind).not.toBe('meta');
  });

  it('reads "time2 hours ago" and "5h ago" as relative stamps', () => {
    expect(one('time2 hours ago').meta).toEqual({ relative: { amount: 2, unit: 'hour' } });
    expect(one('5h ago').meta).toEqual({ relative: { amount: 5, unit: 'hour' } });
    expect(one('Updated 3 days ago').meta).toEqual({ relative: { amount: 3, unit: 'day' } });
  });

  it('reads an outlet name from the registry on its own line', () => {
    expect(one('NBC News')).toMatchObject({ kind: 'meta', meta: { publisherId: 'nbc-news' } });
    expect(one('korea herald')).toMatchObject({ kind: 'meta', meta: { publisherId: 'korea-herald' } });
  });

  it('reads outlet names from whatever registry it is given, with no outlet built in', () => {
    const tiny = createRegistry({ publishers: [{ id: 'gazette', name: 'The Example Gazette', domains: ['gazette.example'] }] });
    const [named, other] = classifyBlocks(splitBlocks('The Example Gazette\nNBC News'), { registry: tiny });
    expect(named).toMatchObject({ kind: 'meta', meta: { publisherId: 'gazette' } });
    expect(other!.kind).not.toBe('meta');
  });

  it('reads a date and a writer on one line, in either order, as both', () => {
    expect(one('November 20, 2019 Emiliano Bellini')).toMatchObject({ kind: 'meta', meta: { dateText: 'November 20, 2019 Emiliano Bellini', byline: 'Emiliano Bellini' } });
    expect(one('Jane Doe | Oct. 30, 2024')).toMatchObject({ kind: 'meta', meta: { byline: 'Jane Doe' } });
    expect(one('Feb. 1, 2019 BY: Ilana Muhlstein, MS, RDN').meta?.byline).toBe('Ilana Muhlstein, MS, RDN');
  });

  it('reads a writer named in a script without capitals, parted from the date by a full-width slash, as date and byline', () => {
    const line = 'by ライトハウス国際特許事務所 ／ 2016.12.01';
    expect(one(line)).toMatchObject({ kind: 'meta', meta: { dateText: line, byline: 'ライトハウス国際特許事務所' } });
    expect(one('By 김철수 기자 | 2024.10.30').meta?.byline).toBe('김철수 기자');
  });

  it('reads a "By" line of one name or of several beside a date as date and byline, and an unlabelled single word as neither', () => {
    expect(one('By Jane Doe and John Roe | Nov. 5, 2019').meta?.byline).toBe('Jane Doe and John Roe');
    expect(one('By Reuters Nov. 5, 2019').meta?.byline).toBe('Reuters');
    expect(one('Oct. 30, 2024 Updated').meta?.byline).toBeUndefined();
  });

  it('reads a "By" line whose name has a handle glued on, beside a date, as date and byline', () => {
    const line = 'By Chris Pokorny@DawgsByNature Nov 18, 2019, 11:47am EST';
    expect(one(line)).toMatchObject({ kind: 'meta', meta: { dateText: line, byline: 'Chris Pokorny' } });
  });

  it("does not read an embedded post's signature, or a name followed by links and categories, as the article's date and byline", () => {
    expect(one('— PFF CLE Browns (@PFF_Browns) November 15, 2019').meta?.byline).toBeUndefined();
    expect(one('Carlos Nadalim 27/09/2018 Comente! Alfabetização, Brinquedos e Brincadeiras, Música').meta?.byline).toBeUndefined();
    expect(one('Tony Carter June 13, 2014 All, Books, Kit Reviews').meta?.byline).toBeUndefined();
  });

  it('reads the name under a byline label printed on a line of its own as the byline, and drops the label', () => {
    for (const label of ['Author:', 'By', 'Written by']) {
      const [labelBlock, name] = classifyLines([label, 'Practical Horseman Editorial Staff'], registry);
      expect(name).toMatchObject({ kind: 'meta', meta: { byline: 'Practical Horseman Editorial Staff' } });
      expect(labelBlock).toMatchObject({ kind: 'boilerplate', reason: 'the label of the byline below' });
    }
  });

  it('reads no byline under a label from a sentence, a date, a line after a blank line or an unlabelled line', () => {
    expect(classifyLines(['Author:', 'the editors of this page'], registry)[1]!.meta?.byline).toBeUndefined();
    expect(classifyLines(['Author:', 'Updated 12:30'], registry)[1]!.meta?.byline).toBeUndefined();
    expect(classifyLines(['Author:', '', 'Practical Horseman Editorial Staff'], registry)[1]!.kind).toBe('title');
    expect(classifyLines(['Sections', 'Practical Horseman Editorial Staff'], registry)[1]!.kind).toBe('title');
  });

  it("reads a name over the writer's handle as the byline, and drops the handle", () => {
    const [name, handle] = classifyLines(['Keris Lahiff', '@KERISALISON'], registry);
    expect(name).toMatchObject({ kind: 'meta', meta: { byline: 'Keris Lahiff' } });
    expect(handle).toMatchObject({ kind: 'boilerplate', reason: 'the social-media handle of the byline above' });
  });

  it.each([
    ['names with their outlet in capitals', 'Kevin Johnson and Kevin McCoy USA TODAY'],
    ['a name with a known outlet after a comma', 'Jane Doe, Reuters'],
    ["a desk's reports", 'Detroit News wire services'],
    ['names alone', 'Maren Estrada'],
    ['a name and an outlet the registry does not know, after a comma', 'Jane Doe, Weekly Gazette'],
    ['a name and an outlet in title case', 'Elliot Brownstein Florida Today'],
    ["a desk's reports, from staff and wire", 'From staff and wire reports'],
  ])('reads %s between the headline and the date line as the byline', (_what, credit) => {
    const [, block] = classifyLines(['North Korean Troops Reach the Front Line', credit, 'Published 7:07 PM EST Nov 19, 2019'], registry);
    expect(block).toMatchObject({ kind: 'meta', meta: { byline: credit } });
  });

  it.each([
    ['Justin McCurry in Tokyo', 'Justin McCurry'],
    ['Pjotr Sauer in Moscow and Shaun Walker in Kyiv', 'Pjotr Sauer and Shaun Walker'],
    ['Jane Doe in New York', 'Jane Doe'],
  ])('reads names with the place they write from, %j, between the headline and the date line as the byline', (credit, names) => {
    const [, block] = classifyLines(['North Korean troops have engaged in combat, says Ukraine', credit, 'Tue 5 Nov 2024 04.20 GMT'], registry);
    expect(block).toMatchObject({ kind: 'meta', meta: { byline: names } });
  });

  it.each([
    ['Rebecca Thorne, Moscow correspondent', 'Rebecca Thorne'],
    ['RINA TAKEDA, Nikkei staff writer', 'RINA TAKEDA'],
    ['Kim Da-som, Senior Reporter', 'Kim Da-som'],
  ])('reads a name with its role after a comma, %j, as a byline wherever it stands', (credit, name) => {
    expect(classifyLines([credit], registry)[0]).toMatchObject({ kind: 'meta', meta: { byline: name } });
  });

  it.each(['SEOUL, South Korea', 'Kursk, the correspondent said', 'North Korea, a new contributor'])('reads %j, no name and role, as no byline', (line) => {
    expect(classifyLines([line], registry)[0]!.meta?.byline).toBeUndefined();
  });

  it('drops a cookie banner\'s paragraph by how it opens, however long', () => {
    const banner = `This website uses cookies to improve your experience while you navigate through the website. ${'Out of these cookies, the cookies that are categorized as necessary are stored on your browser. '.repeat(5)}`;
    expect(classifyLines([banner.trim()], registry)[0]).toMatchObject({ kind: 'boilerplate', pattern: 'cookie-notice' });
  });

  it('reads a name set off from a headline-length title by a blank line, over the date, as the byline', () => {
    const blocks = classifyLines(['U.S. says North Korean troops have started fighting in Kursk', '', 'Laura Whitcombe', 'Nov 12, 2024 - World'], registry);
    expect(blocks[1]).toMatchObject({ kind: 'meta', meta: { byline: 'Laura Whitcombe' } });
    // Under a short title (a menu's item, a label) the same lines are no header's.
    expect(classifyLines(['World News', '', 'Laura Whitcombe', 'Nov 12, 2024 - World'], registry)[1]!.kind).toBe('title');
  });

  it("reads a name right under the header's date, past a programme credit, as the byline", () => {
    const blocks = classifyLines(['U.S. says 8,000 North Korean troops are in Kursk as Seoul weighs its response', 'Listen · 3:49', 'November 1, 2024 5:27 AM ET', 'Heard on Morning Edition', 'Julia Renner'], registry);
    expect(blocks[4]).toMatchObject({ kind: 'meta', meta: { byline: 'Julia Renner' } });
    // Under a teaser's date in a list of short titles, a name is no byline.
    expect(classifyLines(['Seoul Reacts', 'November 1, 2024', 'Julia Renner'], registry)[2]!.kind).toBe('title');
  });

  it("reads a name under the headline's standfirst, past a follow button, over the date, as the byline, though printed again below", () => {
    const lines = [
      'North Korean troops join Russian marines and paratroopers in Kursk fighting, Seoul says',
      'South Korea’s spy agency says some of the more than 10,000 soldiers sent by Pyongyang are already in combat on the front line.',
      'Kim Da-som', '+ FOLLOW', 'Published: 2:30pm, 13 Nov 2024', '', prose(0), '', 'Kim Da-som',
    ];
    expect(classifyLines(lines, registry)[2]).toMatchObject({ kind: 'meta', meta: { byline: 'Kim Da-som' } });
    // Printed above it too, by the menu, the same line is no writer's.
    expect(classifyLines(['Kim Da-som', '', ...lines.slice(0, 5)], registry)[3]!.kind).toBe('title');
  });

  it('reads "By" with a slash in the name ("By RFE/RL\'s Ukrainian Service") as a byline, not a photo credit', () => {
    expect(classifyLines(["By RFE/RL's Ukrainian Service"], registry)[0]).toMatchObject({ kind: 'meta', meta: { byline: "RFE/RL's Ukrainian Service" } });
  });

  it.each(['Photographer: -/AFP/Getty Images', 'STR/KCNA via KNS/AFP via Getty Images, FILE'])('reads %j as a photo credit', (line) => {
    expect(classifyLines([line], registry)[0]!.kind).toBe('caption');
  });

  it('reads "Published" on a line of its own as the label of the date under it', () => {
    const blocks = classifyLines(['North Korean troops have begun fighting in Kursk, US says', 'Daniel Rourke in Seoul and Irina Volkova in Berlin', 'Published', 'November 13 2024'], registry);
    expect(blocks[2]).toMatchObject({ kind: 'boilerplate', pattern: 'date-label' });
    expect(blocks[3]!.meta).toMatchObject({ dateLabel: 'published' });
    // Past the label, the names over the date are the byline.
    expect(blocks[1]).toMatchObject({ kind: 'meta', meta: { byline: 'Daniel Rourke and Irina Volkova' } });
  });

  it("reads names under a photo's caption, over the date, as the byline", () => {
    const blocks = classifyLines(['North Korean troops have begun fighting in Kursk, US says', 'North Korean soldiers at a parade in Pyongyang. Western officials estimate more than 10,000 have been sent to Russia © KCNA via Reuters', 'Daniel Rourke in Seoul', 'November 13 2024'], registry);
    expect(blocks[1]!.kind).toBe('caption');
    expect(blocks[2]).toMatchObject({ kind: 'meta', meta: { byline: 'Daniel Rourke' } });
  });

  it("drops prose right over an appeal's button as the appeal's text, and keeps it when a blank line parts them", () => {
    const appeal = 'From reproductive rights to climate change to Big Tech, The Independent is on the ground when the story is developing, and we know how important it is.';
    expect(classifyLines([appeal, 'Support Now'], registry)[0]).toMatchObject({ kind: 'boilerplate', pattern: 'donation-appeal' });
    expect(classifyLines([appeal, '', 'Support Now'], registry)[0]!.kind).toBe('paragraph');
  });

  it('reads a caption ending in a photographer and agency after a spaced slash', () => {
    const [block] = classifyLines(['Vladimir Putin and Kim Jong Un in Pyongyang in June. Gavriil Grigorov / TASS'], registry);
    expect(block!.credit).toBe('Gavriil Grigorov / TASS');
    expect(classifyLines(['Troops moved in. The ratio was 3 / 4 of the force'], registry)[0]!.credit).toBeUndefined();
  });

  it.each(['Troops Move In Near Kursk', 'Fighting in Kursk', 'Un soldat nord-coréen in Kursk'])(
    'keeps %j, no names before "in", a title between the headline and the date',
    (line) => {
      const [, block] = classifyLines(['North Korean Troops Reach the Front Line', line, 'Published 7:07 PM EST Nov 19, 2019'], registry);
      expect(block!.kind).toBe('title');
    },
  );

  it("reads a name over the writer's job title as the byline, blank lines between or not, and drops the job title", () => {
    const [name, role] = classifyLines(['Tom Gillespie', '', 'News reporter @TomGillespie1'], registry);
    expect(name).toMatchObject({ kind: 'meta', meta: { byline: 'Tom Gillespie' } });
    expect(role).toMatchObject({ kind: 'boilerplate', reason: 'the job title of the byline above' });
    expect(classifyLines(['Bruce Y. Lee', 'Senior Contributor', 'Healthcare'], registry)[0]).toMatchObject({ kind: 'meta', meta: { byline: 'Bruce Y. Lee' } });
    expect(classifyLines(['Kim Tong-Hyung', 'Chief Political Correspondent'], registry)[0]).toMatchObject({ kind: 'meta', meta: { byline: 'Kim Tong-Hyung' } });
    // The place or region covered, before the role.
    expect(classifyLines(['Jean Mackenzie', 'Seoul correspondent'], registry)[0]).toMatchObject({ kind: 'meta', meta: { byline: 'Jean Mackenzie' } });
    expect(classifyLines(['Jane Doe', 'North Korea Correspondent'], registry)[0]).toMatchObject({ kind: 'meta', meta: { byline: 'Jane Doe' } });
    // Under the headline and its standfirst, as on benchmark page 9210.
    const header = ['North Korean troops enter combat in Kursk region', prose(0), 'Tom Gillespie', 'News reporter @TomGillespie1', 'Oct. 30, 2024', prose(1)];
    expect(classifyLines(header, registry)[2]).toMatchObject({ kind: 'meta', meta: { byline: 'Tom Gillespie' } });
  });

  it('reads no byline from a headline over a job title, a quoted source inside the body, or a role that is no writer', () => {
    // A headline over its subject's title: it has function words.
    expect(classifyLines(['Meet the New Editor', 'Senior Editor'], registry)[0]!.kind).toBe('title');
    // A label over a role: all label words.
    expect(classifyLines(['Breaking News', 'Staff Writer'], registry)[0]!.kind).toBe('title');
    // The role inside a longer line.
    expect(classifyLines(['Jane Doe', 'Reporter for the Kyiv Independent covering the front line'], registry)[0]!.kind).toBe('title');
    // A quoted source's card between paragraphs of the body.
    expect(classifyLines([prose(0), prose(1), 'Jane Doe', 'Foreign Correspondent', prose(2)], registry)[2]!.kind).toBe('title');
    // Roles of sources and picture credits rather than writers.
    expect(classifyLines(['Kim Min-jun', 'Political Analyst'], registry)[0]!.kind).toBe('title');
    expect(classifyLines(['Jane Doe', 'Staff Photographer'], registry)[0]!.kind).toBe('title');
    expect(classifyLines(['Kim Min-jun', 'Seoul analyst'], registry)[0]!.kind).toBe('title');
  });

  it('keeps a deck in another language, with a function word in lower case, a title between the headline and the date', () => {
    const [, deck] = classifyLines(['Nordkoreanische Truppen an der Front', 'Die Geschichte des Krieges', 'Published 7:07 PM EST Nov 19, 2019'], registry);
    expect(deck!.kind).toBe('title');
  });

  it.each(['Russia Ukraine War', 'Just Stop Oil', 'Man City', 'Troops Move In Near Kursk'])(
    'keeps %j, a label or deck in the shape of names, a title between the headline and the date',
    (line) => {
      const [, block] = classifyLines(['North Korean Troops Reach the Front Line', line, 'Published 7:07 PM EST Nov 19, 2019'], registry);
      expect(block!.kind).toBe('title');
    },
  );

  it.each([
    ['German "Von"', 'Von Jana Müller', 'Jana Müller'],
    ['French "Par"', 'Par Jean Dupont', 'Jean Dupont'],
    ['French "Par" before an agency', 'Par AFP', 'AFP'],
    ['Spanish "Por"', 'Por Juan Pérez de la Cruz', 'Juan Pérez de la Cruz'],
    ['Russian "Автор:"', 'Автор: Иван Петров', 'Иван Петров'],
    ['Ukrainian "Авторка:"', 'Авторка: Олена Коваль', 'Олена Коваль'],
    ['English "Author:"', 'Author: Jane Doe', 'Jane Doe'],
    ['Portuguese "Autor:"', 'Autor: Carlos Nadalim', 'Carlos Nadalim'],
  ])('reads the byline after %s', (_label, line, name) => {
    expect(one(line)).toMatchObject({ kind: 'meta', meta: { byline: name } });
  });

  it.each(['Von Miller Signs With Bills', 'Por fin llega la paz', 'Par for the Course', 'Auteur Theory Revisited', 'Von der Leyen visits Kyiv'])(
    'reads no byline from %j, a title opening with a byline label\'s word',
    (line) => {
      expect(one(line).kind).not.toBe('meta');
    },
  );

  it('reads a name under a byline label of another language printed on a line of its own', () => {
    const [label, name] = classifyLines(['Автор:', 'Иван Петров'], registry);
    expect(name).toMatchObject({ kind: 'meta', meta: { byline: 'Иван Петров' } });
    expect(label!.kind).toBe('boilerplate');
  });

  it.each(['Фото: Reuters', 'Foto: dpa', 'Photo : AFP', 'Foto: EFE', '사진=연합뉴스', '[사진=AP 연합뉴스]', '写真：AP'])(
    'reads %j, a photo credit in another language of the archive, as a credit',
    (line) => {
      expect(one(line)).toMatchObject({ kind: 'caption', reason: 'photo credit' });
    },
  );

  it("reads a Korean reporter's signature as the byline, the name without the title or the e-mail address", () => {
    expect(one('김철수 기자 kimcs@yna.co.kr')).toMatchObject({ kind: 'meta', meta: { byline: '김철수' } });
    expect(one('김철수 특파원')).toMatchObject({ kind: 'meta', meta: { byline: '김철수' } });
    expect(one('기자들이 현장에 도착했다').kind).not.toBe('meta');
  });

  it('reads no bare names in a script without capitals, where any short line has their shape', () => {
    const [, line] = classifyLines(['북한', '북한군, 쿠르스크서 첫 교전', '입력 2024.10.30 14:05'], registry);
    expect(line!.kind).toBe('title');
  });

  it("reads a blog's post line, the date with its comment count and the post's other facts, as a date line", () => {
    expect(one('October 15, 2018/0 Comments/in Jeongdong Perfomance News /by jdadmin')).toMatchObject({ kind: 'meta', meta: { dateLabel: 'other' } });
    // A login is no writer's name.
    expect(one('October 15, 2018/0 Comments/in Jeongdong Perfomance News /by jdadmin').meta?.byline).toBeUndefined();
    expect(one('March 3, 2019 | 12 Comments | by Jane Doe')).toMatchObject({ kind: 'meta', meta: { byline: 'Jane Doe' } });
  });

  it('reads no post line without a comment count, or with a part that is no post fact', () => {
    expect(one('Troops Reached Kursk on October 15, 2018 / 0 Comments').kind).not.toBe('meta');
    expect(one('October 15, 2018 / 0 Comments / Photos of the troops near the front').kind).not.toBe('meta');
    expect(one('October 15, 2024 | 3 Comments | In Ukraine, a War Without End').kind).not.toBe('meta');
    expect(one('Sept. 11, 2001 | 2 Comments | By the numbers').kind).not.toBe('meta');
    // Headlines holding a date: a category or a "by" part alone is a headline's shape as often.
    expect(one('October 15, 2024 | In Ukraine, a War Without End').kind).not.toBe('meta');
    expect(one('Sept. 11, 2001 | By the numbers').kind).not.toBe('meta');
    expect(one('October 15, 2024 / By Land and Sea').meta?.byline).toBeUndefined();
  });

  it("reads the writer before the date's label, and before the first of several dates under a \"By\" label", () => {
    expect(one('By Jane Doe Updated Nov. 19, 2019')).toMatchObject({ kind: 'meta', meta: { byline: 'Jane Doe' } });
    expect(one('By Al Root Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET')).toMatchObject({ kind: 'meta', meta: { byline: 'Al Root' } });
    expect(one('Seoul Bureau | Updated : 19 November 2019, 09:01 AM')).toMatchObject({ kind: 'meta', meta: { byline: 'Seoul Bureau' } });
    // Unlabelled, a line of two dates names no writer between them.
    expect(one('Nov. 19, 2019 Jane Doe Nov. 20, 2019').meta?.byline).toBeUndefined();
  });

  it('reads no byline from a credit out of that place, or from a line that is no credit', () => {
    const headline = 'North Korean Troops Reach the Front Line';
    const date = 'Published 7:07 PM EST Nov 19, 2019';
    const credit = 'Kevin Johnson and Kevin McCoy USA TODAY';
    // Decks in title case.
    expect(classifyLines([headline, 'The Untold Story Of The Fall', date], registry)[1]!.kind).toBe('title');
    expect(classifyLines([headline, 'Troops Dig In Near Kursk', date], registry)[1]!.kind).toBe('title');
    // A label, though printed once.
    expect(classifyLines([headline, 'Breaking News', date], registry)[1]!.kind).toBe('title');
    expect(classifyLines([headline, 'Live Updates', date], registry)[1]!.kind).toBe('title');
    // A section's name, which the site's menu prints too.
    expect(classifyLines(['World', 'Middle East', 'Asia', '', headline, 'Middle East', date], registry)[4]!.kind).toBe('title');
    // No date under it, a blank line between it and a title too short for a headline, or a sentence above (a photo's
    // caption and its credit).
    expect(classifyLines([headline, credit, 'Share'], registry)[1]!.kind).not.toBe('meta');
    expect(classifyLines(['Front Line', '', credit, date], registry)[1]!.kind).not.toBe('meta');
    expect(classifyLines(['Soldiers march past the station in Kursk on Tuesday.', credit, date], registry)[1]!.kind).not.toBe('meta');
  });

  it('reads no byline from a headline over a handle, or a name parted from the handle by a blank line', () => {
    expect(classifyLines(['North Korean Troops Reach the Front Line', '@KERISALISON'], registry)[0]!.kind).toBe('title');
    expect(classifyLines(['Keris Lahiff', '', '@KERISALISON'], registry)[0]!.kind).toBe('title');
  });

  it('does not take a lower-case "by the way" line for a byline', () => {
    expect(one('by the way this is lower').kind).not.toBe('meta');
  });

  it('does not take a short sentence opening "By Wednesday, ..." for a byline', () => {
    const block = one('By Wednesday, the troops were near Kursk.');
    expect(block.kind).toBe('sentence');
    expect(block.meta?.byline).toBeUndefined();
  });

  it('does not take a sentence that mentions a date for a date stamp', () => {
    expect(one('The troops crossed into the Kursk region on Oct. 30, 2024, officials said.').kind).not.toBe('meta');
  });

  it('classifies an ambiguous numeric date stamp "03/04/2024" as meta, not as a title', () => {
    expect(one('03/04/2024').kind).toBe('meta');
  });

  it('reads an ambiguous numeric date stamp as meta once the order is known', () => {
    const [block] = classifyLines(['03/04/2024'], registry, 'DMY');
    expect(block).toMatchObject({ kind: 'meta', meta: { dateText: '03/04/2024' } });
  });
});

describe('teasers, prose and titles', () => {
  it('splits a domain-title teaser line into domain and headline', () => {
    expect(one('www.nbcnews.com North Korean troops have been sent to Russia, U.S. confirms')).toMatchObject({
      kind: 'domain-title',
      domain: 'www.nbcnews.com',
      titleText: 'North Korean troops have been sent to Russia, U.S. confirms',
      key: 'north korean troops have been sent to russia u s confirms',
    });
  });

  it('does not take a domain followed by a sentence for a teaser', () => {
    expect(one('example.com said the troops had arrived.').kind).not.toBe('domain-title');
  });

  it('tells a paragraph, a short sentence, a title and a fragment apart', () => {
    expect(one(prose(0)).kind).toBe('paragraph');
    expect(one('The troops arrived on Monday.').kind).toBe('sentence');
    expect(one('North Korean Troops Head To Kursk').kind).toBe('title');
    expect(one('SYMBOLIC?').kind).toBe('title');
    expect(one('and then some of it').kind).toBe('fragment');
    expect(one('Why troops matter:').kind).toBe('fragment');
  });

  it('takes a question in title case for a title however long, and a question in prose for prose', () => {
    const headline = "Fact Check: Is An 'Oxygen Bar' In Delhi Offering Fresh Air For Rs 300?";
    expect(isParagraph(headline)).toBe(true);
    expect(one(headline)).toMatchObject({ kind: 'title', reason: 'a question in title case' });
    expect(one('Will the North Korean troops sent to the Kursk region change the course of the war this winter?').kind).toBe('paragraph');
    // An interview's question stays prose, capitals or not.
    expect(one('Q: What Did The Soldiers Tell You About Their Training In The East Of Russia?').kind).not.toBe('title');
  });

  it('takes a line introducing the photos, video or post below it for a sentence, though it ends in a colon', () => {
    for (const line of ['See more photos:', 'Watch the video below:', "Here's the tweet:", 'Check out the pictures from the parade below:']) {
      expect(one(line)).toMatchObject({ kind: 'sentence', reason: 'a line introducing the photos, video or post below it' });
    }
    for (const line of ['See more:', 'Photos:', 'Watch: Kim meets Putin in Vladivostok', 'More photos:']) expect(one(line).kind).not.toBe('sentence');
  });

  it('takes a headline in title case ending in a full stop for a title', () => {
    expect(one("Home Depot Stock Is Falling After Its Earnings Release. Why You Shouldn't Worry.")).toMatchObject({ kind: 'title', reason: 'a headline in title case ending in a full stop' });
    expect(one('Tim Alberta Is a First-Rate Journalist. The DNC Should Quit Whining.').kind).toBe('title');
  });

  it('keeps a sentence thick with names, a short capitalised one and a shouted one out of the titles', () => {
    expect(one('North Korean leader Kim Jong Un and Russian President Vladimir Putin signed the treaty in Pyongyang.').kind).toBe('paragraph');
    expect(one('See You There.').kind).not.toBe('title');
    expect(one('THIS STORY IS DEVELOPING AND WILL BE UPDATED.').kind).not.toBe('title');
  });

  it('takes a long unpunctuated line (a truncated capture) for prose', () => {
    const truncated = 'North Korean soldiers have engaged Ukrainian forces in the Kursk region for the first time according to the military intelligence chief who spoke to reporters in the capital on';
    expect(truncated.split(' ').length).toBeGreaterThanOrEqual(25);
    expect(one(truncated).kind).toBe('paragraph');
  });

  it('isTitleLike and isParagraph agree with the kinds', () => {
    expect(isTitleLike('Why North Korea sending soldiers to Russia will bother China')).toBe(true);
    expect(isTitleLike('Will it matter?')).toBe(true);
    expect(isTitleLike('The troops arrived.')).toBe(false);
    expect(isTitleLike('lower case start')).toBe(false);
    expect(isParagraph('Too short to be prose.')).toBe(false);
    expect(isParagraph(prose(2))).toBe(true);
  });
});

describe('repeats', () => {
  it('marks two printings of one headline within the window, ignoring case and punctuation', () => {
    const blocks = classifyLines(['North Korean troops enter Kursk', 'By Jane Doe', 'North Korean Troops Enter Kursk!', prose(0)], registry);
    expect(blocks.map((b) => b.repeated)).toEqual([true, false, true, false]);
  });

  it('matches a teaser to a plain printing of its headline', () => {
    const blocks = classifyLines(['www.newsweek.com South Korea could follow North into war', 'South Korea could follow North into war'], registry);
    expect(blocks.map((b) => b.repeated)).toEqual([true, true]);
  });

  it('does not mark two printings further apart than the window', () => {
    const filler = Array.from({ length: REPEAT_WINDOW + 1 }, (_, i) => `Menu item number ${i}`);
    const blocks = classifyLines(['North Korean troops enter Kursk', ...filler, 'North Korean troops enter Kursk'], registry);
    expect(blocks[0]!.repeated).toBe(false);
    expect(blocks.at(-1)!.repeated).toBe(false);
  });

  it('reads a question printed twice over a byline or date as a headline, in any script', () => {
    for (const headline of ['Why are North Korean troops in Russia?', '商品の改造が商標法違反に！？']) {
      const blocks = classifyLines([headline, headline, 'By Jane Doe', prose(0)], registry);
      expect(blocks.slice(0, 2).map((b) => b.kind), headline).toEqual(['title', 'title']);
      expect(blocks[0]!.reason).toMatch(/printed twice over a byline or date/);
    }
  });

  it('leaves a question printed once, or twice with no byline or date under it, a sentence', () => {
    const question = 'Why are North Korean troops in Russia?';
    expect(classifyLines([question, 'By Jane Doe', prose(0)], registry)[0]!.kind).toBe('sentence');
    expect(classifyLines([question, question, prose(0)], registry)[0]!.kind).toBe('sentence');
    expect(classifyLines(['The troops are in Russia.', 'The troops are in Russia.', 'By Jane Doe', prose(0)], registry)[0]!.kind).toBe('sentence');
  });

  it('never marks blocks without words as repeats of each other', () => {
    const blocks = classifyLines(['—', '—'], registry);
    expect(blocks.map((b) => b.repeated)).toEqual([false, false]);
  });

  it('gives every block a non-empty reason', () => {
    const blocks = classifyLines(['Home', '6', prose(0), 'Title Line Here', 'and a fragment', '•', 'By Jane Doe', 'https://x.example/a'], registry);
    for (const b of blocks) expect(b.reason.length, b.text).toBeGreaterThan(0);
  });
});
