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
    ['Story continues', 'advertising-label'],
    ['Sponsor Message', 'advertising-label'],
    ['Heard on Morning Edition', 'broadcast-credit'],
    ['Listen · 3:49', 'sharing-widget'],
    ['Toggle more options', 'sharing-widget'],
    ['A Message from The Moscow Times:', 'appeal-label'],
    ['Dear readers,', 'appeal-label'],
    ['Support Now', 'appeal-button'],
    ['Give', 'appeal-button'],
    ['Accept all', 'appeal-button'],
    ['Manage cookies', 'appeal-button'],
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

  it.each([
    ['We and our partners use cookies and similar technologies on this site to improve its performance, to personalise content and advertising, and to analyse our traffic.', 'cookie-notice'],
    ["We use cookies to provide you with a better service and experience. Carry on browsing if you're happy with this, or find out how to manage cookies.", 'cookie-notice'],
    ['I would like to be emailed about offers, events and updates from The Independent. Read our privacy notice', 'marketing-consent'],
    ["By registering, you consent to receiving marketing emails from SCMP. If you don't want these, tick here", 'marketing-consent'],
    ['Sign up to our free Morning Headlines email for the latest news, sent straight to your inbox', 'newsletter'],
    ['Simply sign up to the War in Ukraine myFT Digest -- delivered directly to your inbox.', 'newsletter'],
    ['Roula Khalaf, Editor of the FT, selects her favourite stories in this weekly newsletter.', 'newsletter'],
    ['Sign up for our daily briefing', 'newsletter'],
    ['This article appeared in the Asia section of the print edition under the headline “Cannon fodder”', 'print-edition'],
    ["Appeared in the November 6, 2024, print edition as 'North Korean Troops Clash With Ukrainians'.", 'print-edition'],
    ['You have 2 free articles left this month. Subscribe for unlimited access.', 'donation-appeal'],
    ['Unlock the Editor’s Digest for free', 'donation-appeal'],
    ['Subscribe to Nikkei Asia for in-depth coverage of the region.', 'donation-appeal'],
    ["RFE/RL's mission is to promote democratic values by providing accurate, uncensored news and open debate.", 'donation-appeal'],
    ['Sign up for the latest news from across our broadcast region.', 'newsletter'],
    ['Your support, no matter how small, makes a world of difference. If you can, please support us monthly.', 'donation-appeal'],
    ['Cookies on FT Sites', 'cookie-notice'],
    ['Your privacy', 'cookie-notice'],
  ])('%j is an appeal or notice: %s', (line, name) => {
    expect(matchAppeal(line)?.name).toBe(name);
  });

  it('takes no reporting that mentions cookies, newsletters or a print edition', () => {
    expect(matchAppeal('The regulator said the firm would only use cookies in line with the law, officials said.')).toBeUndefined();
    expect(matchAppeal('The leaflets urged soldiers to defect, and some appeared in the print edition of a Seoul daily.')).toBeUndefined();
    expect(matchAppeal('Kim Jong Un would like to receive Russian technology in return, the agency said.')).toBeUndefined();
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
