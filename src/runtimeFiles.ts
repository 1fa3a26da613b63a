// The project runs from its TypeScript sources (through tsx or Vitest) or from the compiled copy that
// bin/news-archive.js keeps in dist/<fingerprint>/ (bin/compiled.js). Files found relative to a module differ
// between the two, so they are found here.
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The folder holding package.json: templates/ and src/ lie there, whichever copy of the code is running. */
function projectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${from}: the project's files are not where the code is`);
  }
}

export const PROJECT_ROOT = projectRoot(import.meta.dirname);

/**
 * A file started by path (a worker thread, Eleventy's configuration): `fromSource` beside a module run as TypeScript,
 * else `compiled`, the entry of that name beside the compiled chunks.
 */
export function runtimeFile(moduleUrl: string, fromSource: string, compiled: string): URL {
  return new URL(new URL(moduleUrl).pathname.endsWith('.ts') ? fromSource : compiled, moduleUrl);
}
