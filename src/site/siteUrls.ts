// Site-relative URLs of article, tag and source pages; templates and permalinks both come through here.
import path from 'node:path';
import { slugify } from '../store/slugify.ts';

const ARTICLES_DIR = 'articles';
const ENTRY_EXTENSION = '.md';

/** From the entry's file name alone: nothing written inside an entry can move its page. */
export function articleUrl(inputPath: string): string {
  return `/${ARTICLES_DIR}/${slugify(path.basename(inputPath, ENTRY_EXTENSION))}/`;
}

export function tagUrl(tag: string): string {
  return `/tags/${slugify(tag)}/`;
}

export function sourceUrl(source: string): string {
  return `/sources/${slugify(source)}/`;
}

/** Entries are the Markdown files under `<input>/articles/`; everything else in the input folder is our own code. */
export function isEntryPath(filePath: string, inputDir: string): boolean {
  const fromArticles = path.relative(path.resolve(inputDir, ARTICLES_DIR), path.resolve(filePath));
  const outside = path.isAbsolute(fromArticles) || fromArticles.split(path.sep)[0] === '..';
  return filePath.endsWith(ENTRY_EXTENSION) && !outside;
}
