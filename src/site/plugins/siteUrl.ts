// The site's public address as global data, the filter that makes a site path absolute, and a site path under the path prefix.
import type { UserConfig } from '@11ty/eleventy';

/** A site path as served under the path prefix: "/articles/x/" under "/archive/" is "/archive/articles/x/". */
export function prefixedPath(pathPrefix: string, sitePath: string): string {
  const prefix = pathPrefix.replace(/^\/+|\/+$/g, '');
  return prefix === '' ? sitePath : `/${prefix}${sitePath}`;
}

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
