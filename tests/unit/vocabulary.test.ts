// The furniture vocabulary's matchers: the unions in front of the patterns only ever reject lines no pattern takes.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPEAL_PHRASES, isAnchored, LINE_FURNITURE, matchAppeal, matchLineFurniture } from '../../src/ingest/vocabulary.ts';
import { REPO_ROOT } from '../helpers/archiveConfig.ts';

describe('isAnchored', () => {
  it.each([
    [/^(home|menu)$/i, true],
    [/^a(b|c)|d/, false],
    [/^(a|b)[|(]x/, true],
    [/^a\|b/, true],
    [/play[- ]?store$/i, false],
    [/\bdownload\b|^(app store)$/i, false],
  ])('%s → %s', (re, anchored) => {
    expect(isAnchored(re)).toBe(anchored);
  });
});

describe('matchLineFurniture', () => {
  it.each([
    ['Print this page (opens in a new window)', 'sharing-widget'],
    ['Get it on Google Play Store', 'app-prompt'],
    ['Our app on the Google Play Store', 'app-prompt'],
    ['Download the Yonhap app today', 'app-prompt'],
    ['Keith Bradsher contributed reporting from Hong Kong.', 'contributor-credit'],
    ['Home', 'navigation'],
    ['Most Popular', 'section-label'],
    ['Thanks for watching!Visit Website', 'video-ad'],
    ['Skip Ad', 'video-ad'],
    ['Flipboard', 'sharing-widget'],
    ['Pocket', 'sharing-widget'],
    ['This article is more than 1 year old', 'archive-notice'],
    ['Listen to this article · 5:42 min Learn more', 'sharing-widget'],
    ['Reporting from Seoul', 'reporting-from'],
    ['Translated by Claire Shinn. Edited by Eugene Whong and Malcolm Foster.', 'contributor-credit'],
    ['Press play to listen to this article', 'sharing-widget'],
    ['Why you can trust Sky News', 'trust-notice'],
    ['Comment 120', 'comments-widget'],
    ['Gift Article', 'sharing-widget'],
    ['Some information for this report came from The Associated Press and Reuters.', 'contributor-credit'],
    ['Write to us', 'contact-prompt'],
    ['Please direct any comments or questions to [dailynkenglish@uni-media.net].', 'contact-prompt'],
    ['Voiced by artificial intelligence.', 'sharing-widget'],
    ['Reporting from Kyiv and Kharkiv, Ukraine', 'reporting-from'],
    ['This article is more than 5 years old', 'archive-notice'],
    ['This article was published more than 2 years ago.', 'archive-notice'],
    ['Save articles to read later and create your own reading list.', 'sharing-widget'],
  ])('%j is %s', (line, name) => {
    expect(matchLineFurniture(line)?.name).toBe(name);
  });

  it.each([
    ['Читайте также', 'section-label'],
    ['Самое читаемое', 'section-label'],
    ['Найпопулярніше', 'section-label'],
    ['관련기사', 'section-label'],
    ['많이 본 뉴스', 'section-label'],
    ['関連記事', 'section-label'],
    ['Lesen Sie auch', 'section-label'],
    ['Les plus lus', 'section-label'],
    ['Lo más leído', 'section-label'],
    ['Читайте также: Зеленский призвал союзников ответить', 'related-link'],
    ['Читайте також — Зеленський закликав союзників', 'related-link'],
    ['Lesen Sie auch: Selenskyj fordert Reaktion der Verbündeten', 'related-link'],
    ['Lire aussi : Zelensky appelle les alliés à réagir', 'related-link'],
    ['[관련기사] 젤렌스키, 북한군 파병에 동맹국 대응 촉구', 'related-link'],
    ['Реклама', 'advertising-label'],
    ['Anzeige', 'advertising-label'],
    ['광고', 'advertising-label'],
    ['Поделиться', 'sharing-widget'],
    ['공유하기', 'sharing-widget'],
    ['Partager', 'sharing-widget'],
    ['저작권자 © 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지', 'copyright'],
    ['Все права защищены', 'copyright'],
    ['Подписывайтесь на наш канал в Telegram', 'follow-prompt'],
    ['Підписуйтесь на нас у соцмережах', 'follow-prompt'],
  ])('%j, in another language of the archive, is %s', (line, name) => {
    expect(matchLineFurniture(line)?.name).toBe(name);
  });

  it('takes no sentence that uses those words in reporting', () => {
    expect(matchLineFurniture('Читайте также показания свидетелей, опубликованные в четверг.')).toBeUndefined();
    expect(matchLineFurniture('Реклама на российском телевидении призывает добровольцев вступать в армию.')).toBeUndefined();
    expect(matchLineFurniture('Подписывайтесь на контракт призывали военкоматы, сообщили в Киеве.')).toBeUndefined();
    expect(matchLineFurniture('광고 업계는 북한군 파병 소식에 촉각을 곤두세웠다.')).toBeUndefined();
  });

  it('takes no sentence that merely mentions a store or a contribution', () => {
    expect(matchLineFurniture('Apple removed the app from its store after complaints.')).toBeUndefined();
    expect(matchLineFurniture('Seoul contributed troops to the exercise, officials said.')).toBeUndefined();
    expect(matchLineFurniture('Thanks for watching the parade, the general told the troops.')).toBeUndefined();
  });

  it('gives the first pattern that matches, on every line of the fixture dumps', () => {
    const dir = path.join(REPO_ROOT, 'tests/fixtures/seeds');
    const lines = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split('\n').map((l) => l.trim()));
    lines.push('Share on Facebook (opens in a new window)', 'Get it on Google Play Store', 'Subscribe to our newsletter for the latest news');
    let matched = 0;
    for (const line of lines) {
      expect(matchLineFurniture(line)).toBe(LINE_FURNITURE.find((p) => p.re.test(line)));
      expect(matchAppeal(line)).toBe(APPEAL_PHRASES.find((p) => p.re.test(line)));
      if (matchLineFurniture(line)) matched += 1;
    }
    expect(matched).toBeGreaterThan(10);
  });
});
