// The parser: dump text in, articles and a verdict for every line out. Pure: no files, no clock, no environment.
import type { Publisher, Registry } from '../publishers/registry.ts';
import { hostOf } from '../publishers/registry.ts';
import { applyPublisherRules } from './applyPublisherRules.ts';
import { NO_DATE_WARNING, NO_HEADLINE_WARNING, NO_SOURCE_WARNING } from './articleWarnings.ts';
import { buildBody } from './buildBody.ts';
import { checkTopic, type TopicRules } from './checkTopic.ts';
import { classifyBlocks } from './classifyBlocks.ts';
import { extractByline } from './extractByline.ts';
import { extractDate } from './extractDate.ts';
import { extractSource, type PagePublisher } from './extractSource.ts';
import { extractTags, type Gazetteer } from './extractTags.ts';
import { extractUrl } from './extractUrl.ts';
import { findHeaders } from './findHeaders.ts';
import { forgetDates, inferNumericOrder } from './findDates.ts';
import { normalizeText } from './normalizeText.ts';
import { rateConfidence } from './rateConfidence.ts';
import { segmentArticles } from './segmentArticles.ts';
import { splitBlocks } from './splitBlocks.ts';
import { comparisonKey } from './textShape.ts';
import type { Article, ArticleSpan, ClassifiedBlock, LineVerdict, ParseResult, Sidecar } from './types.ts';

export interface ParseOptions {
  registry: Registry;
  topic: TopicRules;
  gazetteer: Gazetteer;
  sidecar?: Sidecar | undefined;
  /** Overrides the sidecar's capture time (`--captured-at`). */
  capturedAt?: Date | undefined;
  /**
   * Apply the page owner's cleanup rules from the registry (default on). Off, the general rules alone decide: the
   * samples must come out right either way.
   */
  publisherRules?: boolean | undefined;
  /** Receives one line per decision, for `--trace`. */
  trace?: ((message: string) => void) | undefined;
}

function capturedAtOf(options: ParseOptions): Date | undefined {
  if (options.capturedAt) return options.capturedAt;
  const stated = options.sidecar?.captured_at;
  if (!stated) return undefined;
  const parsed = new Date(stated);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}

/** A masthead sits among the page's first lines. */
const MASTHEAD_LINES = 3;

/**
 * An outlet's name alone on one of the page's first lines, in whatever letter case ("hankyoreh", The Hankyoreh's
 * masthead): its registry name, which the mention search below finds as written. Further down the page a name in
 * small letters is as often a word of the menu ("the hill"), and only names written as the registry has them count.
 */
function mastheadName(block: ClassifiedBlock, registry: Registry): string | undefined {
  const id = block.index < MASTHEAD_LINES ? block.meta?.publisherId : undefined;
  return id === undefined ? undefined : registry.byId(id)?.name;
}

/** The outlet whose page this is: the sidecar's word first, else the outlet the page furniture names most. */
function findPagePublisher(outside: ClassifiedBlock[], options: ParseOptions): PagePublisher | null {
  const { registry, sidecar } = options;
  if (sidecar?.source) {
    const p = registry.byName(sidecar.source);
    return { publisher: p ?? null, name: p?.name ?? sidecar.source, domain: sidecar.url ? hostOf(sidecar.url) : p?.domains[0] ?? null };
  }
  const host = sidecar?.url ? hostOf(sidecar.url) : null;
  if (host) {
    const p = registry.byDomain(host);
    if (p) return { publisher: p, name: p.name, domain: host };
  }
  const tally = new Map<string, { p: Publisher; n: number; first: number }>();
  // Page furniture names its owner (a masthead, "Download the <outlet> app"); prose outside an article may name anyone.
  const furniture = outside.filter((b) => b.kind !== 'paragraph' && b.kind !== 'sentence').map((b) => mastheadName(b, registry) ?? b.text).join('\n');
  registry.mentionedInAll(furniture).forEach((p, order) => {
    const seen = tally.get(p.id);
    if (seen) seen.n += 1;
    else tally.set(p.id, { p, n: 1, first: order });
  });
  const best = [...tally.values()].sort((a, b) => b.n - a.n || a.first - b.first)[0];
  return best ? { publisher: best.p, name: best.p.name, domain: best.p.domains[0] ?? null } : null;
}

