// recogniseNames: names the gazetteer lacks, found by their shape (capitalised words inside sentences), named twice or more.
import { describe, expect, it } from 'vitest';
import { MAX_RECOGNISED_NAMES, NAME_PARAGRAPHS, recogniseNames } from '../../src/ingest/recogniseNames.ts';

const known = new Set(['North Korea', 'Kim Jong Un', 'Russia']);
/** The gazetteer's test as extractTags asks it: does the text hold one of its names? */
const isKnown = (text: string) => [...known].some((name) => text.includes(name));
const names = (headline: string, paragraphs: string[], summary: string | null = null) => recogniseNames({ headline, summary, paragraphs }, isKnown);

describe('recogniseNames', () => {
  it('finds a person, a place and an organisation named twice, most named first', () => {
    const found = names('Oleksandr Syrskyi visits Pokrovsk Front', [
      'Oleksandr Syrskyi said on Friday that the Pokrovsk Front was the hottest spot, according to the Institute for the Study of War.',
      'The Institute for the Study of War said the Pokrovsk Front had held. Syrskyi, quoted by Ukrainska Pravda, agreed.',
      'Later, Oleksandr Syrskyi flew back to Kyiv.',
    ]);
    expect(found).toEqual(['Oleksandr Syrskyi', 'Pokrovsk Front', 'Institute for the Study of War']);
  });

  it('needs two mentions: a name printed once is no tag', () => {
    expect(names('Talks', ['Marta Kos said the talks would go on.', 'The talks went on.'])).toEqual([]);
  });

  it('leaves the gazetteer its own names, with or without a possessive or a word before them', () => {
    expect(names('Kim Jong Un’s troops', ['Kim Jong Un’s troops moved.', 'Kim Jong Un has praised them. North Korea’s army grew.', 'North Korea’s army grew again.'])).toEqual([]);
  });

  it('takes a title, a sentence’s capitalised first word or a possessive off the name', () => {
    const found = names('Envoy', [
      'President Alexander Stubb met the envoy. The Alexander Stubb cabinet agreed.',
      'Alexander Stubb’s office said so.',
    ]);
    expect(found).toEqual(['Alexander Stubb']);
  });

  it('takes an office with the words qualifying it off a name, and keeps those words where they start a name', () => {
    const found = names('Talks', [
      'Deputy Defense Minister Andrei Belousov met the Foreign Ministry staff.',
      'Vice President Andrei Belousov left; the Foreign Ministry stayed.',
    ]);
    expect(found).toEqual(['Andrei Belousov', 'Foreign Ministry']);
  });

  it('reads no name in a nationality before a common noun, a lead-in in capitals, an interface label or a date', () => {
    expect(names('North Korean troops', [
      'North Korean troops advanced. South Korean officials said North Korean troops were near.',
      'DEAR READER: Most of this is true. DEAR READER: more.',
      'Read More about it. Read More below.',
      'Black Friday came. Black Friday sales rose.',
    ])).toEqual([]);
  });

  it('reads no part of a longer name as a name of its own', () => {
    const text = ['Analysts at the Center for Strategic and International Studies agreed.', 'The Center for Strategic and International Studies said so again.'];
    expect(names('Analysis', text)).not.toContain('International Studies');
  });

  it('counts the headline and the standfirst, and looks only at the first paragraphs', () => {
    expect(names('Taylor Swift wins', ['Taylor Swift won.'])).toEqual(['Taylor Swift']);
    expect(names('Awards', ['A line.'], 'Big Machine spoke, and Big Machine won.')).toEqual(['Big Machine']);
    const late = [...Array.from({ length: NAME_PARAGRAPHS }, () => 'Nothing here.'), 'Scooter Braun spoke.', 'Scooter Braun left.'];
    expect(names('Late', late)).toEqual([]);
  });

  it('keeps at most MAX_RECOGNISED_NAMES names', () => {
    const many = Array.from({ length: MAX_RECOGNISED_NAMES + 3 }, (_, i) => `Person Number${String.fromCharCode(65 + i)}x`);
    expect(names('Many', [many.map((n) => `${n} spoke, then ${n} left.`).join(' ')])).toHaveLength(MAX_RECOGNISED_NAMES);
  });

  it('reads names in other scripts with capitals, and not inside a word', () => {
    expect(names('Диета Аткинса', ['Диета Аткинса пришла с запада.'])).toEqual(['Диета Аткинса']);
    expect(names('Phones', ['The iPhone Pro sold. The iPhone Pro sold again.'])).toEqual([]);
  });
});
