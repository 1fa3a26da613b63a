// Classified blocks and headers → article spans (headline, header lines, summary, body) and a reason for every block left outside.
import { endsArticle, isCaptionBefore, isHeaderFurniture, type HeaderGroup } from './findHeaders.ts';
import { isAllCaps, wordCount } from './textShape.ts';
import type { ArticleSpan, ClassifiedBlock } from './types.ts';
import { DATELINE } from './vocabulary.ts';

/** How many non-prose blocks the body may step over (an ad label, a caption) and still continue. */
export const BODY_GAP_LOOKAHEAD = 3;
/** Section headings are short; a longer unpunctuated line inside a body is a link to another story (sample 003). */
export const HEADING_MAX_WORDS = 10;
/** An all-caps line this long or longer is a story link, not a heading ("NATO CONFIRMS …", sample 003). */
export const ALL_CAPS_HEADING_MAX_WORDS = 5;
/** A standfirst is short: one or two sentences under this length (samples 001, 004). */
export const DEK_MAX_CHARS = 250;
export const DEK_MAX_SENTENCES = 2;
/** Prose with no headline above it becomes an article only when the page offers nothing better and it is this long. */
export const HEADLESS_MIN_CHARS = 400;

export interface Segmentation {
  spans: ArticleSpan[];
  /** Blocks outside every article, each with the reason it was dropped. */
  outside: { block: ClassifiedBlock; reason: string }[];
}

function isProse(block: ClassifiedBlock | undefined): boolean {
  return (block?.kind === 'paragraph' || block?.kind === 'sentence') && block.credit === undefined;
}

/** Index of the next prose block within the lookahead, or null when the article has ended. */
function nextProse(blocks: ClassifiedBlock[], from: number, end: number): number | null {
  for (let j = from; j < end && j < from + BODY_GAP_LOOKAHEAD; j += 1) {
    const b = blocks[j]!;
    if (isProse(b)) return j;
    if (endsArticle(b)) return null;
  }
  return null;
}

function headingVerdict(block: ClassifiedBlock): 'heading' | string {
  const n = wordCount(block.text);
  if (isAllCaps(block.text)) {
    return n <= ALL_CAPS_HEADING_MAX_WORDS ? 'heading' : 'all-caps line inside the body: a link to another story';
  }
  return n <= HEADING_MAX_WORDS ? 'heading' : 'unpunctuated line inside the body, too long for a heading: a link to another story';
}

interface BodyRead {
  body: ArticleSpan['body'];
  dropped: ArticleSpan['dropped'];
  meta: ClassifiedBlock[];
  /** Index of the last body block. */
  last: number;
}

function readBody(blocks: ClassifiedBlock[], start: number, end: number, headlineKey: string | null): BodyRead {
  const read: BodyRead = { body: [], dropped: [], meta: [], last: start };
  const pendingDrops: ArticleSpan['dropped'] = [];
  const pendingMeta: ClassifiedBlock[] = [];
  for (let i = start; i < end; i += 1) {
    const b = blocks[i]!;
    if (isProse(b) || (i === start && b.kind === 'paragraph')) {
      read.body.push({ block: b, role: 'body' });
      read.dropped.push(...pendingDrops.splice(0));
      read.meta.push(...pendingMeta.splice(0));
      read.last = i;
      continue;
    }
    if (endsArticle(b)) break;
    const next = nextProse(blocks, i + 1, end);
    if (next === null) break;
    if (b.kind === 'meta') {
      pendingMeta.push(b);
    } else if (b.credit !== undefined) {
      pendingDrops.push({ block: b, reason: 'photo caption: prose ending in a photo credit' });
    } else if (headlineKey !== null && b.key === headlineKey) {
      pendingDrops.push({ block: b, reason: 'the headline printed again' });
    } else if (b.kind === 'title' && next === i + 1 && headingVerdict(b) === 'heading') {
      read.body.push({ block: b, role: 'heading' });
      read.dropped.push(...pendingDrops.splice(0));
    } else {
      pendingDrops.push({ block: b, reason: b.kind === 'title' ? headingVerdict(b) : b.reason });
    }
  }
  return read;
}

/** Where the body starts: the first real paragraph after the headline's last printing, past header furniture and captions. */
function bodyStart(blocks: ClassifiedBlock[], group: HeaderGroup, end: number): number | null {
  const last = group.members.at(-1)!;
  for (let j = last.index + 1; j < end; j += 1) {
    const b = blocks[j]!;
    if (b.key === group.first.key && (b.kind === 'title' || b.kind === 'domain-title')) continue;
    if (isHeaderFurniture(b) || isCaptionBefore(blocks, b)) continue;
    return b.kind === 'paragraph' ? j : null;
  }
  return null;
}

/** Meta lines directly above the headline (a date stamp over it, sample 003) belong to the article. */
function headerStart(blocks: ClassifiedBlock[], group: HeaderGroup, floor: number): number {
  let s = group.first.index;
  while (s - 1 >= floor && blocks[s - 1]!.kind === 'meta') s -= 1;
  return s;
}

