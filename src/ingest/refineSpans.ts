// Article spans → spans as a reader sees them: a header split by a credit or author line joined back, the best headline
// among the title lines around each header, and the page's main article first.
import { chooseHeadline, linkLists, type LinkLists } from './chooseHeadline.ts';
import { closesArticle, endsArticle, fullHeaderEnd, isTitleDek } from './findHeaders.ts';
import { isProse } from './readBody.ts';
import type { ArticleSpan, ClassifiedBlock } from './types.ts';

/** An "article" this small above a weakly headed one is the top of the same article: its standfirst and caption. */
export const FRAGMENT_MAX_PARAGRAPHS = 2;
/** Two standfirst-sized blocks at most. */
export const FRAGMENT_MAX_CHARS = 500;
/** How far apart (in blocks) the two halves of a split header may be. */
export const FRAGMENT_MAX_DISTANCE = 12;
/** Evidence that a header truly opens another article, so the two are never joined. */
const OWN_ARTICLE_EVIDENCE = new Set(['domainTitle', 'repeated', 'dateline']);

type Outside = Map<ClassifiedBlock, string>;

const LINK_BOX_REASON = 'a link in a box of links set between the header and the body (a video playlist, related stories)';

/** Why a line lying between an article's header and its body is left out: a box's link says so, any other line its kind. */
export function betweenHeaderAndBody(block: ClassifiedBlock, listOf: LinkLists): string {
  return listOf(block) ? LINK_BOX_REASON : `${block.reason}, between the article's header and its body`;
}

function bodyChars(span: ArticleSpan): number {
  return span.body.reduce((n, p) => n + (p.role === 'body' ? p.block.text.length : 0), 0);
}

function firstIndex(span: ArticleSpan): number {
  return Math.min(...[...span.headlineBlocks, ...span.body.map((p) => p.block)].map((b) => b.index));
}

function lastIndex(span: ArticleSpan): number {
  return Math.max(...span.body.map((p) => p.block.index));
}

function isFragment(span: ArticleSpan): boolean {
  const prose = span.body.filter((p) => p.role === 'body');
  return prose.length <= FRAGMENT_MAX_PARAGRAPHS && bodyChars(span) + (span.summary?.text.length ?? 0) <= FRAGMENT_MAX_CHARS;
}

function canJoin(blocks: ClassifiedBlock[], top: ArticleSpan, below: ArticleSpan): boolean {
  if (!isFragment(top)) return false;
  // The standfirst printed again as the first paragraph below (benchmark page e1cd): one article, whatever the evidence.
  const topProse = [top.summary, ...top.body.map((p) => p.block)].filter((b): b is ClassifiedBlock => b !== null);
  const restated = topProse.some((b) => b.key === below.body[0]?.block.key);
  if (!restated && below.evidence.some((e) => OWN_ARTICLE_EVIDENCE.has(e))) return false;
  const from = lastIndex(top);
  const to = firstIndex(below);
  if (to - from > FRAGMENT_MAX_DISTANCE) return false;
  return !blocks.slice(from + 1, to).some(endsArticle);
}

function join(top: ArticleSpan, below: ArticleSpan): ArticleSpan {
  const topProse = top.body.filter((p) => p.role === 'body').map((p) => p.block);
  const summary = top.summary ?? topProse.shift() ?? null;
  return {
    headline: top.headline,
    headlineBlocks: top.headlineBlocks,
    metaBlocks: [...top.metaBlocks, ...below.metaBlocks],
    urlBlocks: [...top.urlBlocks, ...below.urlBlocks],
    summary,
    body: below.body,
    dropped: [
      ...top.dropped,
      ...topProse.map((block) => ({ block, reason: 'between the headline and the body: a caption or second standfirst' })),
      ...below.headlineBlocks.map((block) => ({ block, reason: 'short line in the article header: a section, author title or credit' })),
      ...(below.summary ? [{ block: below.summary, reason: 'between the headline and the body: a caption or second standfirst' }] : []),
      ...below.dropped,
    ],
    evidence: [...top.evidence, 'header joined across a credit or author line'],
  };
}

