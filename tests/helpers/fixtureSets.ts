// Discovers fixture sets: every folder under tests/fixtures holding an expected.json gold file and the captures it describes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './archiveConfig.ts';

export interface GoldArticle {
  headline: string;
  source?: string | null;
  source_domain?: string | null;
  via?: string | null;
  byline?: string | null;
  date?: string | null;
  datetime?: string | null;
  url?: string | null;
  summary?: string | null;
  body: string[];
  may_also_contain?: string[];
  headings_optional?: string[];
  tags_expected?: string[];
}

export interface GoldDump {
  note?: string;
  articles: GoldArticle[];
  skipped: { headline: string; source?: string; reason: string }[];
  must_not_contain: string[];
}

export interface FixtureDump {
  set: string;
  file: string;
  text: string;
  gold: GoldDump;
}

export const FIXTURES_DIR = path.join(REPO_ROOT, 'tests/fixtures');

export function fixtureDumps(): FixtureDump[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(FIXTURES_DIR, d.name, 'expected.json')))
    .flatMap((d) => {
      const dir = path.join(FIXTURES_DIR, d.name);
      const gold = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<string, GoldDump>;
      return Object.entries(gold).map(([file, g]) => ({ set: d.name, file, text: readFileSync(path.join(dir, file), 'utf8'), gold: g }));
    });
}

/** Whitespace-normalised, for comparing paragraphs. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
