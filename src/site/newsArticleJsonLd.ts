// An article page's schema.org NewsArticle description, from what the entry states and nothing else.
import { isSafeWebUrl, type Entry } from '../store/entrySchema.ts';
import { distinctNames } from './groupArticles.ts';
import { publicationDate } from './publicationDate.ts';
import { tagUrl } from './siteUrls.ts';

export interface NewsArticlePage {
  /** The archive page's absolute URL. */
  url: string;
  language: string;
  /** Whether a name is a registered outlet or agency (a byline such as "Yonhap" names an organisation, not a person). */
  isOutlet: (name: string) => boolean;
}

function organization(name: string, domain: string | undefined) {
  return { '@type': 'Organization', name, ...(domain !== undefined && { url: `https://${domain}/` }) };
}

export function newsArticleJsonLd(entry: Entry, page: NewsArticlePage): Record<string, unknown> {
  // Only a date the entry states, in the most precise form it states it; a date that is no calendar day is left out.
  const published = publicationDate(entry)?.machine ?? undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: entry.headline,
    url: page.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': page.url },
    inLanguage: page.language,
    isAccessibleForFree: true,
    ...(published !== undefined && { datePublished: published }),
    ...(entry.summary !== undefined && { description: entry.summary }),
    ...(entry.source !== null && { publisher: organization(entry.source, entry.source_domain) }),
    ...(entry.byline !== undefined && {
      author: { '@type': page.isOutlet(entry.byline) ? 'Organization' : 'Person', name: entry.byline },
    }),
    ...(entry.url !== undefined && isSafeWebUrl(entry.url) && { isBasedOn: entry.url }),
    ...(entry.tags.length > 0 && { keywords: distinctNames(entry.tags, tagUrl) }),
  };
}
