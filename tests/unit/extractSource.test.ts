// extractSource: the outlet of an article (teaser domain, outlet line, article URL, reporter credit, page owner) and `via` for the page that carried it.
import { beforeAll, describe, expect, it } from 'vitest';
import { extractSource, type PagePublisher } from '../../src/ingest/extractSource.ts';
import { createRegistry, type Registry } from '../../src/publishers/registry.ts';
import { archiveConfig } from '../helpers/archiveConfig.ts';
import { classifyLines, prose, segmentLines, spanOf } from '../helpers/pipeline.ts';

let registry: Registry;
beforeAll(async () => {
  registry = (await archiveConfig()).registry;
});

function pageOf(id: string): PagePublisher {
  const p = registry.byId(id);
  if (!p) throw new Error(`no publisher ${id}`);
  return { publisher: p, name: p.name, domain: p.domains[0] ?? null };
}

function teaserSpan(line: string) {
  const { seg } = segmentLines([line, prose(0), prose(1)], registry);
  const span = seg.spans[0];
  if (!span) throw new Error('no span');
  return span;
}

describe('extractSource', () => {
  it('names the registry outlet of a teaser domain and keeps the domain as given', () => {
    const span = teaserSpan('www.nbcnews.com North Korean troops have been sent to Russia, U.S. confirms');
    expect(extractSource(span, null, null, null, registry)).toEqual({ source: 'NBC News', source_domain: 'www.nbcnews.com', via: null, rule: 'teaser-domain' });
  });

  it('falls back to the bare domain for a teaser domain the registry does not know', () => {
    const span = teaserSpan('www.example-news.org North Korean troops have been sent to Russia, U.S. confirms');
    expect(extractSource(span, null, null, null, registry)).toMatchObject({ source: 'example-news.org', source_domain: 'www.example-news.org' });
  });

  it('reads an outlet named alone on a line in the article header', () => {
    const span = spanOf({ metaBlocks: classifyLines(['The Korea Herald', 'Oct. 30, 2024'], registry) });
    expect(extractSource(span, null, null, null, registry)).toEqual({ source: 'The Korea Herald', source_domain: 'koreaherald.com', via: null, rule: 'outlet-line' });
  });

  it('reads the outlet from the article URL’s host, subdomains folded', () => {
    const found = extractSource(spanOf({}), null, 'https://edition.cnn.com/2024/10/30/asia/troops/index.html', null, registry);
    expect(found).toEqual({ source: 'CNN', source_domain: 'edition.cnn.com', via: null, rule: 'article-url' });
  });

  it('takes "WSJ\'s Jane Doe reports." to mean The Wall Street Journal', () => {
    expect(extractSource(spanOf({}), null, null, 'WSJ', registry)).toMatchObject({ source: 'The Wall Street Journal', rule: 'reporter-credit' });
  });

  it('keeps a publisher’s page as the source of an agency story ("By Yonhap" on The Korea Herald)', () => {
    const span = spanOf({ metaBlocks: classifyLines(['By Yonhap'], registry) });
    expect(extractSource(span, pageOf('korea-herald'), null, null, registry)).toMatchObject({ source: 'The Korea Herald', via: null, rule: 'page-publisher' });
    expect(extractSource(spanOf({}), pageOf('korea-herald'), null, 'Yonhap', registry)).toMatchObject({ source: 'The Korea Herald', via: null });
  });

  it('names the agency when the page has no publisher of its own', () => {
    expect(extractSource(spanOf({}), null, null, 'Yonhap', registry)).toMatchObject({ source: 'Yonhap', rule: 'agency-credit', via: null });
  });

  it('gives an aggregator page as `via`, never as the source', () => {
    const daily8 = pageOf('daily8');
    expect(extractSource(spanOf({}), daily8, null, 'WSJ', registry)).toMatchObject({ source: 'The Wall Street Journal', via: 'Daily8' });
    expect(extractSource(spanOf({}), daily8, null, null, registry).source).toBeNull();
  });

  it('gives a publisher page carrying another outlet’s teaser as `via`', () => {
    const span = teaserSpan('www.newsweek.com South Korea could follow North into Russia-Ukraine war');
    expect(extractSource(span, pageOf('nbc-news'), null, null, registry)).toMatchObject({ source: 'Newsweek', via: 'NBC News' });
  });

  it('gives no `via` when the page and the article are the same outlet', () => {
    const span = spanOf({ metaBlocks: classifyLines(['NBC News'], registry) });
    expect(extractSource(span, pageOf('nbc-news'), null, null, registry).via).toBeNull();
  });

  it('returns nulls when nothing names an outlet', () => {
    expect(extractSource(spanOf({}), null, null, null, registry)).toEqual({ source: null, source_domain: null, via: null, rule: null });
  });

  it('knows only the outlets of the registry it is given', () => {
    const tiny = createRegistry({ publishers: [{ id: 'gazette', name: 'The Example Gazette', domains: ['gazette.example'] }] });
    expect(extractSource(spanOf({}), null, 'https://www.gazette.example/a/b', null, tiny)).toMatchObject({ source: 'The Example Gazette', source_domain: 'www.gazette.example' });
    expect(extractSource(spanOf({}), null, 'https://www.nbcnews.com/a/b', null, tiny).source).toBeNull();
  });
});
