// A capture's page (/provenance/<capture>/): every non-blank line of the captured text with what became of it, what
// the capture yielded, and its digest. Written after the build into the frame Eleventy renders once for them all.
//
// In code rather than as an Eleventy template per capture: a capture page has hundreds of lines and an archive
// thousands of captures, and as Eleventy pages they were a third of a 10,000-capture build and held 300 MB of HTML in
// memory until it ended. Every text here is scraped or derived from scraped text, so every one is escaped; the only
// markup is this module's own, the same the template wrote.
import type { ProvenanceLine, ProvenanceRecord } from '../store/provenanceRecord.ts';
import { escapeHtml } from './markdown.ts';

/** A kept line's article, when it has a page in this build: its address (path prefix included); otherwise null. */
export type ArticleLink = (file: string) => string | null;

type Article = ProvenanceRecord['articles'][number];

const headlineOf = (article: Article | undefined) => escapeHtml(article?.headline ?? '(no headline)');

/** The article's headline, a link to its page when this build has one; `quoted` marks an unlinked one as a title. */
function titleOf(article: Article | undefined, linkOf: ArticleLink, quoted: boolean): string {
  const link = article?.file ? linkOf(article.file) : null;
  if (link !== null) return `<a href="${escapeHtml(link)}">${headlineOf(article)}</a>`;
  return quoted ? `“${headlineOf(article)}”` : headlineOf(article);
}

function verdict(line: ProvenanceLine, article: Article | undefined, linkOf: ArticleLink): { state: string; text: string } {
  if (!line.kept) return { state: 'dropped', text: `dropped: ${escapeHtml(line.reason ?? '')}` };
  if (article?.skipped) {
    return { state: 'skipped', text: `not archived: part of “${headlineOf(article)}”, skipped (${escapeHtml(article.skipped)})` };
  }
  return { state: 'kept', text: `kept as ${escapeHtml(line.role ?? '')} of ${titleOf(article, linkOf, true)}` };
}

/** The table's rows; blank lines (no verdict) are left out, as the page's legend says. */
export function captureRows(record: ProvenanceRecord, linkOf: ArticleLink): string {
  const rows: string[] = [];
  for (const line of record.lines) {
    if (line.kept === undefined) continue;
    const article = line.article === undefined ? undefined : record.articles[line.article];
    const { state, text } = verdict(line, article, linkOf);
    rows.push(
      `<tr id="line-${Number(line.n)}" class="${state}"><td class="line-number">${Number(line.n)}</td>` +
        `<td class="line-text">${escapeHtml(line.text)}</td><td class="line-verdict">${text}</td></tr>`,
    );
  }
  return rows.join('\n');
}

function yielded(record: ProvenanceRecord, linkOf: ArticleLink): string {
  if (record.articles.length === 0) return '<p>No article: the page held only furniture (menus, links, banners).</p>';
  const items = record.articles.map(
    (article) => `<li>${titleOf(article, linkOf, false)}${article.skipped ? `: not archived (${escapeHtml(article.skipped)})` : ''}</li>`,
  );
  return `<ul>\n${items.join('\n')}\n</ul>`;
}

/** What the page's `<main>` holds. */
export function capturePageContent(record: ProvenanceRecord, linkOf: ArticleLink): string {
  const dump = escapeHtml(record.dump);
  return `<h1>Capture <code>${dump}</code></h1>
<dl class="facts">
  <div><dt>SHA-256</dt><dd><code class="digest">${escapeHtml(record.sha256)}</code></dd></div>
  <div><dt>Captured</dt><dd>${record.captured_at ? escapeHtml(record.captured_at) : 'time of capture not recorded'}</dd></div>
  ${record.encoding ? `<div><dt>Encoding</dt><dd>${escapeHtml(record.encoding)}</dd></div>` : ''}
</dl>
<section aria-labelledby="produced-heading">
  <h2 id="produced-heading">What it yielded</h2>
  ${yielded(record, linkOf)}
</section>
<section aria-labelledby="lines-heading">
  <h2 id="lines-heading">The captured text</h2>
  <p class="legend">Kept lines are marked with the article they went into and their role; lines of an article that was not archived, with why it was skipped; dropped lines with the reason. Blank lines are left out.</p>
  <table class="capture">
    <thead><tr><th scope="col">Line</th><th scope="col">Text</th><th scope="col">What became of it</th></tr></thead>
    <tbody>
${captureRows(record, linkOf)}
    </tbody>
  </table>
</section>`;
}

/**
 * The frame: the site's page around a capture, rendered once by Eleventy through the base layout with these marks
 * where a capture's own name, address and content go. The marks are plain ASCII that no escaping or URL rewriting
 * changes, and no scraped text can forge them: they are replaced before any capture text is put in.
 */
export const FRAME = {
  /** The frame's own site path: in its canonical and social links, it becomes the capture page's path. */
  path: '/provenance/capture-page-frame/',
  dump: '@@capture-dump@@',
  content: '@@capture-content@@',
} as const;

/** The frame's template in the content folder, by name: a site without it has no capture pages. */
export const FRAME_TEMPLATE = 'provenance.njk';

/** A capture's page from the frame. `pagePath` is the capture page's site path, like FRAME.path. */
export function fillFrame(frame: string, pagePath: string, record: ProvenanceRecord, linkOf: ArticleLink): string {
  const parts = frame.split(FRAME.content);
  if (parts.length !== 2) throw new Error(`the capture page frame must hold ${FRAME.content} once (templates/pages/provenance.njk)`);
  const dump = escapeHtml(record.dump);
  // Function replacers: a "$&" in a file name is text, not a replacement pattern. The content goes in after the marks
  // are filled, so a capture line that spells a mark is never taken for one.
  const fill = (part: string) => part.replaceAll(FRAME.path, () => pagePath).replaceAll(FRAME.dump, () => dump);
  return `${fill(parts[0]!)}${capturePageContent(record, linkOf)}${fill(parts[1]!)}`;
}
