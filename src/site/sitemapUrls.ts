// The pages a sitemap lists: every HTML page the build wrote, except the page for addresses that do not exist.

/** Static hosts serve it for any unknown address; it is not a page of its own. */
const NOT_FOUND_URL = '/404.html';
const HTML_OUTPUT = '.html';

export interface BuiltPage {
  url: string;
  outputPath: string | false;
}

/**
 * Read from what Eleventy wrote rather than from `collections.all`, which holds only the first page of a paginated
 * template (tag, source, month and story pages) and none marked `eleventyExcludeFromCollections`.
 */
export function sitemapUrls(pages: readonly BuiltPage[]): string[] {
  const listed = pages.filter(
    (page) => typeof page.outputPath === 'string' && page.outputPath.endsWith(HTML_OUTPUT) && page.url !== NOT_FOUND_URL,
  );
  return [...new Set(listed.map((page) => page.url))].sort();
}
