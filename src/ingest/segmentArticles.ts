// Classified blocks and headers → article spans (headline, header lines, summary, body) and a reason for every block left outside.
import { CARD_BLURB_MAX_CHARS, closesArticle, COMMENTS_PATTERN, endsArticle, isCardBlurb, proseFrom, type HeaderGroup } from './findHeaders.ts';
import { DATELINE_PATTERN, META_MAX_CHARS } from './classifyBlocks.ts';
import { DETECTION_ORDER, findDates } from './findDates.ts';
import { CREDITED_PROSE_REASON, isProse, readBody } from './readBody.ts';
import { wordCount } from './textShape.ts';
import { opensWithDateline } from './vocabulary.ts';
import { betweenHeaderAndBody, refineSpans } from './refineSpans.ts';
import { linkLists } from './chooseHeadline.ts';
import { dropAuthorBox } from './dropAuthorBox.ts';
import type { ArticleSpan, ClassifiedBlock } from './types.ts';

/** A standfirst is short: one or two sentences under this length (samples 001, 004)... */
export const DEK_MAX_CHARS = 250;
export const DEK_MAX_SENTENCES = 2;
/**
 * ...or, with the byline or date printed between it and the body (the classic header: headline, standfirst, credit),
 * up to this long: the layout says what it is (benchmark page b0cf, a standfirst of two long sentences).
 */
export const DEK_OVER_CREDIT_MAX_CHARS = 400;
export const DEK_OVER_CREDIT_MAX_SENTENCES = 3;
/** Prose with no headline above it becomes an article only when it is this long. */
export const HEADLESS_MIN_CHARS = 400;

export interface Segmentation {
  /** The page's main article first, then the others in page order. */
  spans: ArticleSpan[];
  /** Blocks outside every article, each with the reason it was dropped. */
  outside: { block: ClassifiedBlock; reason: string }[];
}

type Outside = Map<ClassifiedBlock, string>;

/** Where the body starts: the first real paragraph after the headline's last printing, past header furniture and captions. */
function bodyStart(blocks: ClassifiedBlock[], group: HeaderGroup, end: number): number | null {
  if (group.list) return group.list.start;
  if (group.bodyStart !== undefined) return group.bodyStart;
  return proseFrom(blocks, group.members.at(-1)!.index + 1, group.first.key, end)?.index ?? null;
}

/** Share buttons printed between a date stamp and the headline under it ("October 9, 2018 at 9:40 am / Tweet"). */
const SHARING_PATTERNS = new Set(['sharing-buttons', 'sharing-widget']);

/**
 * Meta lines directly above the headline (a date stamp over it, sample 003) belong to the article, also across share
 * buttons between them (benchmark page e730); not across anything else: the site's menu can carry today's date.
 */
function headerStart(blocks: ClassifiedBlock[], group: HeaderGroup, floor: number): number {
  let s = group.first.index;
  for (let j = s - 1; j >= floor; j -= 1) {
    const b = blocks[j]!;
    if (b.kind === 'meta') s = j;
    else if (b.kind !== 'boilerplate' || b.pattern === undefined || !SHARING_PATTERNS.has(b.pattern)) break;
  }
  return s;
}

