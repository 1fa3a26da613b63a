// The pages written while serving before the rebuild (earlyPages.ts): Eleventy renders them on their own, among the
// archive as the last build listed it, and each is the page the rebuild then writes.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sortArticles, type OrderedArticle } from '../../src/site/articleOrder.ts';
import { earlyArticleMore, writeEarlyPages } from '../../src/site/earlyPages.ts';
import { articleUrl } from '../../src/site/siteUrls.ts';
import { readEntry } from '../../src/store/readEntry.ts';
import { REPO_ROOT } from '../helpers/archiveConfig.ts';
import { buildFixtureSite, prepareSite, readEntryFixtures, removeFixtureSite, type EntryFile, type FixtureSite } from './fixtureSite.ts';

const CONFIG_PATH = path.join(REPO_ROOT, '.eleventy.ts');
let site: FixtureSite | undefined;

afterEach(async () => {
  if (site) await removeFixtureSite(site);
  site = undefined;
});

/** The articles as a build lists them: address and entry, in reading order. */
function listed(entries: readonly EntryFile[]): OrderedArticle[] {
  return sortArticles(entries.map(({ name, text }) => ({ url: articleUrl(name), data: { entry: readEntry(text, name).entry } })));
}

function entryText(headline: string, tags: string[], date: string, story?: string): string {
  return [
    '---',
    `headline: ${JSON.stringify(headline)}`,
    'source: Example Daily',
    `date: ${date}`,
    `tags: ${JSON.stringify(tags)}`,
    'dump: example.txt',
    'dump_lines: [1, 9]',
    `dump_sha256: ${'ab'.repeat(32)}`,
    ...(story ? [`story: ${story}`] : []),
    '---',
    '',
    `${headline}: the text of the article.`,
    '',
  ].join('\n');
}

describe('earlyArticleMore', () => {
  it('finds an early page its versions and related articles among the archive, leaving out removed entries and its own older copy', () => {
    const entries = [
      { name: 'old-copy.md', text: entryText('Troops seen near Kursk', ['Kursk'], '2024-11-01', 's1') },
      { name: 'version.md', text: entryText('Troops sighted near Kursk', ['Kursk'], '2024-11-02', 's1') },
      { name: 'related.md', text: entryText('Kursk offensive stalls', ['Kursk', 'Russia'], '2024-11-03') },
      { name: 'removed.md', text: entryText('Kursk fighting intensifies', ['Kursk', 'Russia'], '2024-11-04') },
      { name: 'unrelated.md', text: entryText('Harvest report', ['Farming'], '2024-11-05') },
    ];
    const known = listed(entries);
    const [page] = listed([{ name: 'old-copy.md', text: entryText('Troops seen near Kursk, officials say', ['Kursk', 'Russia'], '2024-11-01', 's1') }]);
    const more = earlyArticleMore([page!], { known, gone: new Set([articleUrl('removed.md')]) });
    expect(Object.keys(more)).toEqual([page!.url]);
    const mine = more[page!.url]!;
    expect(mine.story?.versions.map((v) => v.url)).toEqual([articleUrl('version.md'), page!.url]);
    expect(mine.versions.map((v) => v.url)).toEqual([articleUrl('version.md')]);
    expect(mine.related.map((r) => r.url)).toEqual([articleUrl('related.md')]);
    expect(mine.versions[0]).toBe(known.find((a) => a.url === articleUrl('version.md')));
  });
});

describe('writeEarlyPages', () => {
  it('writes a new entry\'s page as the full build then writes it, related articles and story included', async () => {
    const fixtures = await readEntryFixtures('valid');
    const added = fixtures.find((f) => f.name === 'korea-herald-troops-inside-ukraine.md')!;
    const others = fixtures.filter((f) => f !== added);
    site = await prepareSite(others);
    await buildFixtureSite(site);
    await writeFile(path.join(site.inputDir, 'articles', added.name), added.text);

    const earlyDir = path.join(site.root, 'work', '_early');
    await mkdir(earlyDir);
    const early = await writeEarlyPages(
      { changes: [{ dump: 'not-a-capture.txt', file: added.name, change: 'created' }] },
      { inputDir: site.inputDir, outputDir: earlyDir, configPath: CONFIG_PATH, known: listed(others) },
    );
    const url = articleUrl(added.name);
    expect(early).toEqual({ articles: [url], captures: [] });

    await rm(site.outputDir, { recursive: true, force: true });
    await buildFixtureSite(site);
    const built = await readFile(path.join(site.outputDir, url, 'index.html'), 'utf8');
    const written = await readFile(path.join(earlyDir, url, 'index.html'), 'utf8');
    expect(built).toContain('Related articles');
    expect(written).toBe(built);
  }, 60_000);

  it('writes nothing for a run that only removed entries', async () => {
    site = await prepareSite([]);
    const early = await writeEarlyPages(
      { changes: [{ dump: 'gone.txt', file: 'gone.md', change: 'removed' }] },
      { inputDir: site.inputDir, outputDir: site.outputDir, configPath: CONFIG_PATH, known: [] },
    );
    expect(early).toEqual({ articles: [], captures: [] });
  });
});
