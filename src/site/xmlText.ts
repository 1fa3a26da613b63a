// Scraped text made safe to place in an XML 1.0 document: characters XML cannot carry at all are removed.

/**
 * Outside XML 1.0's `Char` production: C0 controls other than tab, line feed and carriage return, lone surrogate
 * halves (the `u` flag makes a well-formed pair one code point, so only lone halves match) and U+FFFE/U+FFFF.
 * No escape can carry them: even `&#1;` is not well-formed, so a feed reader would reject the whole feed.
 */
const NOT_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

/** Escaping `<`, `&` and quotes stays the template's job (autoescape); this only removes what no escape can carry. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML_CHARS, '');
}
