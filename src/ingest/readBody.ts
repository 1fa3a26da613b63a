// From an article's first paragraph onward → its body: paragraphs and section headings, with inline furniture dropped and a reason for each.
import { endsArticle } from './findHeaders.ts';
import { isAllCaps, wordCount } from './textShape.ts';
import type { ArticleSpan, ClassifiedBlock } from './types.ts';
import { APPEAL_NAMES } from './vocabulary.ts';

/** How many non-prose blocks the body may step over (an ad label, a caption) and still continue. */
export const BODY_GAP_LOOKAHEAD = 3;
/**
 * A longer interruption (a "More:" list of links, benchmark page 7916…) is crossed only when at least this many
 * paragraphs follow it, and only this far.
 */
export const CONTINUATION_MIN_PARAGRAPHS = 2;
export const CONTINUATION_MAX_GAP = 8;
/** Section headings are short; a longer unpunctuated line inside a body is a link to another story (sample 003). */
export const HEADING_MAX_WORDS = 10;
/** An all-caps line this long or longer is a story link, not a heading ("NATO CONFIRMS …", sample 003). */
export const ALL_CAPS_HEADING_MAX_WORDS = 5;

export interface BodyRead {
  body: ArticleSpan['body'];
  dropped: ArticleSpan['dropped'];
  meta: ClassifiedBlock[];
  /** Index of the last body block. */
  last: number;
}

export function isProse(block: ClassifiedBlock | undefined): boolean {
  return (block?.kind === 'paragraph' || block?.kind === 'sentence') && block.credit === undefined;
}

function isPlainParagraph(block: ClassifiedBlock | undefined): boolean {
  return block?.kind === 'paragraph' && block.credit === undefined;
}

/**
 * Index of the next prose block within `reach` blocks, or null when furniture that ends articles comes first. A photo's
 * caption and credit lines are stepped over without counting: a photo inside the body is one interruption however
 * many lines its caption takes (benchmark page c58a).
 */
function nextProse(blocks: ClassifiedBlock[], from: number, end: number, reach: number): number | null {
  for (let j = from, steps = 0; j < end && steps < reach; j += 1) {
    const b = blocks[j]!;
    if (isProse(b)) return j;
    if (endsArticle(b)) return null;
    if (b.kind !== 'caption') steps += 1;
  }
  return null;
}

/** After a long interruption, the body goes on only where several paragraphs follow: a run, not one teaser's blurb. */
function continuation(blocks: ClassifiedBlock[], from: number, end: number): number | null {
  const j = nextProse(blocks, from, end, CONTINUATION_MAX_GAP);
  if (j === null) return null;
  let paragraphs = 0;
  for (let k = j; k < end && isProse(blocks[k]); k += 1) paragraphs += isPlainParagraph(blocks[k]) ? 1 : 0;
  return paragraphs >= CONTINUATION_MIN_PARAGRAPHS ? j : null;
}

/** A list needs at least this many items to be read as one. */
export const LIST_MIN_ITEMS = 2;

/**
 * Lines right under a line ending in a colon, with no blank line between them, are that line's list (tour dates,
 * a schedule, benchmark page 9cb8): they belong to the body whatever their shape. Returns the last item's index.
 */
function listAfter(blocks: ClassifiedBlock[], intro: number, end: number): number | null {
  const head = blocks[intro]!;
  // "Share this:" heads a row of buttons, not a list of the article's.
  if (!head.text.endsWith(':') || head.kind === 'boilerplate') return null;
  let last = intro;
  while (last + 1 < end && !blocks[last + 1]!.gapBefore && blocks[last + 1]!.kind !== 'boilerplate') last += 1;
  return last - intro >= LIST_MIN_ITEMS ? last : null;
}

/** A line ending in a comma, in any script, stops mid-sentence. */
const MID_SENTENCE = /[,、，]$/;

/**
 * Lines cut mid-sentence, each ending in a comma with no blank line before the next, lead into prose (a sentence
 * broken over lines, benchmark page 8543): they belong to the body with it. Returns the index of that prose, or null.
 */
