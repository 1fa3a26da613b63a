// The site's public address as global data, and the filter that makes a site path absolute, path prefix included.
import type { UserConfig } from '@11ty/eleventy';

/** Joins the public address, Eleventy's path prefix and a site-relative path: "/archive/" + "/tags/x/" → ".../archive/tags/x/". */
export function absoluteUrl(siteUrl: string, pathPrefix: string, sitePath: string): string {
  const base = new URL(siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`);
  const prefix = pathPrefix.replace(/^\/+|\/+$/g, '');
  const joined = [base.pathname.replace(/\/+$/, ''), prefix, sitePath.replace(/^\/+/, '')].filter(Boolean).join('/');
  // A folder keeps its closing slash: "/" under the prefix "/archive/" is "/archive/", not "/archive".
  const trailing = sitePath.endsWith('/') && joined !== '' ? '/' : '';
  return new URL(`/${joined.replace(/^\/+|\/+$/g, '')}${trailing}`, base.origin).href;
}

export function siteUrl(eleventyConfig: UserConfig, options: { address: string }): void {
  const { address } = options;
  eleventyConfig.addGlobalData('siteUrl', address);
  // The path prefix is read when the filter runs: Eleventy sets it after the configuration is loaded.
  eleventyConfig.addFilter('absoluteUrl', (sitePath: string) => absoluteUrl(address, eleventyConfig.pathPrefix ?? '/', sitePath));
}
