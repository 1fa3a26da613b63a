// Article and its provenance → the bytes of an entry file: YAML front-matter by gray-matter, then the body as literal-text Markdown.
import matter from 'gray-matter';
import type { Article } from '../ingest/types.ts';
import { ENTRY_FIELD_ORDER, entrySchema, type Entry } from './entrySchema.ts';
import { escapeMarkdown } from './escapeMarkdown.ts';
import { headingCase } from './headingCase.ts';

export interface Provenance {
  dump: string;
  dump_sha256: string;
  captured_at?: string | undefined;
  story?: string | undefined;
}

/** One serialiser setting for every entry: no line folding, so a hand edit touches one line. */
const YAML_OPTIONS = { lineWidth: -1, noRefs: true, sortKeys: false };

export function entryOf(article: Article, provenance: Provenance): Entry {
  if (article.headline === null) throw new Error('an article without a headline cannot become an entry');
  return entrySchema.parse({
    headline: article.headline,
    source: article.source,
    source_domain: article.source_domain ?? undefined,
    date: article.date,
    datetime: article.datetime ?? undefined,
    byline: article.byline ?? undefined,
    via: article.via ?? undefined,
    url: article.url ?? undefined,
    summary: article.summary ?? undefined,
    tags: article.tags,
    date_source: article.date_source ?? undefined,
    captured_at: provenance.captured_at,
    story: provenance.story,
    dump: provenance.dump,
    dump_sha256: provenance.dump_sha256,
    dump_lines: article.lines,
  });
}

export function renderBody(article: Pick<Article, 'parts'>): string {
  const prose = article.parts.filter((p) => p.type === 'paragraph').map((p) => p.text).join('\n');
  return article.parts
    // In a heading, trailing "#"s would be read as the closing sequence of the ATX heading and vanish.
    .map((part) => (part.type === 'heading' ? `## ${escapeMarkdown(headingCase(part.text, prose)).replace(/#/g, '\\#')}` : escapeMarkdown(part.text)))
    .join('\n\n');
}

export function renderEntry(entry: Entry, body: string): string {
  const ordered: Record<string, unknown> = {};
  for (const key of ENTRY_FIELD_ORDER) {
    if (entry[key] !== undefined) ordered[key] = entry[key];
  }
  // Exactly one final newline, so an entry read back and written again keeps its bytes. The body goes in as a file
  // object: given a string, gray-matter parses it first, and a hand-edited body opening with `---` lines would be
  // taken for front-matter and merged into the fields.
  // trimEnd removes what /\s+$/ would (the same white space), without trying every space of the body as a start.
  return matter.stringify({ content: `${body.trimEnd()}\n` }, ordered, YAML_OPTIONS as matter.GrayMatterOption<string, never>);
}
