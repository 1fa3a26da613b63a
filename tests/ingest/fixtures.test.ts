// Every gold article of every fixture set is found with its exact fields and body, nothing listed as cruft leaks, skipped items are reported.
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDump } from '../../src/ingest/parseDump.ts';
import type { Article, ParseResult } from '../../src/ingest/types.ts';
import { entryOf, renderBody, renderEntry } from '../../src/store/renderEntry.ts';
import { archiveConfig } from '../helpers/archiveConfig.ts';
import { fixtureDumps, squash, type GoldArticle } from '../helpers/fixtureSets.ts';

const CHECKED_FIELDS = ['source', 'source_domain', 'via', 'byline', 'date', 'datetime', 'url', 'summary'] as const;

function bodyParagraphs(article: Article): string[] {
  return article.parts.filter((p) => p.type === 'paragraph').map((p) => squash(p.text));
}

function goldParagraphs(gold: GoldArticle): string[] {
  return gold.body.map((p) => squash(p));
}

// The registry's per-outlet cleanup rules only add to the general rules: the gold must come out with them off too.
for (const [fixture, publisherRules] of fixtureDumps().flatMap((f) => [[f, true], [f, false]] as const)) {
  describe(`${fixture.set}/${fixture.file}, publisher cleanup rules ${publisherRules ? 'on' : 'off'}`, () => {
    let result: ParseResult;
    beforeAll(async () => {
      result = parseDump(fixture.text, { ...(await archiveConfig()), publisherRules });
    });
    const find = (headline: string) => result.articles.find((a) => a.headline === headline);

    for (const gold of fixture.gold.articles) {
      describe(gold.headline, () => {
        it('is found, on topic, with exactly the gold headline', () => {
          expect(find(gold.headline), `articles found: ${result.articles.map((a) => a.headline).join(' | ')}`).toBeDefined();
          expect(find(gold.headline)!.on_topic).toBe(true);
        });
        for (const field of CHECKED_FIELDS) {
          if (!(field in gold)) continue;
          it(`has the gold ${field}`, () => {
            expect(find(gold.headline)?.[field]).toEqual(gold[field]);
          });
        }
        it('has the gold body paragraphs', () => {
          const article = find(gold.headline)!;
          const optional = new Set((gold.may_also_contain ?? []).map(squash));
          const ours = bodyParagraphs(article).map((p) => [...optional].reduce((t, extra) => squash(t.replace(extra, '')), p));
          expect(ours).toEqual(goldParagraphs(gold));
        });
        if (gold.tags_expected) {
          it('carries the expected tags', () => {
            expect(find(gold.headline)!.tags).toEqual(expect.arrayContaining(gold.tags_expected!));
          });
        }
      });
    }

    it('finds no on-topic article beyond the gold', () => {
      const onTopic = result.articles.filter((a) => a.on_topic).map((a) => a.headline);
      expect(onTopic.sort()).toEqual(fixture.gold.articles.map((a) => a.headline).sort());
    });

    for (const skipped of fixture.gold.skipped) {
      it(`skips "${skipped.headline}" as ${skipped.reason}`, () => {
        const article = find(skipped.headline);
        expect(article).toBeDefined();
        expect(article!.on_topic).toBe(false);
        expect(article!.topic_reason).toMatch(new RegExp(`^${skipped.reason.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
        if (skipped.source) expect(article!.source).toBe(skipped.source);
      });
    }

    it('leaks no cruft into any entry', () => {
      const entries = result.articles
        .filter((a) => a.on_topic)
        .map((a) => renderEntry(entryOf(a, { dump: fixture.file, dump_sha256: '0'.repeat(64) }), renderBody(a)));
      for (const cruft of fixture.gold.must_not_contain) {
        for (const entry of entries) expect(entry).not.toContain(cruft);
      }
    });
  });
}
