// Runs the parser's early stages on small strings, so unit tests can state their input as lines of a dump.
import { classifyBlocks } from '../../src/ingest/classifyBlocks.ts';
import type { NumericOrder } from '../../src/ingest/findDates.ts';
import { findHeaders, type HeaderGroup } from '../../src/ingest/findHeaders.ts';
import { normalizeText } from '../../src/ingest/normalizeText.ts';
import { segmentArticles, type Segmentation } from '../../src/ingest/segmentArticles.ts';
import { splitBlocks } from '../../src/ingest/splitBlocks.ts';
import type { ArticleSpan, ClassifiedBlock } from '../../src/ingest/types.ts';
import type { Registry } from '../../src/publishers/registry.ts';

/** Lines of a dump → classified blocks, as parseDump computes them. */
export function classifyLines(lines: readonly string[], registry: Registry, order?: NumericOrder): ClassifiedBlock[] {
  return classifyBlocks(splitBlocks(normalizeText(lines.join('\n'))), { registry, order });
}

/** Lines of a dump → header groups and the segmentation built on them. */
export function segmentLines(lines: readonly string[], registry: Registry): { blocks: ClassifiedBlock[]; groups: HeaderGroup[]; seg: Segmentation } {
  const blocks = classifyLines(lines, registry);
  const groups = findHeaders(blocks);
  return { blocks, groups, seg: segmentArticles(blocks, groups) };
}

/** An article span holding only the given meta, URL and body blocks: the input of the per-field extractors. */
export function spanOf(parts: Partial<ArticleSpan>): ArticleSpan {
  return {
    headline: null,
    headlineBlocks: [],
    metaBlocks: [],
    urlBlocks: [],
    summary: null,
    body: [],
    dropped: [],
    evidence: [],
    ...parts,
  };
}

/** Ordinary news prose of the archive's subject, long enough to be a paragraph; `n` varies the wording. */
export function prose(n: number): string {
  const sentences = [
    'North Korean soldiers have engaged Ukrainian forces in the Kursk region for the first time, Ukraine\'s military intelligence chief said on Wednesday.',
    'The troops, numbering several thousand, were moved to the front line after weeks of training in the east of Russia, he told reporters in Kyiv.',
    'Pyongyang has not confirmed the deployment, and Moscow has declined to comment on the reports from Ukrainian officials so far this week.',
    'Analysts said the deployment was more symbolic than decisive, since the numbers are small compared with the losses at the front.',
    'Officials in Seoul said they were watching the movements closely and would consider their response together with their allies.',
    'The alliance said it would discuss the matter with its partners in the coming days, according to a statement issued on Thursday.',
  ];
  return sentences[n % sentences.length]!;
}
