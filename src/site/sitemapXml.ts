// The sitemap (sitemaps.org 0.9) for a list of absolute page URLs: one file, or an index of files when the archive
// has more pages than one sitemap may list.

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char);
}

/** No `lastmod`: the archive knows when articles were published, not when each page last changed. */
export function sitemapXml(absoluteUrls: readonly string[]): string {
  const entries = absoluteUrls.map((url) => `  <url><loc>${escapeXml(url)}</loc></url>\n`).join('');
  return `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}</urlset>\n`;
}

/** The protocol's limit per file: 50,000 URLs (its 50 MB limit is far off: an archive URL takes about 100 bytes). */
export const SITEMAP_URL_LIMIT = 50_000;
export const SITEMAP_FILE = 'sitemap.xml';

export interface SitemapFile {
  /** File name at the site's root. */
  name: string;
  xml: string;
}

function sitemapIndexXml(absoluteUrls: readonly string[]): string {
  const entries = absoluteUrls.map((url) => `  <sitemap><loc>${escapeXml(url)}</loc></sitemap>\n`).join('');
  return `<?xml version="1.0" encoding="utf-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}</sitemapindex>\n`;
}

/**
 * `sitemap.xml` lists the pages; past the limit it becomes the index of `sitemap-1.xml`, `sitemap-2.xml`, …, each
 * listing up to `limit` pages, so robots.txt names the same file whatever the archive's size. `fileUrl` gives a root
 * file's absolute URL.
 */
export function sitemapFiles(absoluteUrls: readonly string[], fileUrl: (name: string) => string, limit = SITEMAP_URL_LIMIT): SitemapFile[] {
  if (absoluteUrls.length <= limit) return [{ name: SITEMAP_FILE, xml: sitemapXml(absoluteUrls) }];
  const parts: SitemapFile[] = [];
  for (let start = 0; start < absoluteUrls.length; start += limit) {
    parts.push({ name: `sitemap-${parts.length + 1}.xml`, xml: sitemapXml(absoluteUrls.slice(start, start + limit)) });
  }
  return [{ name: SITEMAP_FILE, xml: sitemapIndexXml(parts.map((part) => fileUrl(part.name))) }, ...parts];
}
