// The benchmark's synthetic captures: the same for the same seed, 5–10 KB each, and read by the real parser as intended.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeDump } from '../../src/ingest/decodeDump.ts';
import { parseDump } from '../../src/ingest/parseDump.ts';
import { generateDump, generateDumps, MAX_DUMP_BYTES, MIN_DUMP_BYTES } from '../../scripts/bench/generateDumps.ts';
import { loadPalette, type Palette } from '../../scripts/bench/palette.ts';
import { foundArticles } from '../../scripts/bench/parseRate.ts';
import { archiveConfig, REPO_ROOT } from '../helpers/archiveConfig.ts';

const SAMPLE = 20;
let palette: Palette;

beforeAll(async () => {
  palette = await loadPalette(path.join(REPO_ROOT, 'content/_data'));
});

describe('generateDumps', () => {
  it('gives the same dumps for the same seed, and other dumps for another seed', () => {
    const first = generateDumps(7, SAMPLE, palette);
    expect(generateDumps(7, SAMPLE, palette)).toEqual(first);
    expect(generateDumps(8, SAMPLE, palette).map((d) => d.text)).not.toEqual(first.map((d) => d.text));
  });

  it('makes dump i the same whatever N is, so the dump added while serving is simply the next one', () => {
    expect(generateDump(3, 12, palette)).toEqual(generateDumps(3, 13, palette)[12]);
  });

  it('keeps every dump between 5 and 10 KB, with distinct names', () => {
    const dumps = generateDumps(1, 200, palette);
    for (const d of dumps) {
      const size = Buffer.byteLength(d.text);
      expect(size, d.name).toBeGreaterThanOrEqual(MIN_DUMP_BYTES);
      expect(size, d.name).toBeLessThanOrEqual(MAX_DUMP_BYTES);
    }
    expect(new Set(dumps.map((d) => d.name)).size).toBe(dumps.length);
  });

  it('draws outlets from the registry and mixes page shapes, date forms and off-topic pages', () => {
    const dumps = generateDumps(1, 200, palette);
    const outlets = new Set(palette.outlets.map((o) => o.name));
    expect(dumps.flatMap((d) => d.articles).every((a) => outlets.has(a.source))).toBe(true);
    expect(new Set(dumps.map((d) => d.shape))).toEqual(new Set(['portal', 'wire', 'appeal', 'listing']));
    expect(new Set(dumps.map((d) => d.dateForm))).toEqual(new Set(['published', 'day-month-year', 'iso', 'relative', 'none']));
    const onTopic = dumps.filter((d) => d.articles[0]!.onTopic).length / dumps.length;
    expect(onTopic).toBeGreaterThan(0.8);
    expect(onTopic).toBeLessThan(0.97);
  });

  it('is read by the parser as generated: each intended article with its headline, source, date and topic', async () => {
    const config = await archiveConfig();
    const dumps = generateDumps(1, SAMPLE, palette);
    const parsed = new Map(dumps.map((d) => {
      const decoded = decodeDump(new TextEncoder().encode(d.text));
      return [d.name, decoded.ok ? parseDump(decoded.text, config).articles : []] as const;
    }));
    const rate = foundArticles(dumps, (name) => parsed.get(name) ?? []);
    expect(rate.misses).toEqual([]);
    expect(rate.found).toBe(rate.intended);
  });
});