/** The unclaimed meta lines next to a block, going up (-1) or down (1), until anything else. */
function metaRun(blocks: ClassifiedBlock[], from: number, step: -1 | 1, outside: Outside): ClassifiedBlock[] {
  const run: ClassifiedBlock[] = [];
  for (let j = from + step; j >= 0 && j < blocks.length && blocks[j]!.kind === 'meta' && outside.has(blocks[j]!); j += step) run.push(blocks[j]!);
  return step === -1 ? run.reverse() : run;
}

/** The headline chosen among the title lines around the header; the lines it replaces are dropped with a reason. */
function settleHeadline(blocks: ClassifiedBlock[], span: ArticleSpan, outside: Outside): ArticleSpan {
  const own = new Set([...span.headlineBlocks, ...span.metaBlocks, ...span.urlBlocks, ...span.dropped.map((d) => d.block)]);
  const chosen = chooseHeadline(blocks, span, (b) => outside.has(b) || own.has(b));
  if (chosen === null || chosen === span.headline) return span;
  outside.delete(chosen);
  const replaced = span.headlineBlocks.filter((b) => b.key !== chosen.key);
  // The header now starts at the chosen headline: the date and byline lines right above and right below it are the
  // article's (a date over the headline, then a photo credit taken for a header, benchmark 82b6). Meta lines further
  // off may be other teasers' stamps, and stay where they are.
  const headerMeta = [...metaRun(blocks, chosen.index, -1, outside), ...metaRun(blocks, chosen.index, 1, outside)];
  for (const b of headerMeta) outside.delete(b);
  // The lines the header passed over on its way up now lie between it and the body, and say so: a box's links what
  // they are, any other line its kind (a caption, a credit, a label).
  // The standfirst printed as a title under the chosen headline (see isTitleDek) is the summary, when none was found.
  const under = blocks[chosen.index + 1];
  // Across a blank line only when it was the header the span was found by, now under its headline.
  const dek = span.summary === null && under !== undefined && (outside.has(under) || own.has(under)) && isTitleDek(blocks, under, span.headlineBlocks.includes(under)) ? under : null;
  if (dek) outside.delete(dek);
  const bodyStart = span.body[0]?.block.index ?? chosen.index;
  const listOf = linkLists(blocks);
  for (const b of blocks.slice(chosen.index + 1, bodyStart)) {
    if (outside.has(b)) outside.set(b, betweenHeaderAndBody(b, listOf));
  }
  return {
    ...span,
    headline: chosen,
    headlineBlocks: [chosen, ...span.headlineBlocks.filter((b) => b !== chosen && b.key === chosen.key)],
    metaBlocks: [...headerMeta, ...span.metaBlocks],
    summary: dek ?? span.summary,
    dropped: [
      ...span.dropped.filter((d) => d.block !== dek),
      ...replaced.filter((b) => b !== dek).map((block) => ({ block, reason: listOf(block) ? LINK_BOX_REASON : 'a label, credit or author line in the article header, not its headline' })),
    ],
  };
}

/** Evidence that a span is a real article, not a caption under a stray title. */
const ARTICLE_EVIDENCE = new Set(['domainTitle', 'repeated', 'dateline', 'meta']);

function paragraphCount(span: ArticleSpan): number {
  return span.body.filter((p) => p.role === 'body').length;
}

function isSubstantial(span: ArticleSpan): boolean {
  return paragraphCount(span) >= 2 || span.evidence.some((e) => ARTICLE_EVIDENCE.has(e));
}

/**
 * Below a "Most Popular" label placed before the body in the page, the article itself can follow (benchmark page
 * d038): an article this much longer, in this many paragraphs, outweighs the one above; a related card (one long
 * paragraph, sample 000) never does.
 */
export const OUTWEIGHING_PARAGRAPHS = 3;
export const OUTWEIGHING_FACTOR = 5;

/**
 * The main article is the longest one above the first "Related"/"More from" label: teasers below such a label are
 * never the main article (sample 000), unless nothing substantial stands above it.
 */
