// Child process of the benchmark: Pagefind's Node API (as src/site/searchIndex.ts uses it) over the baseline's post pages.
import path from 'node:path';
import { close, createIndex } from 'pagefind';

const [siteDir] = process.argv.slice(2);
if (!siteDir) throw new Error('usage: indexBare.ts SITE_DIR');

try {
  const { index, errors } = await createIndex();
  if (!index || errors.length > 0) throw new Error(`Pagefind did not start: ${errors.join('; ')}`);
  // The post pages only: the archive indexes its article pages and not its lists either.
  const added = await index.addDirectory({ path: path.resolve(siteDir), glob: 'posts/**/*.html' });
  if (added.errors.length > 0) throw new Error(added.errors.join('; '));
  const written = await index.writeFiles({ outputPath: path.resolve(siteDir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(written.errors.join('; '));
  console.log(JSON.stringify({ pages: added.page_count }));
} finally {
  await close();
}
