// An article span → the span without the author box at its end: a heading naming the writer credited in the article's
// header ("Jane Doe", "About Jane Doe", "Sobre …") over a paragraph or two about them.
import type { ArticleSpan, ClassifiedBlock } from './types.ts';

/** "About Jane Doe" in the languages of the benchmark and the archive's sources. */
const ABOUT = /^(about( the author)?|the author|sobre( o autor)?|über|uber|à propos de|a propos de|acerca de|informazioni su|o autorze|об авторе|про автора)\s*:?\s+/iu;
/** A name: two to four capitalised words, no digits. */
const NAME = /^\p{Lu}[\p{L}'’.-]*(\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;
/** An author box holds a short bio: one or two paragraphs. */
export const AUTHOR_BOX_MAX_PARAGRAPHS = 2;
/** What stays above an author box is a story of at least this many paragraphs; a short post about someone is not. */
export const MIN_STORY_PARAGRAPHS = 2;
/** The writer's credit sits in the header: up to this many blocks above the headline (a byline over it), or under it. */
export const CREDIT_ABOVE_HEADLINE = 6;

function nameIn(heading: string): string | null {
  const name = heading.replace(ABOUT, '').trim();
  return NAME.test(name) ? name : null;
}

/**
 * The heading must name someone credited in the article's header and the paragraph under it must speak of them: a
 * profile whose last section is headed by its subject's name keeps it, since the subject is not the article's credit.
 * An article by several writers ends in a box for each ("HYUNG-JIN KIM" / "Kim covers North and South Korea for The
 * Associated Press." / "KIM TONG-HYUNG" / "Kim reports from Seoul."): the boxes are dropped from the last up.
 */
export function dropAuthorBox(blocks: ClassifiedBlock[], span: ArticleSpan): ArticleSpan {
  for (let current = span; ; ) {
    let next = dropLastAuthorBox(blocks, current);
    if (next === current) next = dropAuthorBio(current);
    if (next === current) return current;
    current = next;
  }
}

/** A bio is a sentence or two. */
export const AUTHOR_BIO_MAX_CHARS = 300;
/** What a bio says of its writer right after the name: "Choe Sang-Hun is a Seoul correspondent for The Times, …". */
const BIO_VERB = /^\s+(is|was|has|covers|reports|writes|joined|edits)\b/;
/** Asked of every article's last paragraph: a bio says one of those words early on. */
const BIO_HINT = /^\p{Lu}[^.]{0,60}\s(is|was|has|covers|reports|writes|joined|edits)\s/u;

/** The names a span's byline lines credit: "Jane Doe and John Roe", "A, B and C". */
function creditedNames(span: ArticleSpan): string[] {
  return span.metaBlocks
    .flatMap((b) => (b.meta?.byline ?? '').split(/,|\band\b|&/))
    .map((n) => n.trim())
    .filter((n) => NAME.test(n));
}

/**
 * The last paragraph, when it opens with the name of a writer the header credits and says what they do, is their bio
 * printed without a heading (the New York Times: "Choe Sang-Hun is a Seoul correspondent for The Times, covering North
 * and South Korea."). A story ending on a sentence about someone else, or on its subject, keeps it.
 */
function dropAuthorBio(span: ArticleSpan): ArticleSpan {
  const last = span.body.at(-1);
  if (last === undefined || last.role !== 'body' || last.block.text.length > AUTHOR_BIO_MAX_CHARS) return span;
  if (span.body.filter((p) => p.role === 'body').length <= MIN_STORY_PARAGRAPHS) return span;
  const text = last.block.text;
  if (!BIO_HINT.test(text)) return span;
  const name = creditedNames(span).find((n) => text.startsWith(n) && BIO_VERB.test(text.slice(n.length)));
  if (name === undefined) return span;
  return {
    ...span,
    body: span.body.slice(0, -1),
    dropped: [...span.dropped, { block: last.block, reason: `author bio: ${name}, credited in the article's header, described under the article` }],
  };
}

function dropLastAuthorBox(blocks: ClassifiedBlock[], span: ArticleSpan): ArticleSpan {
  const at = span.body.findLastIndex((p) => p.role === 'heading');
  if (at <= 0) return span;
  const tail = span.body.slice(at + 1);
  if (tail.length === 0 || tail.length > AUTHOR_BOX_MAX_PARAGRAPHS || tail.some((p) => p.role !== 'body')) return span;
  const name = nameIn(span.body[at]!.block.text);
  if (name === null) return span;
  // A name printed in capitals over its bio ("HYUNG-JIN KIM" / "Kim covers …") is compared in any case.
  const parts = name.toLowerCase().split(/\s+/);
  const bio = tail[0]!.block.text.toLowerCase();
  if (!bio.includes(parts[0]!) && !bio.includes(parts.at(-1)!)) return span;
  const top = span.headline?.index ?? span.body[0]!.block.index;
  const bodyStart = span.body[0]!.block.index;
  // The headline names the article's subject, not its writer: the credit is another line of the header.
  const headline = new Set(span.headlineBlocks);
  const header = blocks.slice(Math.max(0, top - CREDIT_ABOVE_HEADLINE), bodyStart).filter((b) => !headline.has(b));
  if (!header.some((b) => b.text.toLowerCase().includes(name.toLowerCase()))) return span;
  if (span.body.slice(0, at).filter((p) => p.role === 'body').length < MIN_STORY_PARAGRAPHS) return span;
  return {
    ...span,
    body: span.body.slice(0, at),
    dropped: [
      ...span.dropped,
      ...span.body.slice(at).map(({ block }) => ({ block, reason: `author box: ${name}, credited in the article's header, described under the article` })),
    ],
  };
}
