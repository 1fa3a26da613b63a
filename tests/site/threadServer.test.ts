// The development server's stand-in on the main thread: what crosses to serve's thread, where the server runs.
import { describe, expect, it } from 'vitest';
import { crossingOptions, crossingReload } from '../../src/site/threadServer.ts';

const page = (inputPath: string, url: string) => ({ url, inputPath, content: `<p>${url}</p>`, outputPath: `_site${url}index.html`, data: { big: 'x'.repeat(10) } });

describe('thread server', () => {
  it("keeps the server's options but Eleventy's logger, which stays on the main thread", () => {
    const logger = { info: () => {}, log: () => {}, error: () => {} };
    expect(crossingOptions({ pathPrefix: '/archive/', port: 8080, module: '@11ty/eleventy-dev-server', logger })).toEqual({ pathPrefix: '/archive/', port: 8080, module: '@11ty/eleventy-dev-server' });
  });

  it('refuses an option that is a function, naming it, since it cannot cross to the thread', () => {
    expect(() => crossingOptions({ port: 8080, setup: () => ({}) })).toThrow(/"setup" is a function/);
  });

  it("sends only the changed files' pages of a rebuild, with their URL, input and HTML", () => {
    const event = {
      files: ['./content/articles/a.md'],
      build: { stylesheets: ['/css/site.css'], templates: [page('./content/articles/a.md', '/articles/a/'), page('./content/index.njk', '/'), page('./content/articles/b.md', '/articles/b/')] },
    };
    expect(crossingReload(event, {})).toEqual({
      files: ['./content/articles/a.md'],
      build: { stylesheets: ['/css/site.css'], templates: [{ url: '/articles/a/', inputPath: './content/articles/a.md', content: '<p>/articles/a/</p>' }] },
    });
  });

  it('sends no pages when the server patches no pages in place, and an event without a build as it is', () => {
    const event = { files: ['./content/articles/a.md'], build: { templates: [page('./content/articles/a.md', '/articles/a/')] } };
    expect(crossingReload(event, { domDiff: false }).build).toEqual({ templates: [] });
    expect(crossingReload({ files: ['./content/css/site.css'], subtype: 'css' }, {})).toEqual({ files: ['./content/css/site.css'], subtype: 'css' });
  });
});
