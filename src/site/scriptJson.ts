// JSON for an inline `<script type="application/ld+json">`: serialised, then escaped so no text inside can end the element.

/**
 * `<` (as in `</script>` or `<!--`), `>` and `&` are written as JSON escapes, which parse to the same characters but
 * are inert to the HTML parser; U+2028/U+2029 likewise, for consumers that read the JSON as JavaScript.
 */
const HTML_SIGNIFICANT = /[<>&\u2028\u2029]/g;

export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(HTML_SIGNIFICANT, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
