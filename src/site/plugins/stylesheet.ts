// The site's one stylesheet, /assets/site.css: the CSS files of templates/assets/css joined into one, so each part of the site keeps its styles in its own file.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { UserConfig } from '@11ty/eleventy';

export const STYLESHEET_URL = '/assets/site.css';

// base.css sets the variables everything else uses, and print.css must win over every screen rule, so those two bracket the feature files.
const FIRST = 'base.css';
const LAST = 'print.css';

export function cascadeOrder(names: string[]): string[] {
  const rank = (n: string): number => (n === FIRST ? 0 : n === LAST ? 2 : 1);
  return [...names].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'en'));
}

export async function joinStylesheets(sourceDir: string): Promise<string> {
  const names = cascadeOrder((await readdir(sourceDir)).filter((n) => n.endsWith('.css')));
  const parts = await Promise.all(names.map((n) => readFile(path.join(sourceDir, n), 'utf8')));
  return parts.join('\n');
}

export function stylesheet(eleventyConfig: UserConfig, options: { sourceDir: string }): void {
  eleventyConfig.addWatchTarget(options.sourceDir);
  // Read again for every build, so an edited CSS file shows while serving.
  eleventyConfig.addGlobalData('stylesheetText', () => joinStylesheets(options.sourceDir));
  eleventyConfig.addTemplate('assets/site.css.njk', '{{ stylesheetText | safe }}', {
    permalink: STYLESHEET_URL,
    eleventyExcludeFromCollections: true,
  });
}
