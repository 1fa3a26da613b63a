// An ingest that finds nothing changed, as every build starts with, never loads the parser (over half a second of
// start-up): the parser is reached from the command line and ingest only through dynamic import() or worker threads.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/archiveConfig.ts';

/** Static value imports (not `import type`, not `import()`) of a module: relative ones as paths, packages by name. */
function staticImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of source.matchAll(/^import\s+(?!type\s)([^;]*?)\s+from\s+'([^']+)';/gms)) {
    const clause = match[1]!;
    // `import { type A, type B } from` brings in no value either.
    const braces = /^\{([^}]*)\}$/.exec(clause.trim());
    if (braces && braces[1]!.split(',').every((name) => name.trim() === '' || name.trim().startsWith('type '))) continue;
    const specifier = match[2]!;
    found.push(specifier.startsWith('.') ? path.resolve(path.dirname(file), specifier) : specifier);
  }
  return found;
}

function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.endsWith('.ts')) stack.push(...staticImports(file));
  }
  return seen;
}

const PARSER = path.join(REPO_ROOT, 'src/ingest/parseDump.ts');

describe('the parser is loaded only when a capture must be read', () => {
  for (const entry of ['src/cli.ts', 'src/store/ingestArchive.ts']) {
    it(`is not among the static imports of ${entry}`, () => {
      const modules = reachable(path.join(REPO_ROOT, entry));
      expect(modules.size).toBeGreaterThan(5);
      expect(modules).not.toContain(PARSER);
      expect(modules).not.toContain('chrono-node');
    });
  }

  it('is found by the same walk where it is imported statically', () => {
    expect(reachable(path.join(REPO_ROOT, 'src/store/readCapture.ts'))).toContain(PARSER);
  });
});
