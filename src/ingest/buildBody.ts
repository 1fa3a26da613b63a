// Article span → body parts: paragraph text with trailing credits and end marks cut, headings as printed, repeats removed.
import { TRAILING_CREDIT, TRAILING_END_MARK } from './vocabulary.ts';
import type { ArticleSpan, BodyPart, ClassifiedBlock } from './types.ts';

export interface BuiltBody {
  parts: BodyPart[];
  /** Paragraphs left out of the body, with the reason. */
  dropped: { block: ClassifiedBlock; reason: string }[];
}

export function buildBody(span: ArticleSpan): BuiltBody {
  const dropped: BuiltBody['dropped'] = [];
  const parts: BodyPart[] = [];
  for (const { block, role } of span.body) {
    if (role === 'heading') {
      // As printed: capitals are the outlet's style, and case-folding would turn "US FALLS" into "Us Falls".
      parts.push({ type: 'heading', text: block.text });
      continue;
    }
    const credited = block.credit !== undefined ? block.text.replace(TRAILING_CREDIT, '').trim() : block.text;
    const text = credited.endsWith(')') ? credited.replace(TRAILING_END_MARK, '') : credited;
    const previous = parts.at(-1);
    if (previous?.type === 'paragraph' && previous.text === text) {
      dropped.push({ block, reason: 'the paragraph above printed again' });
      continue;
    }
    parts.push({ type: 'paragraph', text });
  }
  return { parts, dropped };
}
