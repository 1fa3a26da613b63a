// Per-outlet cleanup rules from the registry: they drop only body and standfirst lines they match whole, give the rule's reason, apply to the page owner's pages only, and can be switched off.
import { beforeAll, describe, expect, it } from 'vitest';
import { applyPublisherRules } from '../../src/ingest/applyPublisherRules.ts';
import { parseDump } from '../../src/ingest/parseDump.ts';
import { createRegistry, type Registry } from '../../src/publishers/registry.ts';
import type { ArchiveConfig } from '../../src/store/loadArchiveConfig.ts';
import { archiveConfig } from '../helpers/archiveConfig.ts';
import { classifyLines, prose, segmentLines, spanOf } from '../helpers/pipeline.ts';

const gazette = {
  id: 'gazette',
  name: 'The Example Gazette',
  domains: ['gazette.example'],
  cleanup: [
    { name: 'end-mark', pattern: '\\(END\\)', reason: "the wire's end-of-story mark" },
    { name: 'promo', pattern: 'READ THE GAZETTE APP.*', caseSensitive: true, reason: 'a promotional line' },
    { name: 'first-read', pattern: 'Subscribers read this story first in .{3,80}', reason: 'a subscription plug' },
  ],
};

let registry: Registry;
let config: ArchiveConfig;
beforeAll(async () => {
  registry = createRegistry({ publishers: [gazette] });
  config = await archiveConfig();
});

describe('cleanup rules in the registry', () => {
  it('compile anchored to the whole line, case-insensitive unless stated', () => {
    const [end, promo] = registry.cleanupRules(registry.byId('gazette')!);
    expect(end!.re.test('(end)')).toBe(true);
    expect(end!.re.test('The talks ended (END) abruptly.')).toBe(false);
    expect(promo!.re.test('READ THE GAZETTE APP TODAY')).toBe(true);
    expect(promo!.re.test('Read the Gazette app today')).toBe(false);
  });

  it('reject a pattern that is not a regular expression, naming the field', () => {
    const bad = { publishers: [{ ...gazette, cleanup: [{ name: 'broken', pattern: '(unclosed', reason: 'x' }] }] };
    expect(() => createRegistry(bad)).toThrow(/pattern[\s\S]*not a valid regular expression/);
  });

  it('are empty for an outlet that has none', () => {
    const plain = createRegistry({ publishers: [{ id: 'plain', name: 'Plain News' }] });
    expect(plain.cleanupRules(plain.byId('plain')!)).toEqual([]);
  });
});

describe('applyPublisherRules', () => {
  const plug = 'Subscribers read this story first in the Gazette morning briefing, sent out at dawn every weekday.';
  const lines = ['Talks resume between the two Koreas after a long pause', 'Oct. 30, 2024', prose(0), plug, prose(1)];

  it("moves a matching body line to the dropped list with the rule's reason, outlet and name", () => {
    const { seg } = segmentLines(lines, registry);
    const span = seg.spans[0]!;
    expect(span.body.map((p) => p.block.text)).toContain(plug);
    const cleaned = applyPublisherRules(span, registry.cleanupRules(registry.byId('gazette')!), 'The Example Gazette');
    expect(cleaned.body.map((p) => p.block.text)).toEqual([prose(0), prose(1)]);
    expect(cleaned.dropped.find((d) => d.block.text === plug)?.reason).toBe('a subscription plug (The Example Gazette cleanup rule "first-read")');
    expect(cleaned.headline).toBe(span.headline);
  });

  it('drops a standfirst the rules match', () => {
    const [plugBlock, body] = classifyLines([plug, prose(0)], registry);
    const span = spanOf({ summary: plugBlock!, body: [{ block: body!, role: 'body' }] });
    const cleaned = applyPublisherRules(span, registry.cleanupRules(registry.byId('gazette')!), 'The Example Gazette');
    expect(cleaned.summary).toBeNull();
    expect(cleaned.dropped.map((d) => d.block)).toEqual([plugBlock]);
  });

  it('leaves a span alone when a rule would empty its body: such a rule is wrong, not the article', () => {
    const { seg } = segmentLines(lines, registry);
    const everything = [{ name: 'all', re: /^.*$/u, reason: 'everything' }];
    expect(applyPublisherRules(seg.spans[0]!, everything, 'X')).toBe(seg.spans[0]);
  });
});

describe('parseDump with cleanup rules', () => {
  // NK News prints its editor's credit under the story: a line the general rules keep, as a name could be the story's.
  const credit = 'Edited by Oliver Hotham';
  const page = ['NK News', 'South Korea weighs its options as troops reach Kursk', 'Published Nov 05, 2024', prose(0), prose(1), credit, prose(2)].join('\n');
  const bodyOf = (publisherRules?: boolean) =>
    parseDump(page, { ...config, sidecar: { url: 'https://www.nknews.org/2024/11/south-korea-options' }, publisherRules }).articles[0]!.parts.map((p) => p.text);

  it("drops the page owner's furniture line when on (the default)", () => {
    expect(bodyOf()).toEqual([prose(0), prose(1), prose(2)]);
  });

  it('keeps it when switched off: the general rules alone decide', () => {
    expect(bodyOf(false)).toEqual([prose(0), prose(1), credit, prose(2)]);
  });

  it("does not apply one outlet's rules to another outlet's page", () => {
    const result = parseDump(page, { ...config, sidecar: { url: 'https://www.example.org/story' } });
    expect(result.articles[0]!.parts.map((p) => p.text)).toContain(credit);
  });
});
