// Writes the Pagefind full-text index of the article pages into the built site's `pagefind/` folder.
import path from 'node:path';
import { close, createIndex } from 'pagefind';

/** The bundle's folder in the output; the search page loads Pagefind's scripts from here. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/**
 * Parts of an article page that are not the article's text: the site's banner and footer, in-page links (the skip
 * link), the list of facts under the headline (source, date, byline: results show them from the page's metadata),
 * and what follows the body (citation, other versions, related articles, the capture record), which quotes other
 * articles and file names. Pagefind itself leaves out `nav`, `form` and `script`, and any element a template marks
 * `data-pagefind-ignore`.
 */
const NOT_ARTICLE_TEXT = [
  'body > header',
  'body > footer',
  'a[href^="#"]',
  'article > header dl',
  'article > section',
  'article > footer',
  'article aside',
];

/**
 * The article pages, as the build wrote them: Pagefind reads them from disk itself, many times faster than handing
 * each page's HTML to its process, and no page is held in this process's memory for it.
 */
const ARTICLE_PAGES = 'articles/**/*.html';

function failIf(errors: readonly string[], step: string): void {
  if (errors.length > 0) throw new Error(`search index: ${step} failed: ${errors.join('; ')}`);
}

/** Pages are indexed in the language their `<html lang>` states (site.json's `language`). */
export async function writeSearchIndex(outputDir: string): Promise<void> {
  try {
    const { index, errors } = await createIndex({ excludeSelectors: NOT_ARTICLE_TEXT });
    failIf(errors, 'starting Pagefind');
    if (index === undefined) throw new Error('search index: Pagefind gave no index');
    // Absolute: Pagefind's process resolves a relative path against its own working directory.
    const added = await index.addDirectory({ path: path.resolve(outputDir), glob: ARTICLE_PAGES });
    failIf(added.errors, 'indexing the article pages');
    const written = await index.writeFiles({ outputPath: path.resolve(outputDir, SEARCH_BUNDLE_DIR) });
    failIf(written.errors, 'writing the index');
  } finally {
    // Pagefind runs as a child process; left open, it would keep the command from exiting.
    await close();
  }
}
