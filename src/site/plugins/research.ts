// Research features: provenance pages of every capture, the methodology page's data, "cite this", and the CSV / JSON Lines / CSL-JSON exports.
import path from 'node:path';
import type { UserConfig } from '@11ty/eleventy';
import { REVIEW_THRESHOLD } from '../../ingest/rateConfidence.ts';
import type { ArticlePage } from '../articleCollections.ts';
import { exportRecord, toCslJson, toCsv, toJsonLines } from '../exportRecords.ts';
import type { ProvenanceRecord } from '../../store/provenanceRecord.ts';
import { loadProvenance, provenanceUrl } from '../provenanceData.ts';
import { absoluteUrl } from './siteUrl.ts';

export function research(eleventyConfig: UserConfig, options: { siteUrl: string }): void {
  const input = eleventyConfig.directories.input;
  eleventyConfig.addGlobalData('provenanceRecords', () => loadProvenance(input));
  eleventyConfig.addGlobalData('reviewThreshold', REVIEW_THRESHOLD);
  eleventyConfig.addWatchTarget(path.join(input, '_provenance'));

  eleventyConfig.addFilter('provenanceUrl', provenanceUrl);
  // A hand-written entry may name a capture that is not in the archive: link to a capture page only when one is built.
  eleventyConfig.addFilter('capturePage', (dump: string, records: ProvenanceRecord[]) =>
    records.some((r) => r.dump === dump) ? provenanceUrl(dump) : '',
  );
  const archiveUrl = (page: ArticlePage) => absoluteUrl(options.siteUrl, eleventyConfig.pathPrefix ?? '/', page.url);
  const records = (pages: ArticlePage[]) => pages.map((p) => exportRecord(p, archiveUrl(p)));
  eleventyConfig.addFilter('exportCsv', (pages: ArticlePage[]) => toCsv(records(pages)));
  eleventyConfig.addFilter('exportJsonLines', (pages: ArticlePage[]) => toJsonLines(records(pages)));
  eleventyConfig.addFilter('exportCslJson', (pages: ArticlePage[]) => toCslJson(records(pages)));
}
