// One build of the site from the hand-written entries (normal and hostile), checked page by page.
import fs from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildFixtureSite,
  elementsOf,
  fileForUrl,
  linkTargets,
  listFiles,
  prepareSite,
  readEntryFixtures,
  removeFixtureSite,
  visibleText,
  type EntryFile,
  type FixtureSite,
} from './fixtureSite.ts';

interface FixtureFacts {
  slug: string;
  headline: string;
  source: string | null;
  tags: string[];
}

let site: FixtureSite;
let facts: FixtureFacts[];

function factsOf(entry: EntryFile): FixtureFacts {
  const data = matter(entry.text).data as { headline: string; source: string | null; tags?: string[] };
  return { slug: entry.name.replace(/\.md$/, ''), headline: data.headline, source: data.source, tags: data.tags ?? [] };
}

async function page(url: string): Promise<string> {
  return fs.readFile(fileForUrl(site.outputDir, url), 'utf8');
}

async function htmlFiles(): Promise<string[]> {
  return (await listFiles(site.outputDir)).filter((file) => file.endsWith('.html'));
}

function hrefs(html: string): string[] {
  return linkTargets(html).filter((target) => target.startsWith('/'));
}

beforeAll(async () => {
  const entries = await readEntryFixtures('valid');
  facts = entries.map(factsOf);
  site = await prepareSite(entries);
  await buildFixtureSite(site);
});

afterAll(async () => {
  await removeFixtureSite(site);
});

describe('article pages', () => {
  it('gives every entry a page at /articles/<file slug>/', async () => {
    for (const { slug } of facts) {
      await expect(fs.access(path.join(site.outputDir, 'articles', slug, 'index.html'))).resolves.toBeUndefined();
    }
  });

  it('has exactly one <h1>, the headline as written', async () => {
    for (const { slug, headline } of facts) {
      const h1s = elementsOf(await page(`/articles/${slug}/`), 'h1');
      expect(h1s, slug).toHaveLength(1);
      expect(visibleText(h1s[0] ?? ''), slug).toBe(headline);
    }
  });

  it('links to its source page and to each tag page, which link back to it', async () => {
    for (const { slug, source, tags } of facts) {
      const articleUrl = `/articles/${slug}/`;
      const links = hrefs(elementsOf(await page(articleUrl), 'article').join(''));
      const groupPages = links.filter((link) => link.startsWith('/tags/') || link.startsWith('/sources/'));
      expect(groupPages.filter((link) => link.startsWith('/sources/')), slug).toHaveLength(source === null ? 0 : 1);
      expect(groupPages.filter((link) => link.startsWith('/tags/')).length, slug).toBeGreaterThanOrEqual(Math.min(tags.length, 1));
      for (const groupPage of groupPages) expect(hrefs(await page(groupPage)), `${groupPage} → ${slug}`).toContain(articleUrl);
    }
  });

  it('shows the provenance: dump file, lines and digest', async () => {
    const text = visibleText(await page('/articles/korea-herald-troops-inside-ukraine/'));
    expect(text).toContain('002_9da06d9b3fbd2242.txt');
    expect(text).toContain('61–81');
    expect(text).toContain('3f1c0a9e5b7d2c4f6e8a1b3d5f7092c4e6a8b0d2f4a6c8e0b2d4f6a8c0e2b4d6');
  });

  it('links the original URL, shows byline, via and standfirst', async () => {
    const html = await page('/articles/nbc-pentagon-troop-estimate/');
    expect(linkTargets(html)).toContain('https://www.nbcnews.com/news/world/pentagon-north-korean-troops-russia-rcna177567');
    const text = visibleText(html);
    expect(text).toContain('Courtney Kube');
    expect(text).toContain('Yahoo News');
    expect(text).toContain('The estimate is up from the 3,000 troops');
  });
});

