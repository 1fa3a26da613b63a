// checkTopic: an article is on topic only when every requirement is met; otherwise a reason names what is missing.
import { beforeAll, describe, expect, it } from 'vitest';
import { checkTopic, compileTopic, type TopicRules } from '../../src/ingest/checkTopic.ts';
import { archiveConfig } from '../helpers/archiveConfig.ts';

let topic: TopicRules;
beforeAll(async () => {
  topic = (await archiveConfig()).topic;
});

describe('checkTopic with the archive’s rules', () => {
  it('accepts an article about North Korea and the war', () => {
    expect(checkTopic('North Korean troops were seen near Kursk.', topic)).toEqual({ onTopic: true, reason: null });
    expect(checkTopic('DPRK soldiers joined the fight, Zelenskyy said.', topic)).toEqual({ onTopic: true, reason: null });
  });

  it('takes North Korean troops sent to Russia for the war, the place unnamed', () => {
    expect(checkTopic("South Korea's spy agency says North Korean troops sent to Russia are likely to be deployed to combat soon.", topic).onTopic).toBe(true);
    expect(checkTopic('Pyongyang has deployed soldiers to Russia, officials said.', topic).onTopic).toBe(true);
    expect(checkTopic('North Korea sent a trade delegation to Russia, state media said.', topic).onTopic).toBe(false);
  });

  it('says "no mention of North Korea" when the subject is missing', () => {
    expect(checkTopic('Putin says Russia will seek defense cuts though it depends on the war in Ukraine.', topic)).toEqual({
      onTopic: false, reason: 'off-topic: no mention of North Korea',
    });
  });

  it('says "North Korea, but not the war" when only the subject is there', () => {
    expect(checkTopic('Six Americans were detained for trying to send rice to North Korea by sea.', topic)).toEqual({
      onTopic: false, reason: 'off-topic: North Korea, but not the war',
    });
  });

  it('matches patterns at a word start only ("Ukrain" in "Ukrainian", not inside another word)', () => {
    expect(checkTopic('North Korea and the Ukrainian front', topic).onTopic).toBe(true);
    expect(checkTopic('North Korea and the XUkrainian front', topic).onTopic).toBe(false);
  });

  it.each([
    ['Russian', 'Северокорейские военные впервые вступили в бой с украинскими войсками в Курской области.'],
    ['Russian, the DPRK by its initials', 'Солдаты КНДР переброшены в Россию для участия в СВО.'],
    ['Ukrainian', 'Північнокорейські військові вперше вступили в бій з українськими військами на Курщині.'],
    ['Korean', '북한군이 처음으로 러시아 쿠르스크 지역에서 우크라이나군과 교전을 벌였다.'],
    ['Japanese', '約1万人の北朝鮮兵がロシア西部クルスク州でウクライナ軍と交戦した。'],
    ['Chinese', '据报道，朝鲜士兵在库尔斯克与乌克兰军队交战。'],
    ['German', 'Nordkoreanische Soldaten kämpfen erstmals gegen ukrainische Truppen bei Kursk.'],
    ['French', 'Des soldats nord-coréens combattent les forces ukrainiennes près de Koursk.'],
    ['Spanish', 'Soldados norcoreanos combaten contra las fuerzas ucranianas en Kursk.'],
  ])('accepts an article about North Korea and the war in %s', (_language, text) => {
    expect(checkTopic(text, topic)).toEqual({ onTopic: true, reason: null });
  });

  it('still wants both requirements in another language', () => {
    expect(checkTopic('Северная Корея провела испытание ракеты.', topic).reason).toBe('off-topic: North Korea, but not the war');
    expect(checkTopic('우크라이나군이 반격에 나섰다.', topic).reason).toBe('off-topic: no mention of North Korea');
  });

  it('says no mention of North Korea for empty text', () => {
    expect(checkTopic('', topic).reason).toBe('off-topic: no mention of North Korea');
  });
});

describe('checkTopic with rules given inline', () => {
  const rules = compileTopic({
    requirements: [
      { label: 'cats', patterns: ['cats?', 'kittens?'] },
      { label: 'dogs', patterns: ['dogs?'] },
      { label: 'Paris', patterns: ['Paris'] },
    ],
  });

  it('names the first missing requirement and the ones met', () => {
    expect(checkTopic('A cat and a dog.', rules)).toEqual({ onTopic: false, reason: 'off-topic: cats and dogs, but not Paris' });
    expect(checkTopic('A kitten in Paris.', rules)).toEqual({ onTopic: false, reason: 'off-topic: cats and Paris, but not dogs' });
    expect(checkTopic('A dog in Paris.', rules)).toEqual({ onTopic: false, reason: 'off-topic: no mention of cats' });
  });

  it('is on topic when every requirement is met', () => {
    expect(checkTopic('cats and dogs in Paris', rules)).toEqual({ onTopic: true, reason: null });
  });

  it('finds a match at a word start after matches inside words, and after letters of any script', () => {
    const seoul = compileTopic({ requirements: [{ label: 'Seoul', patterns: ['Seoul'] }] });
    expect(checkTopic('XSeoul, ЖSeoul and 𝐀Seoul, then Seoul.', seoul).onTopic).toBe(true);
    expect(checkTopic('XSeoul, ЖSeoul and 𝐀Seoul', seoul).onTopic).toBe(false);
    expect(checkTopic('😀Seoul', seoul).onTopic).toBe(true);
  });

  it('keeps a pattern’s own groups and back-references working', () => {
    const doubled = compileTopic({ requirements: [{ label: 'doubled', patterns: ['(ha)\\1'] }] });
    expect(checkTopic('aha haha', doubled).onTopic).toBe(true);
    expect(checkTopic('ahaha', doubled).onTopic).toBe(false);
  });

  it('with no requirements, everything is on topic', () => {
    expect(checkTopic('anything', compileTopic({ requirements: [] }))).toEqual({ onTopic: true, reason: null });
  });
});