function spanLines(span: ArticleSpan): [number, number] {
  const lines = [
    ...span.headlineBlocks, ...span.metaBlocks, ...span.urlBlocks, ...span.body.map((p) => p.block),
    ...(span.summary ? [span.summary] : []),
  ].map((b) => b.line);
  return [Math.min(...lines), Math.max(...lines)];
}

/** Each line's kind, then what became of it: kept in an article, in which role, or dropped, and why. */
function traceLines(trace: (message: string) => void, classified: readonly ClassifiedBlock[], lines: readonly LineVerdict[]): void {
  const kinds = new Map(classified.map((b) => [b.line, `${b.kind} (${b.reason})${b.repeated ? ', repeated' : ''}`]));
  for (const v of lines) {
    const fate = v.kept ? `kept as the ${v.role} of article ${v.article}` : `dropped${v.article === undefined ? '' : ` from article ${v.article}`}: ${v.reason}`;
    trace(`line ${v.line}: ${kinds.get(v.line) ?? 'not classified'} → ${fate}`);
  }
}

export function parseDump(text: string, options: ParseOptions): ParseResult {
  return parseNormalized(normalizeText(text), options);
}

/** As parseDump, for text normalizeText already gave: ingest normalises a capture once for this and its provenance. */
export function parseNormalized(text: string, options: ParseOptions): ParseResult {
  return parseClassified(text, options).parsed;
}

/**
 * As parseNormalized, with the comparison key of any of the page's lines: the keys classifying the lines worked out,
 * which a story's signature is made of (storySignature), so ingest does not work them out again.
 */
export function parseNormalizedWithKeys(text: string, options: ParseOptions): { parsed: ParseResult; keyOf: (line: string) => string } {
  const { parsed, classified } = parseClassified(text, options);
  // Made on the first call: most captures have no story to sign. A teaser card's key is its headline's, not its line's.
  let keys: Map<string, string> | undefined;
  const keyOf = (line: string) => {
    keys ??= new Map(classified.filter((b) => b.titleText === undefined).map((b) => [b.text, b.key]));
    return keys.get(line) ?? comparisonKey(line);
  };
  return { parsed, keyOf };
}