function mainFirst(blocks: ClassifiedBlock[], spans: ArticleSpan[]): ArticleSpan[] {
  if (spans.length < 2) return spans;
  const start = firstIndex(spans[0]!);
  const label = blocks.find((b) => b.index > start && endsArticle(b));
  const above = spans.filter((s) => label === undefined || firstIndex(s) < label.index);
  const longest = (list: ArticleSpan[]) => list.reduce((best, s) => (bodyChars(s) > bodyChars(best) ? s : best), list[0]!);
  const overall = longest(spans);
  let main = above.some(isSubstantial) ? longest(above) : overall;
  // A long many-paragraph article below the label means the label was a sidebar placed before the body, not the end of
  // it; a label that only ever closes an article (tags, comments) is the end of it whatever follows.
  if (label !== undefined && closesArticle(label)) return [main, ...spans.filter((s) => s !== main)];
  if (paragraphCount(overall) >= OUTWEIGHING_PARAGRAPHS && bodyChars(overall) > OUTWEIGHING_FACTOR * bodyChars(main)) main = overall;
  return [main, ...spans.filter((s) => s !== main)];
}

/**
 * Two articles in a row under the very same headline are one: the title printed again as an image's alt text or a
 * repeated heading inside a long post (benchmark page 8cad).
 */
function sameHeadline(blocks: ClassifiedBlock[], top: ArticleSpan, below: ArticleSpan): boolean {
  if (!top.headline || !below.headline || top.headline.kind === 'domain-title' || top.headline.key !== below.headline.key) return false;
  return !blocks.slice(lastIndex(top) + 1, firstIndex(below)).some(endsArticle);
}

function continueUnder(top: ArticleSpan, below: ArticleSpan): ArticleSpan {
  return {
    ...top,
    metaBlocks: [...top.metaBlocks, ...below.metaBlocks],
    urlBlocks: [...top.urlBlocks, ...below.urlBlocks],
    body: [...top.body, ...(below.summary ? [{ block: below.summary, role: 'body' as const }] : []), ...below.body],
    dropped: [
      ...top.dropped,
      ...below.headlineBlocks.map((block) => ({ block, reason: 'the headline printed again inside the article (an image caption or repeated heading)' })),
      ...below.dropped,
    ],
  };
}

/**
 * A small "article" right above a full header (a headline with its writer and date under it) that has none of its own
 * is a box set over the article (a newsletter's pitch under "Sign up for our daily briefing", benchmark-shaped Axios
 * page): not the top of the same article, whose header is the one below.
 */
function isBoxOverFullHeader(blocks: ClassifiedBlock[], top: ArticleSpan, below: ArticleSpan): boolean {
  if (!isFragment(top) || top.headline === null || below.headline === null) return false;
  if (fullHeaderEnd(blocks, below.headline) === null || fullHeaderEnd(blocks, top.headline) !== null) return false;
  const from = lastIndex(top);
  const to = firstIndex(below);
  return to - from <= FRAGMENT_MAX_DISTANCE && !blocks.slice(from + 1, to).some(endsArticle);
}

const BOX_OVER_HEADER_REASON = "a box set above the article's header (a newsletter's pitch, a teaser), not the article";

function dropBoxAbove(top: ArticleSpan, below: ArticleSpan): ArticleSpan {
  const box = [...top.headlineBlocks, ...top.metaBlocks, ...top.urlBlocks, ...(top.summary ? [top.summary] : []), ...top.body.map((p) => p.block)];
  return { ...below, dropped: [...top.dropped, ...box.map((block) => ({ block, reason: BOX_OVER_HEADER_REASON })), ...below.dropped] };
}

export function refineSpans(blocks: ClassifiedBlock[], spans: ArticleSpan[], outside: Outside): ArticleSpan[] {
  const joined: ArticleSpan[] = [];
  for (const span of spans) {
    const top = joined.at(-1);
    if (top && isBoxOverFullHeader(blocks, top, span)) joined[joined.length - 1] = dropBoxAbove(top, span);
    else if (top && canJoin(blocks, top, span)) joined[joined.length - 1] = join(top, span);
    else if (top && sameHeadline(blocks, top, span)) joined[joined.length - 1] = continueUnder(top, span);
    else joined.push(span);
  }
  return mainFirst(blocks, joined.map((s) => settleHeadline(blocks, s, outside)));
}
