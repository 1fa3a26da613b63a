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
    const label = seg.spans[0]!.dropped.find((d) => d.block.text === 'Opinion Columnist');
    expect(label?.reason).toMatch(/label|author|credit/);
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
