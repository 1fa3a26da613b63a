// Prints what the built site's article pages weigh compressed (HTML plus CSS) against the budget, and the size of the search index.
import fs from 'node:fs/promises';
import path from 'node:path';
import { ARTICLE_PAGE_BUDGET_BYTES, pageWeight } from '../src/site/pageWeight.ts';

const outputDir = path.resolve(process.argv[2] ?? '_site');

/** Pagefind's own index data, as opposed to the scripts, styles and WebAssembly it ships with every index. */
const INDEX_DATA = /(^|\/)(index|fragment|filter)\/|\.pf_meta$|pagefind-entry\.json$/;

async function searchIndexSize(dir: string): Promise<{ files: number; data: number; runtime: number } | undefined> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true }).catch(() => undefined);
  if (!entries) return undefined;
  const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  let data = 0;
  let runtime = 0;
  for (const file of files) {
    const { size } = await fs.stat(file);
    if (INDEX_DATA.test(path.relative(dir, file).split(path.sep).join('/'))) data += size;
    else runtime += size;
  }
  return { files: files.length, data, runtime };
}

async function main(): Promise<void> {
  const articlesDir = path.join(outputDir, 'articles');
  const slugs = await fs.readdir(articlesDir).catch(() => {
    throw new Error(`${articlesDir} does not exist: run \`npm run build\` first, or pass the output folder.`);
  });
  const css = await fs.readFile(path.join(outputDir, 'assets', 'site.css'), 'utf8');
  const weights = await Promise.all(
    slugs.map(async (slug) => pageWeight(`/articles/${slug}/`, await fs.readFile(path.join(articlesDir, slug, 'index.html'), 'utf8'), css)),
  );
  weights.sort((a, b) => b.totalBytes - a.totalBytes);
  console.log(`Article pages: ${weights.length}; budget ${ARTICLE_PAGE_BUDGET_BYTES} bytes gzip (HTML + CSS)`);
  console.log(`Stylesheet: ${weights[0]?.cssBytes ?? 0} bytes gzip`);
  for (const w of weights.slice(0, 5)) console.log(`  ${w.totalBytes.toString().padStart(6)}  (HTML ${w.htmlBytes})  ${w.url}`);
  const index = await searchIndexSize(path.join(outputDir, 'pagefind'));
  console.log(
    index
      ? `Search index: ${index.files} files, ${index.data + index.runtime} bytes: index data ${index.data}, Pagefind's scripts, styles and WebAssembly ${index.runtime}`
      : 'Search index: none (no pagefind folder; `serve` writes none)',
  );
  const over = weights.filter((w) => w.totalBytes > ARTICLE_PAGE_BUDGET_BYTES);
  if (over.length) {
    console.error(`${over.length} article page(s) over budget.`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
