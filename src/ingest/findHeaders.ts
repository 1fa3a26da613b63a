// Classified blocks → article headers: title lines that open an article, grouped with their repeats and scored for strength.
import { DETECTION_ORDER, findDates } from './findDates.ts';
import { isAllCaps, textLength, wordCount, words } from './textShape.ts';
import type { ClassifiedBlock } from './types.ts';
import { ENDS_ARTICLE, opensWithDateline } from './vocabulary.ts';

/** A header needs this much evidence to open an article rather than be a section heading. */
export const HEADER_THRESHOLD = 3;
/** Evidence and its weight. */
export const HEADER_EVIDENCE = {
  /** `www.example.com Headline` (sample 001). */
  domainTitle: 3,
  /** The nearest title above the page's first prose: the main headline (samples 002–004). */
  firstOnPage: 3,
  /** Printed twice or more nearby (samples 000, 001). */
  repeated: 2,
  /** A date, byline or outlet line sits in the header (samples 000, 002, 003). */
  meta: 2,
  /** The first paragraph opens with an agency dateline (sample 001). */
  dateline: 2,
  /** The block above is furniture, a counter or nothing: not the middle of running prose (sample 001). */
  afterBreak: 1,
  /** Headlines run to six words or more; section headings are shorter. */
  headlineLength: 1,
  /** A list (a calendar, a schedule) under the dated title: the relaxed rule, tried only when no title leads to prose. */
  datedList: 1,
} as const;
const HEADLINE_MIN_WORDS = 6;

export interface HeaderGroup {
  /** The first occurrence: its text is the headline. */
  first: ClassifiedBlock;
  /** Every occurrence of the headline, in order. */
  members: ClassifiedBlock[];
  strength: number;
  evidence: string[];
  /**
   * Set when the article's text is a list rather than prose (a schedule, a calendar): the block the body opens with
   * and the list's last item.
   */
  list?: { start: number; end: number };
  /**
   * Set when a full header reaches over title lines to its prose (see proseAfterFullHeader): where the body starts. The
   * lines between are a photo's caption and credit as often as the body's own subheads, and stay out of it.
   */
  bodyStart?: number;
}

/** Button and label text ("X Share via", "Share permalink", "Author:") is this short. */
export const HEADER_FRAGMENT_MAX_WORDS = 4;

/** A block that may sit between a headline and its first paragraph without breaking the header. */
export function isHeaderFurniture(block: ClassifiedBlock): boolean {
  if (block.kind === 'meta' || block.kind === 'caption' || block.kind === 'url') return true;
  if (block.kind === 'boilerplate') return !endsArticle(block);
  return block.kind === 'fragment' && wordCount(block.text) <= HEADER_FRAGMENT_MAX_WORDS;
}

export function endsArticle(block: ClassifiedBlock): boolean {
  return block.kind === 'boilerplate' && block.pattern !== undefined && ENDS_ARTICLE.has(block.pattern);
}

/** Labels that close an article for good (its tags, its comments): unlike "Related" or "Most read", never placed mid-body. */
export const COMMENTS_PATTERN = 'comments-widget';
const CLOSING_PATTERNS = new Set([COMMENTS_PATTERN, 'tags-label']);

export function closesArticle(block: ClassifiedBlock): boolean {
  return block.kind === 'boilerplate' && block.pattern !== undefined && CLOSING_PATTERNS.has(block.pattern);
}

function isProse(block: ClassifiedBlock | undefined): boolean {
  return (block?.kind === 'paragraph' || block?.kind === 'sentence') && block.credit === undefined;
}

/**
 * How far past a credited paragraph to look for the prose it illustrates, across header furniture: a byline, a date
 * and two share buttons under an AP photo's caption.
 */
const CAPTION_LOOKAHEAD = 8;

/**
 * A paragraph ending in a photo credit is a caption when real prose follows it closely (sample 004, where a headline
 * sits between), and the article's own text when nothing does (the video summary of sample 000).
 */
export function isCaptionBefore(blocks: ClassifiedBlock[], block: ClassifiedBlock): boolean {
  if (block.credit === undefined) return false;
  for (let j = block.index + 1; j < blocks.length && j <= block.index + CAPTION_LOOKAHEAD; j += 1) {
    const b = blocks[j]!;
    if (b.kind === 'paragraph' && b.credit === undefined) return true;
    if (!(isHeaderFurniture(b) || b.kind === 'title' || b.kind === 'domain-title' || b.credit !== undefined)) return false;
  }
  return false;
}

/**
 * A short sentence with the writer's or the agency's credit right under it: the standfirst of the classic header (headline, standfirst,
 * credit), too short to count as a paragraph ('Ukraine's defense minister described the clashes as "small
 * engagements."' / "REUTERS" / "Nov 5, 2024", The Japan Times). The body may start there; takeDek tells it off.
 */
