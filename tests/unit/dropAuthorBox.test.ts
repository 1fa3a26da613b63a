// dropAuthorBox: the writer's bio under an article (a heading naming the writer credited in the header, a paragraph
// about them) is dropped with a reason; a last section about the article's subject is not.
import { beforeAll, describe, expect, it } from 'vitest';
import { dropAuthorBox } from '../../src/ingest/dropAuthorBox.ts';
import type { Registry } from '../../src/publishers/registry.ts';
import { archiveConfig } from '../helpers/archiveConfig.ts';
import { prose, segmentLines } from '../helpers/pipeline.ts';

let registry: Registry;
beforeAll(async () => {
  registry = (await archiveConfig()).registry;
});

const BIO = 'Jane Doe joined the paper in 2017 and has reported from Seoul and Kyiv since then, covering defence and diplomacy.';

function lastPartsAfter(lines: string[]): { body: string[]; dropped: [string, string][] } {
  const { blocks, seg } = segmentLines(lines, registry);
  const span = dropAuthorBox(blocks, seg.spans[0]!);
  return { body: span.body.map((p) => p.block.text), dropped: span.dropped.map((d) => [d.block.text, d.reason]) };
}

describe('dropAuthorBox', () => {
  it("drops the writer's bio box under the story, heading and paragraph, with a reason", () => {
    for (const heading of ['Jane Doe', 'About Jane Doe', 'Sobre Jane Doe']) {
      const { body, dropped } = lastPartsAfter(['North Korean troops enter combat in Kursk region', 'By Jane Doe', prose(0), prose(1), prose(2), heading, BIO]);
      expect(body, heading).toEqual([prose(0), prose(1), prose(2)]);
      expect(dropped.filter(([, reason]) => /author box/.test(reason)).map(([text]) => text)).toEqual([heading, BIO]);
    }
  });

  it('drops one box per writer credited, names in capitals and bios naming them in any case', () => {
    const boxes = ['HYUNG-JIN KIM', 'Kim covers North and South Korea for The Associated Press.', 'KIM TONG-HYUNG', 'Kim reports from Seoul.'];
    const { body, dropped } = lastPartsAfter(['North Korean troops enter combat in Kursk region', 'By HYUNG-JIN KIM and KIM TONG-HYUNG', prose(0), prose(1), prose(2), ...boxes]);
    expect(body).toEqual([prose(0), prose(1), prose(2)]);
    expect(dropped.filter(([, reason]) => /author box/.test(reason)).map(([text]) => text).sort()).toEqual([...boxes].sort());
  });

  it("drops the credited writer's bio printed as the last paragraph, without a heading", () => {
    const bio = 'Choe Sang-Hun is a Seoul correspondent for The Times, covering North and South Korea.';
    const { body, dropped } = lastPartsAfter(['North Korean troops enter combat in Kursk region', 'By Choe Sang-Hun', prose(0), prose(1), prose(2), bio]);
    expect(body).toEqual([prose(0), prose(1), prose(2)]);
    expect(dropped.find(([text]) => text === bio)?.[1]).toMatch(/author bio/);
    // A last sentence about someone else, or about the writer but no bio, stays.
    const other = 'Kim Yo Jong is a senior official of the ruling party and the leader’s sister.';
    expect(lastPartsAfter(['North Korean troops enter combat in Kursk region', 'By Choe Sang-Hun', prose(0), prose(1), prose(2), other]).body).toContain(other);
  });

  it("keeps a last section headed by the subject's name when the subject is not the article's credit", () => {
    const section = 'Kim Yo Jong';
    const about = 'Kim Yo Jong, the leader’s sister, issued a statement through state media criticising the drills on Thursday.';
    const { body } = lastPartsAfter(['Kim Yo Jong warns Seoul over border drills near Kursk', 'By Jane Doe', prose(0), prose(1), prose(2), section, about]);
    expect(body).toEqual([prose(0), prose(1), prose(2), section, about]);
  });

  it('keeps the section when the paragraph under the name does not speak of them, or when more than a bio follows', () => {
    const byline = ['North Korean troops enter combat in Kursk region', 'By Jane Doe', prose(0), prose(1), prose(2)];
    expect(lastPartsAfter([...byline, 'Jane Doe', prose(3)]).body).toContain(prose(3));
    expect(lastPartsAfter([...byline, 'Jane Doe', BIO, prose(3), prose(4)]).body).toContain(BIO);
  });

  it('keeps a short post whose only sections are about its writer', () => {
    expect(lastPartsAfter(['North Korean troops enter combat in Kursk region', 'By Jane Doe', prose(0), 'Jane Doe', BIO]).body).toContain(BIO);
  });
});
