// Article span and page evidence → source (the outlet), its domain, and via (the page that carried it, when another).
import { hostOf, type Publisher, type Registry } from '../publishers/registry.ts';
import type { ArticleSpan } from './types.ts';

export interface PagePublisher {
  /** Registry entry, when known. */
  publisher: Publisher | null;
  /** Name as the page or sidecar gives it. */
  name: string;
  domain: string | null;
}

export interface SourceFinding {
  source: string | null;
  source_domain: string | null;
  via: string | null;
  /** Which evidence decided the source. */
  rule: string | null;
}

interface Candidate {
  publisher: Publisher | null;
  name: string;
  domain: string | null;
  rule: string;
}

function fromPublisher(p: Publisher, domain: string | null, rule: string): Candidate {
  return { publisher: p, name: p.name, domain: domain ?? p.domains[0] ?? null, rule };
}

/** The first piece of article-level evidence that names an outlet, strongest first. */
function articleEvidence(span: ArticleSpan, url: string | null, outletInText: string | null, registry: Registry): Candidate | null {
  const teaserDomain = span.headline?.kind === 'domain-title' ? span.headline.domain ?? null : null;
  if (teaserDomain) {
    const p = registry.byDomain(teaserDomain);
    return p ? fromPublisher(p, teaserDomain, 'teaser-domain') : { publisher: null, name: teaserDomain.replace(/^www\./, ''), domain: teaserDomain, rule: 'teaser-domain' };
  }
  const named = span.metaBlocks.map((b) => b.meta?.publisherId).find((id) => id !== undefined);
  const namedPublisher = named ? registry.byId(named) : undefined;
  if (namedPublisher && namedPublisher.kind !== 'aggregator') return fromPublisher(namedPublisher, null, 'outlet-line');
  const host = url ? hostOf(url) : null;
  const byHost = host ? registry.byDomain(host) : undefined;
  if (host && byHost) return fromPublisher(byHost, host, 'article-url');
  const inText = outletInText ? registry.byName(outletInText) : undefined;
  // An agency credit ("By Yonhap", "(Yonhap) --") names a supplier, not the page that published the story (sample 002).
  if (inText && inText.kind === 'publisher') return fromPublisher(inText, null, 'reporter-credit');
  return null;
}

export function extractSource(
  span: ArticleSpan,
  page: PagePublisher | null,
  url: string | null,
  outletInText: string | null,
  registry: Registry,
): SourceFinding {
  const pageOwner = page && page.publisher?.kind !== 'aggregator' ? page : null;
  let chosen: Candidate | null = articleEvidence(span, url, outletInText, registry);
  if (!chosen && pageOwner) chosen = { publisher: pageOwner.publisher, name: pageOwner.name, domain: pageOwner.domain ?? pageOwner.publisher?.domains[0] ?? null, rule: 'page-publisher' };
  if (!chosen && outletInText) {
    const agency = registry.byName(outletInText);
    if (agency) chosen = fromPublisher(agency, null, 'agency-credit');
  }
  if (!chosen) return { source: null, source_domain: null, via: null, rule: null };
  const samePublisher = page !== null && (page.publisher && chosen.publisher ? page.publisher.id === chosen.publisher.id : page.name === chosen.name);
  return {
    source: chosen.name,
    source_domain: chosen.domain,
    via: page !== null && !samePublisher ? page.name : null,
    rule: chosen.rule,
  };
}