function isDek(block: ClassifiedBlock, body: ArticleSpan['body'], directlyUnderHeadline: boolean, teaser: boolean): boolean {
  const paragraphs = body.filter((p) => p.role === 'body');
  if (paragraphs.length < 2 || DATELINE.test(block.text)) return false;
  if (teaser) return true;
  const second = paragraphs[1]!.block;
  if (second.key === block.key) return true;
  const sentences = block.text.split(/[.!?]["'”’]?\s+(?=\p{Lu})/u).length;
  return directlyUnderHeadline && paragraphs.length >= 3 && block.text.length <= DEK_MAX_CHARS && sentences <= DEK_MAX_SENTENCES;
}

function buildSpan(blocks: ClassifiedBlock[], group: HeaderGroup, start: number, end: number): { span: ArticleSpan; last: number } | null {
  const first = bodyStart(blocks, group, end);
  if (first === null) return null;
  const read = readBody(blocks, first, end, group.first.key);
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
  for (let j = start; j < first; j += 1) {
    const b = blocks[j]!;
    if (group.members.includes(b)) continue;
    if (b.kind === 'meta') span.metaBlocks.push(b);
    else if (b.kind === 'url') span.urlBlocks.push(b);
    else if (isProse(b) && dek === null) dek = b;
    else span.dropped.push({ block: b, reason: b.credit !== undefined ? 'photo caption: prose ending in a photo credit' : b.reason });
  }
  span.metaBlocks.push(...read.meta);
  const teaser = group.first.kind === 'domain-title';
  const lastMember = group.members.at(-1)!;
  const firstBody = span.body[0]!.block;
  if (dek) {
    span.summary = dek;
  } else if (isDek(firstBody, span.body, firstBody.index === lastMember.index + 1, teaser)) {
    span.summary = firstBody;
    span.body.shift();
  }
  return { span, last: read.last };
}

/** After the body: a URL or date line still describes the article; anything else is page furniture. */
function readTrailer(blocks: ClassifiedBlock[], span: ArticleSpan, from: number, end: number, outside: Segmentation['outside']): void {
  for (let j = from; j < end; j += 1) {
    const b = blocks[j]!;
    if (b.kind === 'url') span.urlBlocks.push(b);
    else if (b.kind === 'meta' && b.meta?.dateText !== undefined) span.metaBlocks.push(b);
    else outside.push({ block: b, reason: reasonOutside(b, 'after the article ended') });
  }
}

function reasonOutside(block: ClassifiedBlock, where: string): string {
  switch (block.kind) {
    case 'boilerplate':
    case 'caption':
      return block.reason;
    case 'paragraph':
    case 'sentence':
      return block.credit !== undefined ? 'photo caption: prose ending in a photo credit' : `prose ${where}, under no headline`;
    case 'title':
    case 'domain-title':
      return `title-like line ${where} that leads to no article: a menu item, list entry or link`;
    default:
      return `${block.reason}, ${where}`;
  }
}

/** With no headline anywhere, the longest run of prose is the article and the nearest title above it its headline. */
function headlessSpan(blocks: ClassifiedBlock[]): { span: ArticleSpan; first: number; last: number } | null {
  let best: { first: number; read: BodyRead; chars: number } | null = null;
  for (let i = 0; i < blocks.length; i += 1) {
    if (blocks[i]!.kind !== 'paragraph' || blocks[i]!.credit !== undefined) continue;
    const read = readBody(blocks, i, blocks.length, null);
    const chars = read.body.reduce((n, p) => n + p.block.text.length, 0);
    if (!best || chars > best.chars) best = { first: i, read, chars };
    i = read.last;
  }
  if (!best || best.chars < HEADLESS_MIN_CHARS) return null;
  const title = blocks.slice(Math.max(0, best.first - 8), best.first).reverse().find((b) => b.kind === 'title');
  return {
    first: title?.index ?? best.first,
    last: best.read.last,
    span: {
      headline: title ?? null,
      headlineBlocks: title ? [title] : [],
      metaBlocks: best.read.meta,
      urlBlocks: [],
      summary: null,
      body: best.read.body,
      dropped: best.read.dropped,
      evidence: ['longest prose on a page with no headline'],
    },
  };
}

export function segmentArticles(blocks: ClassifiedBlock[], groups: HeaderGroup[]): Segmentation {
  const spans: ArticleSpan[] = [];
  const outside: Segmentation['outside'] = [];
  let cursor = 0;
  const starts = groups.map((g, k) => headerStart(blocks, g, k === 0 ? 0 : groups[k - 1]!.members.at(-1)!.index + 1));
  groups.forEach((group, k) => {
    const start = Math.max(starts[k]!, cursor);
    const end = starts[k + 1] ?? blocks.length;
    for (let j = cursor; j < start; j += 1) {
      outside.push({ block: blocks[j]!, reason: reasonOutside(blocks[j]!, spans.length === 0 ? 'before the first article' : 'between articles') });
    }
    const built = buildSpan(blocks, group, start, end);
    if (!built) {
      for (let j = start; j < end; j += 1) outside.push({ block: blocks[j]!, reason: reasonOutside(blocks[j]!, 'between articles') });
      cursor = end;
      return;
    }
    spans.push(built.span);
    readTrailer(blocks, built.span, built.last + 1, end, outside);
    cursor = end;
  });
  if (spans.length === 0) {
    const headless = headlessSpan(blocks);
    if (headless) {
      const inside = new Set([...headless.span.headlineBlocks, ...headless.span.body.map((p) => p.block), ...headless.span.dropped.map((d) => d.block), ...headless.span.metaBlocks]);
      for (const b of blocks) {
        if (!inside.has(b)) outside.push({ block: b, reason: reasonOutside(b, b.index < headless.first ? 'before the article' : 'after the article ended') });
      }
      return { spans: [headless.span], outside };
    }
  }
  for (let j = cursor; j < blocks.length; j += 1) outside.push({ block: blocks[j]!, reason: reasonOutside(blocks[j]!, 'after the last article') });
  return { spans, outside };
}
