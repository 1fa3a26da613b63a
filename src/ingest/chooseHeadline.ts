// An article span and the lines around its header → the line that is its headline, chosen by scored evidence.
import { endsArticle, fullHeaderEnd, isHeaderFurniture, isTitleDek } from './findHeaders.ts';
import { DETECTION_ORDER, findDates } from './findDates.ts';
import { isProse } from './readBody.ts';
import { PHOTO_CREDIT_REASON, TITLE_MAX_WORDS } from './classifyBlocks.ts';
import { isAllCaps, startsCapitalised, textLength, words, wordCount } from './textShape.ts';
import type { ArticleSpan, ClassifiedBlock } from './types.ts';

/**
 * How far above the header's first line a headline may sit, in lines other than header furniture (dates, bylines,
 * credits), a box of links counting as one.
 */
export const HEADLINE_WINDOW_ABOVE = 6;
/** Evidence and its weight. */
export const HEADLINE_SCORE = {
  /** Headlines run four to twenty-five words; labels and names are shorter. */
  headlineLength: 2,
  threeWords: 1,
  tooShort: -2,
  /** Printed twice (breadcrumb and page heading). */
  repeated: 1,
  /** "Al Goldis, Associated Press", "Kevin Johnson and Kevin McCoy USA TODAY": a credit or byline. */
  creditShape: -4,
  /** "EARNINGS REPORT", "CLICK FOR FULL RESULTS": section labels and buttons shout. */
  allCaps: -1,
  /** "Today 12:01 AM", "February 1, 2019 Ilana Muhlstein": a date line, not a headline. */
  holdsDate: -2,
  /** Share of the headline's content words found in the first paragraphs, times this. */
  sharedWords: 3,
  /** Per block between the line and the body: nearer is likelier. */
  distance: -0.1,
  /**
   * A sentence ("How to retire early so you can work, travel, and relax", "… After Its Earnings Release. Why You
   * Shouldn't Worry.") is a headline only over a line that is plainly not one: a credit, a label in capitals.
   */
  sentence: -2,
  /**
   * Indented where the body is not: a list's item ("Most Popular", a box of related stories), which a browser's text
   * indents by its nesting; a page's own headline stands flush with its body.
   */
  indented: -3,
  /**
   * The date or byline right under it: the header as it is printed ("Russia and Syria: U.S.-backed Syrian Forces
   * Blocking Refugee Return / November 18, 2019", benchmark page 1ee9), not a line further down the header (a fact
   * check's claimant, a photo's caption). Above the header's line, only with nothing but header furniture, or a photo's
   * caption over its credit, between: past another title, a dated line is a teaser's.
   */
  overMeta: 2,
  /**
   * Under the header's date and right over a credit ("Eastern Michigan quarterback Mike Glass III" / "Al Goldis,
   * Associated Press", benchmark page 65ce): a photo's caption, printed between the header and the body.
   */
  captionOverCredit: -3,
  /**
   * Right under a photo's credit line ("사진=연합뉴스" / "쿠르스크 인근 도로를 지나는 군용 차량", "Photo: Reuters" / "Soldiers
   * at a training ground"): the photo's caption, printed credit first.
   */
  captionUnderCredit: -3,
  /**
   * One of a run of headline-length titles printed one under another: a box of links (a video playlist, "More On:"
   * stories) set between the header and the body (benchmark pages d605, a1fc), not the article's headline.
   */
  linkList: -3,
} as const;
/** A box of links has at least this many titles, with no blank line between them, ... */
const LINK_LIST_MIN_ITEMS = 4;
/** ... each at least this many words long: a breadcrumb's or a menu's items are shorter. */
const LINK_LIST_ITEM_MIN_WORDS = 4;
/** Content words are at least this long; shorter ones ("the", "of") carry no topic. */
const CONTENT_WORD_LENGTH = 4;
/** Text of the first paragraphs compared with a candidate. */
const LEDE_PARAGRAPHS = 2;