describe('dates', () => {
  it('says "date not stated" for an undated entry, with no <time> and no borrowed date', async () => {
    // Related articles and other versions listed below it carry their own dates.
    const html = (await page('/articles/undated-analysis/')).replace(/<section class="(versions|related)"[\s\S]*?<\/section>/g, '');
    expect(visibleText(html)).toContain('date not stated');
    expect(html).not.toContain('<time');
    // The capture time is shown as provenance; apart from it, no year appears anywhere on the page.
    expect(visibleText(html).replaceAll('2024-11-01T10:00:00Z', '')).not.toMatch(/\b(19|20)\d\d\b/);
  });

  it('shows a stated day as written, even one YAML read as a UTC-midnight date', async () => {
    const html = await page('/articles/nbc-pentagon-troop-estimate/');
    expect(html).toContain('<time datetime="2024-10-28">28 October 2024</time>');
  });

  it('shows a stated time with its own offset', async () => {
    const html = await page('/articles/korea-herald-troops-inside-ukraine/');
    expect(html).toContain('<time datetime="2024-10-30T09:26:00+09:00">30 October 2024, 09:26 (UTC+09:00)</time>');
  });
});

describe('home page', () => {
  it('lists dated articles newest first, then the undated ones in their own section', async () => {
    const html = await page('/');
    const order = linkTargets(html).filter((link) => link.startsWith('/articles/'));
    expect(order).toEqual([
      '/articles/case-colliding-tags/',
      '/articles/no-source-listing/',
      '/articles/hostile-payloads/',
      '/articles/korea-herald-troops-inside-ukraine/',
      '/articles/reuters-same-day-no-time/',
      '/articles/reserved-keys/',
      '/articles/nbc-pentagon-troop-estimate/',
      '/articles/undated-analysis/',
    ]);
    const [dated, undated] = html.split('id="undated-heading"');
    expect(dated).not.toContain('/articles/undated-analysis/');
    expect(undated).toContain('/articles/undated-analysis/');
  });
});

describe('tag and source pages', () => {
  it('puts tags differing only in case on one page that names every spelling', async () => {
    const html = await page('/tags/kursk/');
    const text = visibleText(html);
    expect(elementsOf(html, 'h1').map(visibleText)).toEqual(['Tag: Kursk']);
    expect(text).toContain('Also written as KURSK, kursk');
    const listed = hrefs(html).filter((link) => link.startsWith('/articles/'));
    expect(listed).toEqual([
      '/articles/case-colliding-tags/',
      '/articles/korea-herald-troops-inside-ukraine/',
      '/articles/reuters-same-day-no-time/',
    ]);
  });

  it('lists every tag on the index with its count, each linking to a page that exists', async () => {
    const html = await page('/tags/');
    expect(visibleText(html)).toMatch(/North Korea \(8 articles\)/);
    const tagPages = hrefs(html).filter((link) => /^\/tags\/.+/.test(link));
    const expected = new Set(facts.flatMap((fact) => fact.tags.map((tag) => tag.toLowerCase())));
    expect(tagPages.length).toBe(expected.size);
  });

  it('gives tags in other scripts readable pages', async () => {
    expect(visibleText(await page('/tags/김정은/'))).toContain('Tag: 김정은');
    expect(visibleText(await page('/tags/курск/'))).toContain('Tag: Курск');
  });

  it('merges sources that differ only in case and leaves unsourced articles to the sources index', async () => {
    const nbc = hrefs(await page('/sources/nbc-news/')).filter((link) => link.startsWith('/articles/'));
    expect(nbc).toEqual(['/articles/case-colliding-tags/', '/articles/nbc-pentagon-troop-estimate/']);
    const index = await page('/sources/');
    const [, unsourced] = index.split('id="source-not-stated"');
    expect(hrefs(unsourced ?? '')).toContain('/articles/no-source-listing/');
  });
});

