// readBody: from a first paragraph onward, the body steps over short interruptions, crosses a link list only into a run of paragraphs, and stops at article-ending labels.
import { beforeAll, describe, expect, it } from 'vitest';
import { BODY_GAP_LOOKAHEAD, headingVerdict, readBody } from '../../src/ingest/readBody.ts';
import type { Registry } from '../../src/publishers/registry.ts';
import { archiveConfig } from '../helpers/archiveConfig.ts';
import { classifyLines, prose } from '../helpers/pipeline.ts';

let registry: Registry;
beforeAll(async () => {
  registry = (await archiveConfig()).registry;
});

function bodyOf(lines: string[]) {
  const blocks = classifyLines(lines, registry);
  const read = readBody(blocks, 0, blocks.length, null);
  return {
    body: read.body.map((p) => (p.role === 'heading' ? `## ${p.block.text}` : p.block.text)),
    dropped: read.dropped.map((d) => [d.block.text, d.reason]),
    meta: read.meta.map((b) => b.text),
    last: read.last,
  };
}

const LINKS = ['Kim Jong Un Visits Factory', 'Seoul Weather This Week', 'Markets Close Higher Today', 'Five Things To Know', 'Sports Results In Brief'];

describe('readBody', () => {
  it('steps over an ad label and a date line between paragraphs', () => {
    const read = bodyOf([prose(0), 'Advertisement', 'Oct. 30, 2024', prose(1)]);
    expect(read.body).toEqual([prose(0), prose(1)]);
    expect(read.dropped).toEqual([['Advertisement', 'advertising label']]);
    expect(read.meta).toEqual(['Oct. 30, 2024']);
    expect(read.last).toBe(3);
  });

  it('stops at a label that ends the article', () => {
    expect(bodyOf([prose(0), 'Related Articles', prose(1)]).body).toEqual([prose(0)]);
    expect(bodyOf([prose(0), 'Comments', prose(1)]).body).toEqual([prose(0)]);
  });

  it('takes a short capitalised line directly before a paragraph as a heading', () => {
    expect(bodyOf([prose(0), 'What Comes Next', prose(1)]).body).toEqual([prose(0), '## What Comes Next', prose(1)]);
  });

  it(`crosses a list of ${LINKS.length} links into a run of paragraphs, dropping the links`, () => {
    expect(LINKS.length).toBeGreaterThan(BODY_GAP_LOOKAHEAD);
    const read = bodyOf([prose(0), ...LINKS, prose(1), prose(2)]);
    expect(read.body).toEqual([prose(0), prose(1), prose(2)]);
    expect(read.dropped.map(([text]) => text)).toEqual(LINKS);
  });

  it('does not cross a list of links to a single teaser paragraph', () => {
    const read = bodyOf([prose(0), ...LINKS, prose(1)]);
    expect(read.body).toEqual([prose(0)]);
    expect(read.last).toBe(0);
  });

  it('keeps lines cut mid-sentence at a comma that run straight into prose, in any script', () => {
    const broken = ['そして、その他にも、', 'もとの商品に付された商標を消した商品を販売する行為や、', '商標権侵害と判断される場合があります。'];
    expect(bodyOf([prose(0), ...broken, prose(1)]).body).toEqual([prose(0), ...broken, prose(1)]);
    const english = ['The ministry said the troops, who arrived on Monday,', 'had been moved to the border region overnight.'];
    expect(bodyOf([prose(0), ...english, prose(1)]).body).toEqual([prose(0), ...english, prose(1)]);
  });

  it('does not join comma-ended lines across a blank line, nor lines that lead to no prose', () => {
    expect(bodyOf([prose(0), 'Seoul, Busan,', '', 'Incheon, Daegu,', '', prose(1)]).body).toEqual([prose(0), prose(1)]);
    expect(bodyOf([prose(0), 'Seoul, Busan,', 'Incheon, Daegu,', 'Ulsan']).body).toEqual([prose(0)]);
  });

  it('tells headings from story links by length and capitals', () => {
    const [short, shouted, long] = classifyLines(['What Comes Next', 'NATO CONFIRMS NORTH KOREAN TROOPS FIGHTING IN RUSSIA', 'Why The Deployment Of North Korean Troops Could Change The Course Of The War'], registry);
    expect(headingVerdict(short!)).toBe('heading');
    expect(headingVerdict(shouted!)).toMatch(/all-caps.*link/);
    expect(headingVerdict(long!)).toMatch(/too long for a heading/);
  });
});
