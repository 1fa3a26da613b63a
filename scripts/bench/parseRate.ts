// How many of the articles the generator meant each dump to hold the parser finds, with the intended headline, source and date.
import type { GeneratedDump } from './generateDumps.ts';

export interface ParsedArticle {
  headline: string | null;
  source: string | null;
  date: string | null;
  on_topic: boolean;
}

export interface ParseRate {
  intended: number;
  found: number;
  /** Up to five dumps where an intended article was missed or read differently, for a look. */
  misses: { dump: string; headline: string }[];
}

const MISSES_KEPT = 5;

export function foundArticles(dumps: readonly Pick<GeneratedDump, 'name' | 'articles'>[], articlesOf: (dump: string) => readonly ParsedArticle[]): ParseRate {
  let intended = 0;
  let found = 0;
  const misses: ParseRate['misses'] = [];
  for (const dump of dumps) {
    const parsed = articlesOf(dump.name);
    for (const want of dump.articles) {
      intended += 1;
      const hit = parsed.some((a) => a.headline === want.headline && a.source === want.source && a.date === want.date && a.on_topic === want.onTopic);
      if (hit) found += 1;
      else if (misses.length < MISSES_KEPT) misses.push({ dump: dump.name, headline: want.headline });
    }
  }
  return { intended, found, misses };
}