export function isDekOverCredit(blocks: ClassifiedBlock[], block: ClassifiedBlock): boolean {
  if (block.kind !== 'sentence' || block.credit !== undefined) return false;
  // The writer or the agency: a teaser's blurb in a list has a date under it at most.
  const credit = blocks[block.index + 1]?.meta;
  if (credit?.byline === undefined && credit?.publisherId === undefined) return false;
  // And the story under the credit: a teaser card with its writer and date has the next card under it.
  for (let j = block.index + 2; j < blocks.length; j += 1) {
    const b = blocks[j]!;
    if (!isHeaderFurniture(b)) return b.kind === 'paragraph' && b.credit === undefined;
  }
  return false;
}

const LETTER = /\p{L}/u;
/** A headline's own length, in words with letters: fewer make a label, a kicker or a pager over it, not a headline. */
const HEADLINE_OVER_DEK_MIN_WORDS = 6;
/** The fewest characters HEADLINE_OVER_DEK_MIN_WORDS words can take, spaces included (Chinese and Japanese aside). */
const HEADLINE_OVER_DEK_MIN_CHARS = 11;
/** Chinese characters, hiragana and katakana, where a word may be one character. */
const DENSE_SCRIPT = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/**
 * A title line printed right under a headline-length title and longer than it is that headline's standfirst, printed
 * without a full stop ("North Korean troops have engaged in combat, says Ukraine" / "Kyiv's defence minister says first
 * 'small engagements' have taken place in Russia's Kursk region" / byline, the Guardian's header). `acrossGap`: also
 * with a blank line between them, as the Financial Times prints them, for a line already known to be in the header.
 */
export function isTitleDek(blocks: ClassifiedBlock[], candidate: ClassifiedBlock, acrossGap = false): boolean {
  const above = blocks[candidate.index - 1];
  if (candidate.kind !== 'title' || (candidate.gapBefore && !acrossGap) || above?.kind !== 'title') return false;
  const aboveText = above.titleText ?? above.text;
  // Six words take at least this many characters, but in Chinese or Japanese: asked of every title under a title (a
  // menu's items), most are shorter.
  if (aboveText.length < HEADLINE_OVER_DEK_MIN_CHARS && !DENSE_SCRIPT.test(aboveText)) return false;
  // A line of names and a date under the headline is the header's credit ("Carlos Nadalim 27/09/2018 Comente! …").
  const aboveWords = words(aboveText).filter((w) => LETTER.test(w)).length;
  return aboveWords >= HEADLINE_OVER_DEK_MIN_WORDS && !isAllCaps(above.text) && textLength(candidate.text) > textLength(aboveText) &&
    findDates(candidate.text, { order: DETECTION_ORDER }).length === 0;
}

/**
 * The first prose block from `from` (before `end`), skipping header furniture, captions and repeats of the headline
 * whose key is `headlineKey`; null if something else comes first. Where a header's body starts (segmentArticles) and
 * whether a title leads to prose at all (below) are the same walk.
 */
export function proseFrom(blocks: ClassifiedBlock[], from: number, headlineKey: string, end = blocks.length): ClassifiedBlock | null {
  for (let j = from; j < end; j += 1) {
    const b = blocks[j]!;
    if (b.key === headlineKey && (b.kind === 'title' || b.kind === 'domain-title')) continue;
    // The headline's standfirst printed as a title right under it (The Economist's rubric): the header goes on past it.
    if (j === from && isTitleDek(blocks, b)) continue;
    if (isHeaderFurniture(b) || isCaptionBefore(blocks, b)) continue;
    return b.kind === 'paragraph' || isDekOverCredit(blocks, b) ? b : null;
  }
  return null;
}

/** The first prose block a title leads to. */
function proseAfter(blocks: ClassifiedBlock[], title: ClassifiedBlock): ClassifiedBlock | null {
  return proseFrom(blocks, title.index + 1, title.key);
}

/**
 * Past a full header (a byline and a date under the title), at most this many title lines may stand before its prose:
 * a photo caption the credit rules missed, the section label and score lines that open a results roundup (benchmark
 * page c81e: "High School Roundup: …" / writer / "Published … Nov 20, 2019" / photo / "GIRLS BASKETBALL" / "Palm Bay
 * d. Rockledge 70-44" / score lines / prose).
 */
export const FULL_HEADER_MAX_TITLES = 6;

/**
 * Where the header furniture under a title ends, when it holds both a byline and a date (not a relative one): the
 * header as an article prints it, headline, writer, date. Null for any other title.
 */