function parseClassified(text: string, options: ParseOptions): { parsed: ParseResult; classified: ClassifiedBlock[] } {
  // Messages are built only when someone reads them: a page has thousands of lines.
  const trace = options.trace;
  forgetDates();
  const blocks = splitBlocks(text);
  const pageOrder = inferNumericOrder(blocks.map((b) => b.text).join('\n'));
  const classified = classifyBlocks(blocks, { registry: options.registry, order: pageOrder });
  const groups = findHeaders(classified);
  if (trace) for (const g of groups) trace(`line ${g.first.line}: headline, strength ${g.strength} (${g.evidence.join(', ')})`);
  const { spans, outside } = segmentArticles(classified, groups);
  const page = findPagePublisher(outside.map((o) => o.block), options);
  trace?.(`page publisher: ${page?.name ?? 'unknown'}`);
  const capturedAt = capturedAtOf(options);

  const verdicts = new Map<number, LineVerdict>();
  for (const { block, reason } of outside) verdicts.set(block.line, { line: block.line, text: block.raw, kept: false, reason });

  const rules = options.publisherRules !== false && page?.publisher ? options.registry.cleanupRules(page.publisher) : [];
  const articles: Article[] = spans.map((found, index) => {
    const span = applyPublisherRules(found, rules, page?.name ?? '');
    const { parts, dropped: repeats } = buildBody(span);
    const paragraphs = parts.filter((p) => p.type === 'paragraph').map((p) => p.text);
    const headline = span.headline ? (span.headline.titleText ?? span.headline.text) : null;
    const summary = span.summary?.text ?? null;
    const byline = extractByline(span, paragraphs);
    const url = extractUrl(span, headline, options.sidecar?.url ?? null, index === 0);
    const source = extractSource(span, page, url, byline?.outletName ?? null, options.registry);
    const sourcePublisher = source.source ? options.registry.byName(source.source) : undefined;
    const date = extractDate(span, paragraphs[0], {
      order: pageOrder ?? sourcePublisher?.dateOrder ?? page?.publisher?.dateOrder,
      timezone: sourcePublisher?.timezone ?? page?.publisher?.timezone,
      capturedAt,
      url,
    });
    const topicText = [headline ?? '', summary ?? '', ...paragraphs].join('\n');
    const topic = checkTopic(topicText, options.topic);
    const warnings: string[] = [];
    if (headline === null) warnings.push(NO_HEADLINE_WARNING);
    if (date === null) warnings.push(NO_DATE_WARNING);
    if (source.source === null) warnings.push(NO_SOURCE_WARNING);
    if (spans.length > 1) warnings.push('one of several articles on a listing or aggregator page');
    if (date && /relative|capture-year/.test(date.source)) warnings.push('date worked out from a relative time or a year-less date and the capture time');
    if (date?.source.startsWith('updated-label')) warnings.push('the page states only when it was last updated: that is the date given');
    const confidence = rateConfidence({ span, headline, date, source: source.source });

    const mark = (block: ClassifiedBlock, role: Extract<LineVerdict, { kept: true }>['role']) =>
      verdicts.set(block.line, { line: block.line, text: block.raw, kept: true, article: index, role });
    span.headlineBlocks.forEach((b, k) => mark(b, k === 0 ? 'headline' : 'headline-repeat'));
    for (const b of span.metaBlocks) {
      // A relative stamp ("2 hours ago") says nothing about the article unless the date was counted back from it.
      if (b.meta?.relative && date?.source !== 'relative-to-capture') {
        const reason = capturedAt
          ? 'relative time not used: the article states its date elsewhere'
          : 'relative time cannot be dated: the capture time is not recorded (ingest --captured-at sets it)';
        verdicts.set(b.line, { line: b.line, text: b.raw, kept: false, reason, article: index });
      } else mark(b, 'meta');
    }
    span.urlBlocks.forEach((b) => mark(b, 'url'));
    if (span.summary) mark(span.summary, 'summary');
    span.body.forEach((p) => mark(p.block, p.role));
    for (const { block, reason } of [...span.dropped, ...repeats]) {
      verdicts.set(block.line, { line: block.line, text: block.raw, kept: false, reason, article: index });
    }
    trace?.(`article ${index}: "${headline}" source=${source.source} (${source.rule}) date=${date?.date ?? null} (${date?.source ?? 'none'})`);

    return {
      headline,
      source: source.source,
      source_domain: source.source_domain,
      date: date?.date ?? null,
      datetime: date?.datetime ?? null,
      date_source: date?.source ?? null,
      date_precision: date?.precision ?? null,
      byline: byline?.byline ?? null,
      via: source.via,
      url,
      summary,
      parts,
      tags: extractTags({ headline: headline ?? '', summary, paragraphs }, options.gazetteer, (name) => options.registry.byName(name) !== undefined),
      on_topic: topic.onTopic,
      topic_reason: topic.reason,
      lines: spanLines(span),
      confidence,
      warnings,
    };
  });

  const lines = [...verdicts.values()].sort((a, b) => a.line - b.line);
  if (trace) traceLines(trace, classified, lines);
  return {
    parsed: { articles, lines, warnings: articles.length === 0 ? ['no article found'] : [] },
    classified,
  };
}
