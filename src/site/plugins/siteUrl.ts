// The site's public address (SITE_URL, else `url` in content/_data/site.json) and the filter that makes a site path absolute, path prefix included.
import { readFileSync } from 'node:fs';
import type { UserConfig } from '@11ty/eleventy';

/** Joins the public address, Eleventy's path prefix and a site-relative path: "/archive/" + "/tags/x/" → ".../archive/tags/x/". */
export function absoluteUrl(siteUrl: string, pathPrefix: string, sitePath: string): string {
  const base = new URL(siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`);
  const prefix = pathPrefix.replace(/^\/+|\/+$/g, '');
  const joined = [base.pathname.replace(/\/+$/, ''), prefix, sitePath.replace(/^\/+/, '')].filter(Boolean).join('/');
  return new URL(`/${joined.replace(/^\/+/, '')}`, base.origin).href;
}

export function siteUrl(eleventyConfig: UserConfig, options: { siteDataFile: string }): void {
  const configured = (JSON.parse(readFileSync(options.siteDataFile, 'utf8')) as { url?: string }).url;
  const address = process.env.SITE_URL || configured;
  if (!address) throw new Error('content/_data/site.json: set "url" (or the SITE_URL environment variable) to the address the site is published at');
  eleventyConfig.addGlobalData('siteUrl', address);
  // The path prefix is read when the filter runs: Eleventy sets it after the configuration is loaded.
  eleventyConfig.addFilter('absoluteUrl', (sitePath: string) => absoluteUrl(address, eleventyConfig.pathPrefix ?? '/', sitePath));
}
