// The provenance record, made in two halves (its lines where the capture is read, the rest where entries are named):
// the file is the record JSON.stringify would give, every line of the capture with what became of it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/ingest/normalizeText.ts';
import { parseDump } from '../../src/ingest/parseDump.ts';
import { provenanceJson, provenanceLinesJson, type ProvenanceLine, type ProvenanceRecord } from '../../src/store/provenanceRecord.ts';
import { archiveConfig } from '../helpers/archiveConfig.ts';

const SEEDS = path.join(import.meta.dirname, '../fixtures/seeds');

describe('provenance record', () => {
  it('is the whole record as JSON.stringify writes it, with every line of the capture and its verdict', async () => {
    const config = await archiveConfig();
    const text = normalizeText(readFileSync(path.join(SEEDS, '001_c05137907bf7130d.txt'), 'utf8'));
    const parsed = parseDump(text, config);
    const head: Omit<ProvenanceRecord, 'lines'> = {
      articles: parsed.articles.map((a, i) => ({ headline: a.headline, file: i === 0 ? 'first.md' : null, skipped: i === 0 ? null : 'off-topic' })),
      error: null,
      encoding: 'utf-8',
      captured_at: '2024-11-05T10:00:00Z',
      sha256: 'ab'.repeat(32),
      dump: '001 "quoted" \u2028 name.txt',
    };
    const linesJson = provenanceLinesJson(text, parsed);
    const file = provenanceJson(head, linesJson);
    const lines = JSON.parse(Buffer.from(linesJson).toString('utf8')) as ProvenanceLine[];
    const { dump, sha256, captured_at, encoding, error, articles } = head;
    expect(file.toString('utf8')).toBe(`${JSON.stringify({ dump, sha256, captured_at, encoding, error, articles, lines } satisfies ProvenanceRecord)}\n`);

    expect(lines.map((l) => l.text)).toEqual(text.split('\n').map((line, i) => (lines[i]!.kept === undefined ? line : lines[i]!.text)));
    expect(lines.map((l) => l.n)).toEqual(text.split('\n').map((_, i) => i + 1));
    const verdicts = new Map(parsed.lines.map((v) => [v.line, v]));
    for (const line of lines) {
      const v = verdicts.get(line.n);
      if (!v) expect(Object.keys(line)).toEqual(['n', 'text']);
      else if (v.kept) expect(line).toEqual({ n: v.line, text: v.text, kept: true, role: v.role, article: v.article });
      else expect(line).toMatchObject({ kept: false, reason: v.reason });
    }
    expect(lines.some((l) => l.kept === true)).toBe(true);
    expect(lines.some((l) => l.kept === false && typeof l.reason === 'string' && l.reason.length > 0)).toBe(true);
  });
});