/** "Name Name, Org" or "Name and Name ORG NAME": the shape of a photo credit or a byline, not a headline. */
function hasCreditShape(text: string): boolean {
  const ws = text.split(/\s+/);
  if (ws.length > 9) return false;
  const capitalised = (w: string) => /^[\p{Lu}\d][\p{L}.'’&-]*,?$/u.test(w) || /^(and|de|van|von|bin|of)$/i.test(w);
  if (/,/.test(text) && ws.every(capitalised)) return true;
  const tailCaps = ws.slice(-2).every((w) => w.length > 1 && isAllCaps(w));
  return tailCaps && !isAllCaps(text) && ws.every(capitalised);
}

function contentWords(text: string): string[] {
  return words(text.toLowerCase()).filter((w) => w.length >= CONTENT_WORD_LENGTH);
}

/**
 * The line right under the candidate is a date, byline or outlet line, and it is one header with the span's; or its
 * standfirst is, with that line under it.
 */
function overMeta(blocks: ClassifiedBlock[], candidate: ClassifiedBlock, headerTop: number): boolean {
  const dek = blocks[candidate.index + 1];
  const metaAt = dek !== undefined && isTitleDek(blocks, dek) ? candidate.index + 2 : candidate.index + 1;
  const below = blocks[metaAt];
  if (below?.kind !== 'meta' || below.gapBefore) return false;
  for (let j = metaAt + 1; j < headerTop; j += 1) if (!isHeaderFurniture(blocks[j]!) && !isCaptionOverCredit(blocks, blocks[j]!)) return false;
  return true;
}

function score(blocks: ClassifiedBlock[], candidate: ClassifiedBlock, headerTop: number, bodyStart: number, lede: Set<string>, bodyIndent: number, listOf: LinkLists): number {
  const text = candidate.titleText ?? candidate.text;
  const n = wordCount(text);
  let total = n >= 4 && n <= 25 ? HEADLINE_SCORE.headlineLength : n === 3 ? HEADLINE_SCORE.threeWords : HEADLINE_SCORE.tooShort;
  if (candidate.kind === 'sentence') total += HEADLINE_SCORE.sentence;
  if (candidate.indent > bodyIndent) total += HEADLINE_SCORE.indented;
  if (candidate.repeated) total += HEADLINE_SCORE.repeated;
  if (hasCreditShape(text)) total += HEADLINE_SCORE.creditShape;
  if (isAllCaps(text)) total += HEADLINE_SCORE.allCaps;
  if (overMeta(blocks, candidate, headerTop) && !isTitleDek(blocks, candidate)) total += HEADLINE_SCORE.overMeta;
  if (isCaptionOverCredit(blocks, candidate)) total += HEADLINE_SCORE.captionOverCredit;
  if (isCaptionUnderCredit(blocks, candidate)) total += HEADLINE_SCORE.captionUnderCredit;
  if (listOf(candidate)) total += HEADLINE_SCORE.linkList;
  if (findDates(text, { order: DETECTION_ORDER }).length > 0) total += HEADLINE_SCORE.holdsDate;
  const own = contentWords(text);
  if (own.length > 0) total += (HEADLINE_SCORE.sharedWords * own.filter((w) => lede.has(w)).length) / own.length;
  return total + HEADLINE_SCORE.distance * (bodyStart - candidate.index);
}

/** How far under the header's date line a photo's caption may sit ("Enlarge Image" between, benchmark page a1fc). */
const CAPTION_BELOW_DATE = 2;

/**
 * Past the header's date line, and right over a credit (a line in the shape of "Al Goldis, Associated Press", or an
 * agency's name alone, "AP"): a photo's caption. An outlet's name under the headline itself comes before the date.
 */
function isCaptionOverCredit(blocks: ClassifiedBlock[], candidate: ClassifiedBlock): boolean {
  const below = blocks[candidate.index + 1];
  if (!below || below.gapBefore) return false;
  const credit = (below.kind === 'title' && hasCreditShape(below.text)) || (below.kind === 'meta' && below.meta?.publisherId !== undefined);
  if (!credit) return false;
  for (let j = candidate.index - 1; j >= 0 && j >= candidate.index - CAPTION_BELOW_DATE; j -= 1) {
    if (blocks[j]!.meta?.dateText !== undefined) return true;
  }
  return false;
}

/** The line right above, with no blank line between, is a photo's credit. */
function isCaptionUnderCredit(blocks: ClassifiedBlock[], candidate: ClassifiedBlock): boolean {
  const above = blocks[candidate.index - 1];
  return above !== undefined && !candidate.gapBefore && above.kind === 'caption' && above.reason === PHOTO_CREDIT_REASON;
}

function isLinkListItem(block: ClassifiedBlock | undefined): boolean {
  return block?.kind === 'title' && !block.repeated && wordCount(block.titleText ?? block.text) >= LINK_LIST_ITEM_MIN_WORDS;
}

interface LinkList {
  start: number;
  end: number;
}

/** The first and last index of the box of links the block is one of, or null when it is none. */
function linkListAround(blocks: ClassifiedBlock[], block: ClassifiedBlock): LinkList | null {
  if (!isLinkListItem(block)) return null;
  let start = block.index;
  while (!blocks[start]!.gapBefore && isLinkListItem(blocks[start - 1])) start -= 1;
  let end = block.index;
  while (isLinkListItem(blocks[end + 1]) && !blocks[end + 1]!.gapBefore) end += 1;
  const items = end - start + 1;
  if (items >= LINK_LIST_MIN_ITEMS) return { start, end };
  // Fewer, right over the byline or date and under a blank line: a summary's bullets printed between the headline and
  // the credit (MailOnline), each a headline's length.
  const credit = blocks[end + 1];
  const bullets = items >= SUMMARY_LIST_MIN_ITEMS && blocks[start]!.gapBefore && credit?.kind === 'meta' && !credit.gapBefore &&
    blocks.slice(start, end + 1).every((b) => wordCount(b.titleText ?? b.text) >= SUMMARY_ITEM_MIN_WORDS);
  return bullets ? { start, end } : null;
}

/** A summary of bullets over the credit has at least this many, ... */
const SUMMARY_LIST_MIN_ITEMS = 3;
/** ... each at least this many words. */
const SUMMARY_ITEM_MIN_WORDS = 6;

export type LinkLists = (block: ClassifiedBlock) => LinkList | null;

/**
 * The box of links around a block, each box walked once: every candidate of a header is asked, and a box's links are
 * all candidates.
 */
export function linkLists(blocks: ClassifiedBlock[]): LinkLists {
  const known = new Map<ClassifiedBlock, LinkList | null>();
  return (block) => {
    let list = known.get(block);
    if (list === undefined) {
      list = linkListAround(blocks, block);
      if (list === null) known.set(block, null);
      else for (let j = list.start; j <= list.end; j += 1) known.set(blocks[j]!, list);
    }
    return list;
  };
}

/**
 * Title lines from a little above the header down to the body, not crossing prose, an article-ending label, a line
 * another article owns or the site's navigation ("Home", "Subscribe"): a title above those is the site's, not the
 * article's ("Practical Horseman Extra / Subscribe / Home / News / 4 Things to Do in October", benchmark page e1cd).
 */
function candidates(
  blocks: ClassifiedBlock[], span: ArticleSpan, top: number, bodyStart: number, isFree: (b: ClassifiedBlock) => boolean, listOf: LinkLists,
): ClassifiedBlock[] {
  const found: ClassifiedBlock[] = [...span.headlineBlocks];
  // A box of links counts as one line: the header it was set under is the article's (benchmark page d605).
  const header = blocks[top];
  let j = (header && listOf(header)?.start) ?? top;
  for (let steps = 0; j > 0 && steps < HEADLINE_WINDOW_ABOVE; ) {
    j -= 1;
    const b = blocks[j]!;
    if (!isHeaderFurniture(b)) steps += 1;
    // A sentence right above the header may be its headline; nothing above it is.
    if (isSentenceTitle(b, span) && isFree(b)) found.push(b);
    if (isProse(b) || b.kind === 'paragraph' || endsArticle(b) || !isFree(b) || b.pattern === 'navigation') break;
    if (b.kind !== 'title') continue;
    const list = listOf(b);
    const members = list ? blocks.slice(list.start, list.end + 1).filter(isFree) : [b];
    found.push(...members.filter((m) => !found.includes(m)));
    if (list) j = list.start;
  }
  for (let j = top + 1; j < bodyStart; j += 1) {
    const b = blocks[j]!;
    if ((b.kind === 'title' || isSentenceTitle(b, span)) && isFree(b) && !found.includes(b)) found.push(b);
  }
  return found;
}

/**
 * A sentence short enough for a headline, that is not the article's standfirst; asked only to replace a header line,
 * never to give a headline to prose found without one (a sentence there is a prompt or a caption as often as not).
 */
function isSentenceTitle(block: ClassifiedBlock, span: ArticleSpan): boolean {
  return span.headline !== null && block.kind === 'sentence' && block !== span.summary && block.credit === undefined && wordCount(block.text) <= TITLE_MAX_WORDS && startsCapitalised(block.text);
}

/** The best headline for the span among nearby title lines, or its current one when nothing scores higher. */
export function chooseHeadline(blocks: ClassifiedBlock[], span: ArticleSpan, isFree: (b: ClassifiedBlock) => boolean): ClassifiedBlock | null {
  const firstBody = span.body.find((p) => p.role === 'body');
  if (!firstBody) return span.headline;
  // A teaser card names its own headline after the outlet's domain; nothing around it is better evidence.
  if (span.headline?.kind === 'domain-title') return span.headline;
  const bodyStart = Math.min(firstBody.block.index, span.summary?.index ?? Number.POSITIVE_INFINITY);
  const ledeText = [span.summary?.text ?? '', ...span.body.filter((p) => p.role === 'body').slice(0, LEDE_PARAGRAPHS).map((p) => p.block.text)].join(' ');
  const lede = new Set(contentWords(ledeText));
  const headerTop = Math.min(bodyStart, ...span.headlineBlocks.map((b) => b.index));
  const listOf = linkLists(blocks);
  const scoreOf = (c: ClassifiedBlock) => score(blocks, c, headerTop, bodyStart, lede, firstBody.block.indent, listOf);
  let best = span.headline;
  let bestScore = best ? scoreOf(best) : Number.NEGATIVE_INFINITY;
  // A headline with its writer and date under it is printed as one: title lines further down (a photo's caption, a
  // results roundup's score lines, benchmark page c81e) open the body.
  const fullHeader = best !== null && fullHeaderEnd(blocks, best) !== null;
  for (const c of candidates(blocks, span, headerTop, bodyStart, isFree, listOf)) {
    if (fullHeader && c.index > best!.index) continue;
    const s = scoreOf(c);
    if (s > bestScore) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}