describe('links', () => {
  it('resolves every site-relative href and src to a file in the output', async () => {
    for (const file of await htmlFiles()) {
      for (const target of hrefs(await fs.readFile(file, 'utf8'))) {
        await expect(fs.access(fileForUrl(site.outputDir, target)), `${target} in ${file}`).resolves.toBeUndefined();
      }
    }
  });

  it('has no javascript:, data: or vbscript: link anywhere', async () => {
    for (const file of await htmlFiles()) {
      const targets = linkTargets(await fs.readFile(file, 'utf8'));
      expect(targets.filter((target) => /^\s*(javascript|data|vbscript):/i.test(target)), file).toEqual([]);
    }
  });

  it('serves the one stylesheet locally and requests nothing from elsewhere', async () => {
    for (const file of await htmlFiles()) {
      const html = await fs.readFile(file, 'utf8');
      expect(html, file).toContain('<link rel="stylesheet" href="/assets/site.css">');
      expect(html, file).not.toMatch(/<(img|iframe)\b/);
      // Scripts are JSON-LD data, or files of the site's own (the search page's); never inline code.
      for (const [, attributes = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        const isData = attributes === ' type="application/ld+json"';
        expect(isData || (/^ src="\/[^/"][^"]*" defer$/.test(attributes) && body === ''), `${file}: <script${attributes}>`).toBe(true);
      }
      expect(html, file).not.toMatch(/\bsrc\s*=\s*["']?https?:/i);
    }
  });
});

describe('hostile entries', () => {
  it('shows markup and template syntax from an entry as literal text', async () => {
    const html = await page('/articles/hostile-payloads/');
    const text = visibleText(html);
    for (const payload of [
      '<script>alert(1)</script> <b>bold</b> {{ 7*7 }} {% include "x" %}',
      '<img src=x onerror=alert(1)>',
      '<script>alert("summary")</script> {{ 7*7 }}',
      '{% raw %}raw{% endraw %}',
      '<b>Evil</b> Outlet {{ 7*7 }}',
      'Escaped by the writer: <script>alert(1)</script> and <img src=x onerror=alert(1)> and {{ 7*7 }}',
      '[click](javascript:alert(1))',
      'Hand edit: <script>alert(1)</script> and <img src=x onerror=alert(1)> then {{ 7*7 }} and {% include "x" %} and {% raw %}unclosed.',
    ]) {
      expect(text).toContain(payload);
    }
    expect(text).not.toContain('49');
    // The JSON-LD block is the page's only script, and it escapes every "<" in the entry's text.
    expect(html.replace(/<script type="application\/ld\+json">[^<]*<\/script>/, '')).not.toMatch(/<(script|img|b)\b/);
  });

  it('keeps the text of unsafe and relative Markdown links but never links them, and shows no images', async () => {
    const html = await page('/articles/hostile-payloads/');
    // Markdown with raw HTML off writes no <div>, so the body ends at the first one closed.
    const start = html.indexOf('class="article-body"');
    const body = html.slice(start, html.indexOf('</div>', start));
    expect(linkTargets(body)).toEqual(['https://tracker.example/pixel.png']);
    expect(visibleText(body)).toContain('[click](javascript:alert(1))');
    expect(visibleText(body)).toContain('[local](/etc/passwd)');
  });

  it('turns an entry\'s own headings into subheadings, never a second <h1>', async () => {
    const html = await page('/articles/hostile-payloads/');
    expect(elementsOf(html, 'h2')).toContain('A second headline from a hand edit');
    expect(elementsOf(html, 'h2')).toContain('Setext heading from a hand edit');
  });

  it('ignores Eleventy settings written into an entry', async () => {
    const html = await page('/articles/reserved-keys/');
    expect(visibleText(html)).toContain('Its body asks Nunjucks to compute {{ 7*7 }}');
    expect(elementsOf(html, 'title').map(visibleText)[0]).toMatch(/^Entry that tries to configure Eleventy/);
    expect(html).not.toContain('Hijacked');
    expect(hrefs(await page('/'))).toContain('/articles/reserved-keys/');
  });

  it('writes nothing outside the output folder', async () => {
    const outside = (await listFiles(site.root)).filter(
      (file) => !file.startsWith(site.outputDir + path.sep) && !file.startsWith(site.inputDir + path.sep),
    );
    expect(outside).toEqual([]);
    const written = (await listFiles(site.outputDir)).map((file) => path.relative(site.outputDir, file));
    expect(written.filter((file) => /escape|hijacked/.test(file))).toEqual([]);
  });
});

describe('page frame', () => {
  it('declares the language, offers a skip link to the one <main>, and has navigation and footer', async () => {
    for (const file of await htmlFiles()) {
      const html = await fs.readFile(file, 'utf8');
      expect(html, file).toContain('<html lang="en">');
      expect(html, file).toContain('<a class="skip-link" href="#main">');
      expect(html.match(/<main\b[^>]*id="main"/g), file).toHaveLength(1);
      expect(html, file).toContain('<nav aria-label="Site">');
      expect(html, file).toContain('<footer class="site-footer">');
    }
  });

  it('copies the stylesheet', async () => {
    const css = await fs.readFile(path.join(site.outputDir, 'assets', 'site.css'), 'utf8');
    expect(css).toContain('prefers-color-scheme: dark');
  });

});
