// A section heading printed in capitals → the same words in title case for the page, keeping acronyms the article itself writes in capitals.
import { isAllCaps } from '../ingest/textShape.ts';

const WORD_IN_CAPS = /\p{Lu}[\p{Lu}\p{N}'’-]*/gu;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * "TROOPS TRAINING" → "Troops Training", "US FALLS" → "US Falls" when the article writes "US": shouting is the
 * outlet's page style, the words are the heading. The extracted text keeps the heading as printed.
 */
export function headingCase(heading: string, articleText: string): string {
  if (!isAllCaps(heading)) return heading;
  return heading.replace(WORD_IN_CAPS, (word) => {
    const acronym = new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'u');
    if (word.length > 1 && acronym.test(articleText)) return word;
    return word.charAt(0) + word.slice(1).toLowerCase();
  });
}
