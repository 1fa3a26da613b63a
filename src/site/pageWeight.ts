// What a page costs on the wire: its HTML plus the stylesheet, each gzip-compressed as a static host serves them.
import { gzipSync } from 'node:zlib';

/** An article page must arrive in the first round trip: TCP's initial window is ten segments, about 14 KB. */
export const ARTICLE_PAGE_BUDGET_BYTES = 14 * 1024;

export function gzipSize(text: string): number {
  return gzipSync(Buffer.from(text, 'utf8')).length;
}

export interface PageWeight {
  url: string;
  htmlBytes: number;
  cssBytes: number;
  totalBytes: number;
}

export function pageWeight(url: string, html: string, css: string): PageWeight {
  const htmlBytes = gzipSize(html);
  const cssBytes = gzipSize(css);
  return { url, htmlBytes, cssBytes, totalBytes: htmlBytes + cssBytes };
}