export function fullHeaderEnd(blocks: ClassifiedBlock[], title: ClassifiedBlock): number | null {
  let byline = false;
  let dated = false;
  let j = title.index + 1;
  for (; j < blocks.length; j += 1) {
    const b = blocks[j]!;
    if (b.key === title.key && (b.kind === 'title' || b.kind === 'domain-title')) continue;
    if (!isHeaderFurniture(b)) break;
    if (b.kind !== 'meta') continue;
    if (b.meta?.byline !== undefined) byline = true;
    if (b.meta?.dateText !== undefined && b.meta.relative === undefined) dated = true;
  }
  return byline && dated ? j : null;
}

/**
 * The prose a title with a writer and a date under it heads across a few title lines that proseAfter stops at, and
 * those lines, which are no headlines of their own. A byline and a date both are asked, as teasers in a list have a
 * date at most; another byline or date before the prose is another header's.
 */
function proseAfterFullHeader(blocks: ClassifiedBlock[], title: ClassifiedBlock): { prose: ClassifiedBlock; over: ClassifiedBlock[] } | null {
  const headerEnd = fullHeaderEnd(blocks, title);
  if (headerEnd === null) return null;
  const over: ClassifiedBlock[] = [];
  for (let j = headerEnd; j < blocks.length; j += 1) {
    const b = blocks[j]!;
    if (b.kind === 'meta') return null;
    if (isHeaderFurniture(b) || isCaptionBefore(blocks, b)) continue;
    if (b.kind === 'paragraph') return over.length > 0 ? { prose: b, over } : null;
    // A card's blurb, right under its title: an embedded video's ("North Korean troops in Russia could be a 'game
    // changer': Expert" / "Fox News contributor weighs in on the deployment.").
    if (isCardBlurb(b, blocks[j - 1]) && over.includes(blocks[j - 1]!)) continue;
    // A box's label ("Related Topics" over the story's topic links, The Telegraph): what it heads is reached over with
    // it. Tags and comments labels close an article, and stop the reach.
    if (endsArticle(b) && !closesArticle(b) && over.length < FULL_HEADER_MAX_TITLES) {
      over.push(b);
      continue;
    }
    // A headline printed again is another header; a short title printed again is a link the menu has too.
    if (b.kind !== 'title' || (b.repeated && wordCount(b.text) >= HEADLINE_MIN_WORDS) || over.length === FULL_HEADER_MAX_TITLES) return null;
    over.push(b);
  }
  return null;
}

/** A card's blurb is a short sentence printed right under its title (no blank line between). */
export const CARD_BLURB_MAX_CHARS = 200;

export function isCardBlurb(block: ClassifiedBlock, above: ClassifiedBlock | undefined): boolean {
  return block.kind === 'sentence' && !block.gapBefore && above?.kind === 'title' && block.text.length <= CARD_BLURB_MAX_CHARS;
}

function metaBetween(blocks: ClassifiedBlock[], from: number, to: number): boolean {
  for (let j = from; j < to; j += 1) if (blocks[j]!.kind === 'meta') return true;
  return false;
}

/** A meta line directly above the title, such as a date stamp over the headline (sample 003). */
function metaAbove(blocks: ClassifiedBlock[], title: ClassifiedBlock): boolean {
  return blocks[title.index - 1]?.kind === 'meta';
}

function afterBreak(blocks: ClassifiedBlock[], title: ClassifiedBlock): boolean {
  const above = blocks[title.index - 1];
  return above === undefined || !(isProse(above) || above.kind === 'title');
}

/** A list that is an article's whole text has at least this many items, one per line with no blank line between. */
export const DATED_LIST_MIN_ITEMS = 5;
/** Between a dated header and its list, at most this many title lines: a section label and the list's own heading. */
export const DATED_LIST_MAX_TITLES = 2;

function isListItem(block: ClassifiedBlock): boolean {
  return !block.repeated && (block.kind === 'title' || block.kind === 'fragment' || isProse(block));
}

/**
 * A title with a date under it whose text is a list and not prose (a race calendar, a schedule, benchmark page cc03):
 * past the header furniture and at most two title lines, a run of unrepeated lines with no blank line between them.
 * Menus have the same shape, which is why the date line is required and why this is tried only when no prose-led
 * header exists. Returns where the body starts (the list's heading when one sits right above it) and its last item.
 */