/** A standfirst restates the story: a run of this many words recurs later in the body (sample 004). */
export const RESTATED_RUN_WORDS = 8;
/** The real lede often opens with its first words in capitals ("UKRAINIAN PRESIDENT VOLODYMYR Zelenskyy…", sample 004). */
const CAPITALISED_LEAD_IN = /^["“]?\p{Lu}{2,}[\p{Lu}'’.-]*\s+\p{Lu}{2,}/u;

function wordRuns(key: string, size: number): string[] {
  const ws = key.split(' ');
  const runs: string[] = [];
  for (let i = 0; i + size <= ws.length; i += 1) runs.push(ws.slice(i, i + size).join(' '));
  return runs;
}

/**
 * A short paragraph directly under the headline is a standfirst only with evidence: a byline or date under it, the
 * next paragraph opening the story in capitals, or the body repeating its words. Otherwise it is the lede, and the
 * body keeps it (benchmark pages f105, 8543).
 */
function restatesBody(block: ClassifiedBlock, rest: ClassifiedBlock[]): boolean {
  // Each run is looked for as a substring of the rest's keys (single-spaced, lower-case words): no run of the whole
  // body is built, and the search stops at the first repeat.
  const runs = wordRuns(block.key, RESTATED_RUN_WORDS);
  return rest.some((b) => runs.some((run) => containsWords(b.key, run)));
}

/** `run` occurs in `key` on word boundaries. */
function containsWords(key: string, run: string): boolean {
  for (let at = key.indexOf(run); at >= 0; at = key.indexOf(run, at + 1)) {
    if ((at === 0 || key[at - 1] === ' ') && (at + run.length === key.length || key[at + run.length] === ' ')) return true;
  }
  return false;
}

function isDek(block: ClassifiedBlock, body: ArticleSpan['body'], directlyUnderHeadline: boolean, teaser: boolean, meta: ClassifiedBlock[]): boolean {
  const paragraphs = body.filter((p) => p.role === 'body').map((p) => p.block);
  if (paragraphs.length < 2 || opensWithDateline(block.text)) return false;
  if (teaser) return true;
  const second = paragraphs[1]!;
  if (second.key === block.key) return true;
  const sentences = block.text.split(/[.!?]["'”’]?\s+(?=\p{Lu})/u).length;
  if (!directlyUnderHeadline || paragraphs.length < 3) return false;
  // Headline, standfirst, then the byline or date: the classic header (the benchmark's ledes have none between).
  const metaAfter = meta.some((m) => m.index > block.index && m.index < second.index);
  if (metaAfter) return block.text.length <= DEK_OVER_CREDIT_MAX_CHARS && sentences <= DEK_OVER_CREDIT_MAX_SENTENCES;
  const short = block.text.length <= DEK_MAX_CHARS && sentences <= DEK_MAX_SENTENCES;
  return short && (CAPITALISED_LEAD_IN.test(second.text) || restatesBody(block, paragraphs.slice(1)));
}

/**
 * "13/06/2014 Tony Carter All, Books, Kit Reviews", "Carlos Nadalim 27/09/2018 Comente! Alfabetização, Música"
 * (benchmark pages 612c, 23aa): a line between the headline and the body holding one full date dates the article,
 * though names and category links around the date make it no date stamp or byline of its own. Asked only of an
 * article whose header has no date line.
 */
function takeHeaderDate(blocks: ClassifiedBlock[], span: ArticleSpan, outside: Outside): ArticleSpan {
  const first = span.body[0]?.block.index;
  if (span.headline === null || first === undefined || span.metaBlocks.some((b) => b.meta?.dateText !== undefined)) return span;
  const dropped = new Set(span.dropped.map((d) => d.block));
  const dated = blocks
    .slice(span.headline.index + 1, first)
    .find((b) => (b.kind === 'title' || b.kind === 'fragment') && (outside.has(b) || dropped.has(b)) && b.text.length <= META_MAX_CHARS && holdsOneFullDate(b.text));
  if (!dated) return span;
  outside.delete(dated);
  dated.kind = 'meta';
  dated.reason = 'a date with names or links around it, in the article header';
  dated.meta = { dateText: dated.text, dateLabel: 'other' };
  return { ...span, metaBlocks: [...span.metaBlocks, dated], dropped: span.dropped.filter((d) => d.block !== dated) };
}

function holdsOneFullDate(text: string): boolean {
  const dates = findDates(text, { order: DETECTION_ORDER });
  return dates.length === 1 && dates[0]!.year !== null;
}

function buildSpan(blocks: ClassifiedBlock[], group: HeaderGroup, start: number, end: number): { span: ArticleSpan; last: number } | null {
  const first = bodyStart(blocks, group, end);
  if (first === null) return null;
  const read = readBody(blocks, first, end, group.first.key, group.list?.end);
  const span: ArticleSpan = {
    headline: group.first,
    headlineBlocks: group.members,
    metaBlocks: [],
    urlBlocks: [],
    summary: null,
    body: read.body,
    dropped: read.dropped,
    evidence: group.evidence,
  };
  let dek: ClassifiedBlock | null = null;
  // The title lines a full header reached over say what they are, as the lines a headline moved up past do (settleHeadline).
  const listOf = group.bodyStart !== undefined ? linkLists(blocks) : null;
  for (let j = start; j < first; j += 1) {
    const b = blocks[j]!;
    if (group.members.includes(b)) continue;
    if (b.kind === 'meta') span.metaBlocks.push(b);
    else if (b.kind === 'url') span.urlBlocks.push(b);
    else if (listOf !== null && (b.kind === 'title' || isCardBlurb(b, blocks[j - 1]))) {
      span.dropped.push({ block: b, reason: betweenHeaderAndBody(b, listOf) });
    } else if (isProse(b) && dek === null) dek = b;
    else span.dropped.push({ block: b, reason: b.credit !== undefined ? CREDITED_PROSE_REASON : b.reason });
  }
  span.metaBlocks.push(...read.meta);
  if (dek) span.summary = dek;
  else takeDek(span);
  return { span, last: read.last };
}

/** The body's first paragraph becomes the standfirst when it reads as one (see isDek); prose with no headline has none. */
function takeDek(span: ArticleSpan): void {
  const firstBody = span.body[0]?.block;
  if (span.summary !== null || span.headline === null || firstBody === undefined) return;
  const teaser = span.headline?.kind === 'domain-title';
  const lastMember = span.headlineBlocks.at(-1);
  // A press release's dateline on a line of its own under the first paragraph: the story starts there (page c69e).
  const datelineUnder = span.body[1]?.block.index === firstBody.index + 1 && span.body[1].block.pattern === DATELINE_PATTERN;
  // A wire story opens with its agency's dateline: a short paragraph over it is the standfirst ("Peskov said … on the
  // matter" / "MOSCOW, November 5. /TASS/. The Kremlin has nothing to add …").
  const second = span.body[1];
  const wireStoryUnder = second?.role === 'body' && opensWithDateline(second.block.text) && !opensWithDateline(firstBody.text) && firstBody.text.length <= DEK_MAX_CHARS;
  if (datelineUnder || wireStoryUnder || isDek(firstBody, span.body, lastMember !== undefined && firstBody.index === lastMember.index + 1, teaser, span.metaBlocks)) {
    span.summary = firstBody;
    span.body.shift();
    // Between the standfirst and the body is header now: a URL line there is the article's own (DW prints its short
    // link, "https://p.dw.com/p/4mcXq", under the date), not a link inside the body.
    const bodyStart = span.body[0]?.block.index ?? Number.POSITIVE_INFINITY;
    const headerUrls = span.dropped.filter((d) => d.block.kind === 'url' && d.block.index > firstBody.index && d.block.index < bodyStart);
    if (headerUrls.length > 0) {
      span.urlBlocks.push(...headerUrls.map((d) => d.block));
      span.dropped = span.dropped.filter((d) => !headerUrls.includes(d));
    }
  }
}

/** A URL or date line closing an article sits within this many blocks of its last paragraph (sample 003). */
export const TRAILER_REACH = 3;

/** "* Calendar subject to change by the organiser": a footnote marker, then a note of a few words at least. */
const FOOTNOTE = /^(\*{1,3}|[†‡])\s*\S/u;
export const FOOTNOTE_MIN_WORDS = 3;

function isFootnote(block: ClassifiedBlock): boolean {
  return FOOTNOTE.test(block.text) && block.kind !== 'boilerplate' && block.kind !== 'meta' && wordCount(block.text) >= FOOTNOTE_MIN_WORDS;
}

/**
 * Just after the body, its footnotes ("* Calendar subject to change", benchmark page cc03) are the article's last
 * lines; then a URL or date line still describes the article, and so does a byline signing it off ("By Jane Doe",
 * Korean pages' "김철수 기자 kimcs@yna.co.kr") while nothing but such lines lies between it and the body: past a box's
 * label it is the next story's. A byline in the header comes first, and wins. Anything else is page furniture.
 */
function readTrailer(blocks: ClassifiedBlock[], span: ArticleSpan, body: number, end: number, outside: Outside): void {
  let from = body;
  while (from < end && isFootnote(blocks[from]!)) span.body.push({ block: blocks[from++]!, role: 'body' });
  let unbroken = true;
  for (let j = from; j < end; j += 1) {
    const b = blocks[j]!;
    const near = j < from + TRAILER_REACH;
    if (near && b.kind === 'url') span.urlBlocks.push(b);
    else if (near && b.kind === 'meta' && (b.meta?.dateText !== undefined || (unbroken && b.meta?.byline !== undefined))) span.metaBlocks.push(b);
    else {
      outside.set(b, reasonOutside(b, 'after the article ended'));
      unbroken = false;
    }
  }
}

function reasonOutside(block: ClassifiedBlock, where: string): string {
  switch (block.kind) {
    case 'boilerplate':
    case 'caption':
      return block.reason;
    case 'paragraph':
    case 'sentence':
      return block.credit !== undefined ? CREDITED_PROSE_REASON : `prose ${where}, under no headline`;
    case 'title':
    case 'domain-title':
      return `title-like line ${where} that leads to no article: a menu item, list entry or link`;
    default:
      return `${block.reason}, ${where}`;
  }
}

/** A long run of prose no header claimed becomes an article when it has this many paragraphs. */
export const ORPHAN_MIN_PARAGRAPHS = 3;
/** How far above such a run its headline may sit, past bylines, credits and share buttons. */
export const ORPHAN_HEADLINE_LOOKUP = 4;
/** A headline found above an unheaded run must have this many words; shorter lines are labels and buttons. */
export const ORPHAN_HEADLINE_MIN_WORDS = 3;
/**
 * Over a sentence, as many as a headline has ("Subscribe No thanks" over "Please, fill the form to subscribe to our newsletter" is a
 * newsletter box, benchmark page c69e).
 */
export const ORPHAN_HEADLINE_OVER_LEAD_MIN_WORDS = 6;

/**
 * The title above an unheaded run, and the short sentence between them when there is one: the article's first line,
 * too short to count as a paragraph ("Диета Аткинса - потеря веса до 10 килограмм за 14 дней / Средняя суточная
 * калорийность 1694 Ккал.", benchmark page ff0f). One sentence at most, right above the run: more is a teaser's blurb.
 */
function orphanHeadline(blocks: ClassifiedBlock[], first: number, outside: Outside): { headline: ClassifiedBlock; lead: ClassifiedBlock | null } | null {
  let lead: ClassifiedBlock | null = null;
  for (let j = first - 1; j >= 0 && j >= first - ORPHAN_HEADLINE_LOOKUP; j -= 1) {
    const b = blocks[j]!;
    if (j === first - 1 && b.kind === 'sentence' && b.credit === undefined && outside.has(b)) {
      lead = b;
      continue;
    }
    // A title above a "Tags" or "Related" label heads what came before the label, not the prose after it.
    if (!outside.has(b) || isProse(b) || endsArticle(b)) return null;
    if (b.kind !== 'title') continue;
    const words = wordCount(b.text);
    if (lead === null ? words >= ORPHAN_HEADLINE_MIN_WORDS : words >= ORPHAN_HEADLINE_OVER_LEAD_MIN_WORDS) return { headline: b, lead };
  }
  return null;
}

/**
 * Prose that no header claimed (a headline the shape rules missed, benchmark page 4648) is still an article when it
 * is long: the nearest title above it, if any, is its headline.
 */
function orphanSpans(blocks: ClassifiedBlock[], outside: Outside, bounds: number[]): ArticleSpan[] {
  const found: ArticleSpan[] = [];
  // A "Comment" link in a menu above the article is not the comments section: only a label below prose is.
  const firstProse = blocks.find((b) => b.kind === 'paragraph')?.index ?? blocks.length;
  // Readers' comments come after their label; prose below it is never an article.
  const commentsAt = blocks.find((b) => b.index > firstProse && b.pattern === COMMENTS_PATTERN)?.index ?? blocks.length;
  for (let i = 0; i < commentsAt; i += 1) {
    const b = blocks[i]!;
    if (!outside.has(b) || b.kind !== 'paragraph' || b.credit !== undefined) continue;
    const end = Math.min(commentsAt, bounds.find((x) => x > i) ?? blocks.length);
    const read = readBody(blocks, i, end, null);
    const claimed = [...read.body.map((p) => p.block), ...read.dropped.map((d) => d.block), ...read.meta];
    const paragraphs = read.body.filter((p) => p.role === 'body').length;
    const chars = read.body.reduce((n, p) => n + p.block.text.length, 0);
    if (paragraphs >= ORPHAN_MIN_PARAGRAPHS && chars >= HEADLESS_MIN_CHARS && claimed.every((c) => outside.has(c))) {
      const above = orphanHeadline(blocks, i, outside);
      const headline = above?.headline ?? null;
      const lead = above?.lead ? [above.lead] : [];
      for (const c of [...claimed, ...(headline ? [headline] : []), ...lead]) outside.delete(c);
      // Over a wire story's dateline the sentence is the standfirst, as takeDek tells it of a headed article (TASS).
      const standfirst = above?.lead && read.body[0] !== undefined && opensWithDateline(read.body[0].block.text) ? above.lead : null;
      found.push({
        headline,
        headlineBlocks: headline ? [headline] : [],
        metaBlocks: read.meta,
        urlBlocks: [],
        summary: standfirst,
        body: [...lead.filter((b) => b !== standfirst).map((block) => ({ block, role: 'body' as const })), ...read.body],
        dropped: read.dropped,
        evidence: ['a long run of prose under no detected headline'],
      });
    }
    i = read.last;
  }
  return found;
}

/** Inline "Related articles" boxes and link lists inside a body are at most this many blocks long. */
export const INLINE_LINKS_MAX_BLOCKS = 12;

/** This many cards in a row make a box of teasers ("Most popular", benchmark page ff0f), not a story's sections. */
export const CARD_RUN_MIN = 3;

/**
 * Whether a span is mostly teaser cards: titles each with a short blurb directly under them, no blank line between.
 * A story's own sections have a blank line under their heading or longer paragraphs.
 */
function isCardRun(span: ArticleSpan): boolean {
  const paragraphs = span.body.filter((p) => p.role === 'body');
  const cards = span.body.filter(
    (p, k) => p.role === 'body' && k > 0 && span.body[k - 1]!.role === 'heading' && !p.block.gapBefore && p.block.text.length <= CARD_BLURB_MAX_CHARS,
  );
  return cards.length >= CARD_RUN_MIN && cards.length * 3 >= paragraphs.length * 2;
}

/**
 * Unheaded prose just after an article, separated from it only by a box of links ("More from UK", "DON'T MISS" and
 * teaser titles: benchmark pages 624f, 9210), is the rest of that article.
 */
function joinContinuations(blocks: ClassifiedBlock[], spans: ArticleSpan[], orphans: Set<ArticleSpan>, outside: Outside): ArticleSpan[] {
  const joined: ArticleSpan[] = [];
  for (const span of spans) {
    const previous = joined.at(-1);
    const from = previous ? Math.max(...previous.body.map((p) => p.block.index)) + 1 : -1;
    const to = Math.min(...span.body.map((p) => p.block.index));
    const gap = blocks.slice(from, to);
    const isContinuation =
      previous !== undefined && orphans.has(span) && to - from <= INLINE_LINKS_MAX_BLOCKS && !gap.some((b) => isProse(b) || closesArticle(b)) &&
      !opensWithDateline(span.body[0]!.block.text) && !isCardRun(span);
    if (!isContinuation) {
      joined.push(span);
      continue;
    }
    for (const b of gap) outside.delete(b);
    previous.body.push(...span.body);
    previous.metaBlocks.push(...span.metaBlocks);
    previous.dropped.push(
      ...gap.filter((b) => b.kind !== 'meta').map((block) => ({ block, reason: 'a box of related links inside the body' })),
      ...span.dropped,
    );
    previous.metaBlocks.push(...gap.filter((b) => b.kind === 'meta'));
    // Told with the rest of the body in view: a standfirst over a byline, then a box of links, then the body (benchmark
    // page b0cf), was one paragraph under its headline when its span was built.
    takeDek(previous);
  }
  return joined;
}

function spanStart(span: ArticleSpan): number {
  return Math.min(...[...span.headlineBlocks, ...span.body.map((p) => p.block)].map((b) => b.index));
}

export function segmentArticles(blocks: ClassifiedBlock[], groups: HeaderGroup[]): Segmentation {
  const spans: ArticleSpan[] = [];
  const outside: Outside = new Map();
  const leave = (from: number, to: number, where: string) => {
    for (let j = from; j < to; j += 1) outside.set(blocks[j]!, reasonOutside(blocks[j]!, where));
  };
  let cursor = 0;
  const starts = groups.map((g, k) => headerStart(blocks, g, k === 0 ? 0 : groups[k - 1]!.members.at(-1)!.index + 1));
  groups.forEach((group, k) => {
    const start = Math.max(starts[k]!, cursor);
    const end = starts[k + 1] ?? blocks.length;
    leave(cursor, start, spans.length === 0 ? 'before the first article' : 'between articles');
    cursor = end;
    const built = buildSpan(blocks, group, start, end);
    if (!built) {
      leave(start, end, 'between articles');
      return;
    }
    spans.push(built.span);
    readTrailer(blocks, built.span, built.last + 1, end, outside);
  });
  leave(cursor, blocks.length, 'after the last article');
  const orphans = orphanSpans(blocks, outside, starts);
  const ordered = joinContinuations(blocks, [...spans, ...orphans].sort((a, b) => spanStart(a) - spanStart(b)), new Set(orphans), outside);
  const refined = refineSpans(blocks, ordered, outside).map((span) => takeHeaderDate(blocks, dropAuthorBox(blocks, span), outside));
  return { spans: refined, outside: [...outside].map(([block, reason]) => ({ block, reason })) };
}
