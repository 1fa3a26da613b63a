// A provenance page's table body: one row per non-blank line of the capture, with what became of it.
//
// Written in code rather than as a template loop: a capture page has hundreds of lines and an archive thousands of
// captures, and the Nunjucks loop was a quarter of a 10,000-capture build. Every text here is scraped or derived
// from scraped text, so every one is escaped; the only markup is this module's own.
import markdownIt from 'markdown-it';
import type { ProvenanceLine, ProvenanceRecord } from '../store/provenanceRecord.ts';

const { escapeHtml } = markdownIt().utils;

/** A kept line's article, when it has a page in this build: its address; otherwise null. */
export type ArticleLink = (file: string) => string | null;

type Article = ProvenanceRecord['articles'][number];

const headlineOf = (article: Article | undefined) => escapeHtml(article?.headline ?? '(no headline)');

function verdict(line: ProvenanceLine, article: Article | undefined, linkOf: ArticleLink): { state: string; text: string } {
  if (!line.kept) return { state: 'dropped', text: `dropped: ${escapeHtml(line.reason ?? '')}` };
  if (article?.skipped) {
    return { state: 'skipped', text: `not archived: part of “${headlineOf(article)}”, skipped (${escapeHtml(article.skipped)})` };
  }
  const link = article?.file ? linkOf(article.file) : null;
  const into = link === null ? `“${headlineOf(article)}”` : `<a href="${escapeHtml(link)}">${headlineOf(article)}</a>`;
  return { state: 'kept', text: `kept as ${escapeHtml(line.role ?? '')} of ${into}` };
}

/** Blank lines (no verdict) are left out, as the page's legend says. */
export function captureRows(record: ProvenanceRecord, linkOf: ArticleLink): string {
  const rows: string[] = [];
  for (const line of record.lines) {
    if (line.kept === undefined) continue;
    const article = line.article === undefined ? undefined : record.articles[line.article];
    const { state, text } = verdict(line, article, linkOf);
    rows.push(
      `<tr id="line-${line.n}" class="${state}"><td class="line-number">${line.n}</td>` +
        `<td class="line-text">${escapeHtml(line.text)}</td><td class="line-verdict">${text}</td></tr>`,
    );
  }
  return rows.join('\n');
}