function datedListAfter(blocks: ClassifiedBlock[], title: ClassifiedBlock): { start: number; end: number } | null {
  let dated = false;
  const titles: ClassifiedBlock[] = [];
  for (let j = title.index + 1; j < blocks.length; j += 1) {
    const b = blocks[j]!;
    if (b.key === title.key && (b.kind === 'title' || b.kind === 'domain-title')) continue;
    if (b.kind === 'meta' && b.meta?.dateText !== undefined) dated = true;
    if (isHeaderFurniture(b)) continue;
    if (!dated || !isListItem(b)) return null;
    let end = j;
    while (end + 1 < blocks.length && !blocks[end + 1]!.gapBefore && isListItem(blocks[end + 1]!)) end += 1;
    // Anything between the last title and the list is header furniture, so that title is the list's heading.
    if (end - j + 1 >= DATED_LIST_MIN_ITEMS) return { start: titles.at(-1)?.index ?? j, end };
    if (b.kind !== 'title' || end !== j || titles.length === DATED_LIST_MAX_TITLES) return null;
    titles.push(b);
  }
  return null;
}

export function findHeaders(blocks: ClassifiedBlock[]): HeaderGroup[] {
  const groups = proseHeaders(blocks);
  return groups.length > 0 ? groups : listHeaders(blocks);
}

/** The relaxed rule, for pages where no title leads to prose: the first dated title over a list. */
function listHeaders(blocks: ClassifiedBlock[]): HeaderGroup[] {
  for (const title of blocks) {
    if (title.kind !== 'title' && title.kind !== 'domain-title') continue;
    const list = datedListAfter(blocks, title);
    if (list === null) continue;
    const members = blocks.filter((b) => b.key === title.key && b.index >= title.index && b.index < list.start && (b.kind === 'title' || b.kind === 'domain-title'));
    return [{ first: title, members, strength: HEADER_EVIDENCE.meta + HEADER_EVIDENCE.datedList, evidence: ['meta', 'datedList'], list }];
  }
  return [];
}

function proseHeaders(blocks: ClassifiedBlock[]): HeaderGroup[] {
  const firstProse = blocks.find((b) => b.kind === 'paragraph' && !isCaptionBefore(blocks, b));
  // Titles a full header reaches over to its prose are no headers of their own.
  const reachedOver = new Set<ClassifiedBlock>();
  const candidates = blocks
    .filter((b) => b.kind === 'title' || b.kind === 'domain-title')
    .map((title) => {
      const prose = proseAfter(blocks, title);
      if (prose !== null) return { title, prose, overTitles: false };
      const full = proseAfterFullHeader(blocks, title);
      if (full === null) return { title, prose: null, overTitles: false };
      for (const b of full.over) reachedOver.add(b);
      return { title, prose: full.prose, overTitles: true };
    })
    .filter((c): c is { title: ClassifiedBlock; prose: ClassifiedBlock; overTitles: boolean } => c.prose !== null && !reachedOver.has(c.title));

  const mainHeadline = firstProse
    ? [...candidates].reverse().find((c) => c.title.index < firstProse.index && c.prose === firstProse)?.title
    : undefined;

  const groups: HeaderGroup[] = [];
  for (const { title, prose, overTitles } of candidates) {
    const evidence: string[] = [];
    let strength = 0;
    const add = (name: keyof typeof HEADER_EVIDENCE) => {
      strength += HEADER_EVIDENCE[name];
      evidence.push(name);
    };
    if (title.kind === 'domain-title') add('domainTitle');
    if (title === mainHeadline) add('firstOnPage');
    if (title.repeated) add('repeated');
    // A standfirst over its credit (isDekOverCredit) is read as the prose: the credit under it is the header's.
    const metaEnd = isDekOverCredit(blocks, prose) ? prose.index + 2 : prose.index;
    if (metaBetween(blocks, title.index + 1, metaEnd) || metaAbove(blocks, title)) add('meta');
    if (opensWithDateline(prose.text)) add('dateline');
    if (afterBreak(blocks, title)) add('afterBreak');
    const text = title.titleText ?? title.text;
    if (wordCount(text) >= HEADLINE_MIN_WORDS && !isAllCaps(text)) add('headlineLength');

    const current = groups.at(-1);
    const sameHeadline = current && current.first.key === title.key && onlyHeaderBetween(blocks, current.members.at(-1)!, title);
    if (sameHeadline) {
      current.members.push(title);
      if (strength > current.strength) {
        current.strength = strength;
        current.evidence = evidence;
      }
    } else {
      groups.push({ first: title, members: [title], strength, evidence, ...(overTitles ? { bodyStart: prose.index } : {}) });
    }
  }
  return groups.filter((g) => g.strength >= HEADER_THRESHOLD);
}

/** Between two printings of one headline there may be header furniture and at most one paragraph (the dek, sample 001). */
function onlyHeaderBetween(blocks: ClassifiedBlock[], a: ClassifiedBlock, b: ClassifiedBlock): boolean {
  let prose = 0;
  for (let j = a.index + 1; j < b.index; j += 1) {
    const block = blocks[j]!;
    if (block.key === a.key) continue;
    if (isProse(block)) prose += 1;
    else if (!isHeaderFurniture(block)) return false;
  }
  return prose <= 1;
}