function brokenSentence(blocks: ClassifiedBlock[], from: number, end: number): number | null {
  let j = from;
  while (j + 1 < end && MID_SENTENCE.test(blocks[j]!.text) && !blocks[j + 1]!.gapBefore && blocks[j]!.kind !== 'boilerplate') j += 1;
  return j > from && isProse(blocks[j]) ? j : null;
}

export function headingVerdict(block: ClassifiedBlock): 'heading' | string {
  const n = wordCount(block.text);
  if (isAllCaps(block.text)) {
    return n <= ALL_CAPS_HEADING_MAX_WORDS ? 'heading' : 'all-caps line inside the body: a link to another story';
  }
  return n <= HEADING_MAX_WORDS ? 'heading' : 'unpunctuated line inside the body, too long for a heading: a link to another story';
}

/** Why prose ending in a photo's credit is no part of a body or header. */
export const CREDITED_PROSE_REASON = 'photo caption: prose ending in a photo credit';

function inlineReason(block: ClassifiedBlock, headlineKey: string | null, longGap: boolean): string {
  if (block.credit !== undefined) return CREDITED_PROSE_REASON;
  if (headlineKey !== null && block.key === headlineKey) return 'the headline printed again';
  if (block.kind === 'title') {
    if (longGap) return 'a list of links interrupting the body';
    const verdict = headingVerdict(block);
    return verdict === 'heading' ? 'a heading with no prose under it (a table, list or embed follows)' : verdict;
  }
  return block.reason;
}

/** `listEnd`: the body opens with a list found by its header (a dated list), read whole up to that block. */
export function readBody(blocks: ClassifiedBlock[], start: number, end: number, headlineKey: string | null, listEnd?: number): BodyRead {
  const read: BodyRead = { body: [], dropped: [], meta: [], last: start };
  const pendingDrops: ArticleSpan['dropped'] = [];
  const pendingMeta: ClassifiedBlock[] = [];
  const settle = () => {
    read.dropped.push(...pendingDrops.splice(0));
    read.meta.push(...pendingMeta.splice(0));
  };
  /** Blocks `from`..`to` are body: what was pending between them and the last body block is settled. */
  const take = (from: number, to: number) => {
    for (let k = from; k <= to; k += 1) read.body.push({ block: blocks[k]!, role: 'body' });
    settle();
    read.last = to;
  };
  for (let i = start; i < end; i += 1) {
    const b = blocks[i]!;
    const list = i === start && listEnd !== undefined ? listEnd : i > start || isProse(b) ? listAfter(blocks, i, end) : null;
    if (list !== null) {
      take(i, list);
      i = list;
      continue;
    }
    if (isProse(b) || (i === start && b.kind === 'paragraph')) {
      take(i, i);
      continue;
    }
    if (endsArticle(b)) break;
    const joined = brokenSentence(blocks, i, end);
    if (joined !== null) {
      take(i, joined);
      i = joined;
      continue;
    }
    const appeal = b.pattern !== undefined && APPEAL_NAMES.has(b.pattern);
    let next = appeal ? null : nextProse(blocks, i + 1, end, BODY_GAP_LOOKAHEAD);
    const longGap = next === null;
    if (longGap) next = continuation(blocks, i + 1, end);
    if (next === null) break;
    if (b.kind === 'meta') {
      pendingMeta.push(b);
    } else if (!longGap && b.kind === 'title' && next === i + 1 && b.key !== headlineKey && headingVerdict(b) === 'heading') {
      read.body.push({ block: b, role: 'heading' });
      settle();
    } else {
      pendingDrops.push({ block: b, reason: inlineReason(b, headlineKey, longGap) });
    }
    if (longGap) {
      for (let k = i + 1; k < next; k += 1) {
        const gap = blocks[k]!;
        if (gap.kind === 'meta') pendingMeta.push(gap);
        else pendingDrops.push({ block: gap, reason: inlineReason(gap, headlineKey, true) });
      }
      i = next - 1;
    }
  }
  return read;
}
