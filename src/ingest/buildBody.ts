// Article span → body parts: paragraph text with trailing credits cut, all-caps headings in title case, repeats removed.
import { TRAILING_CREDIT } from './vocabulary.ts';
import { isAllCaps } from './textShape.ts';
import type { ArticleSpan, BodyPart, ClassifiedBlock } from './types.ts';

const WORD_IN_CAPS = /\p{Lu}[\p{Lu}\p{N}'’-]*/gu;

/**
 * "TROOPS TRAINING" → "Troops Training", but an acronym the article itself writes in capitals ("NATO") stays so.
 * Shouting is page style; the words are the heading.
 */
export function headingCase(text: string, articleText: string): string {
  if (!isAllCaps(text)) return text;
  return text.replace(WORD_IN_CAPS, (word) => {
    const acronym = new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u');
    if (word.length > 1 && acronym.test(articleText)) return word;
    return word.charAt(0) + word.slice(1).toLowerCase();
  });
}

export interface BuiltBody {
  parts: BodyPart[];
  /** Paragraphs left out of the body, with the reason. */
  dropped: { block: ClassifiedBlock; reason: string }[];
}

export function buildBody(span: ArticleSpan): BuiltBody {
  const dropped: BuiltBody['dropped'] = [];
  const proseText = span.body.filter((p) => p.role === 'body').map((p) => p.block.text).join('\n');
  const parts: BodyPart[] = [];
  for (const { block, role } of span.body) {
    if (role === 'heading') {
      parts.push({ type: 'heading', text: headingCase(block.text, proseText) });
      continue;
    }
    const text = block.credit !== undefined ? block.text.replace(TRAILING_CREDIT, '').trim() : block.text;
    const previous = parts.at(-1);
    if (previous?.type === 'paragraph' && previous.text === text) {
      dropped.push({ block, reason: 'the paragraph above printed again' });
      continue;
    }
    parts.push({ type: 'paragraph', text });
  }
  return { parts, dropped };
}
