// The command line's compiled copy of src/: esbuild bundles the TypeScript once into dist/<fingerprint>/, and every
// later run starts from plain JavaScript. Compiling on the fly through tsx costs each run about a third of a second,
// more than an unchanged re-ingest of 10,000 captures spends on its own work. The fingerprint is a hash of the
// sources and of what compiles them, so an edited file gets a fresh copy on the next run and a stale one is never run.
import { createHash } from 'node:crypto';
import { readdir, readFile, rename, rm, stat, utimes } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const PROJECT_ROOT = fileURLToPath(new URL('../', import.meta.url));
/**
 * What runs by path rather than by import: the command line, Eleventy's configuration (which Eleventy imports) and the
 * worker threads. They share chunks, so the build and its configuration see one copy of each module.
 */
const ENTRY_POINTS = {
  cli: 'src/cli.ts',
  'eleventy.config': '.eleventy.ts',
  captureWorker: 'src/store/captureThread.ts',
  searchWorker: 'src/site/searchIndexer.ts',
  exportWorker: 'src/site/exportThread.ts',
  // The parser alone, for the scripts that time it as the command line runs it (npm run eval, npm run bench).
  parser: 'src/parserEntry.ts',
};
/**
 * A copy of other sources is removed once unused this long. Each run marks its copy as used when it starts, and a
 * long-running server keeps loading chunks (and starting workers) from the copy it started with.
 */
const UNUSED_FOR_MS = 7 * 24 * 60 * 60 * 1000;
const ESBUILD_PACKAGE = path.join(path.dirname(createRequire(import.meta.url).resolve('esbuild')), '..', 'package.json');

async function sourceFiles(root) {
  const src = (await readdir(path.join(root, 'src'), { recursive: true }))
    .filter((name) => /\.(ts|mjs)$/.test(name))
    .map((name) => path.join(root, 'src', name));
  // This file and esbuild's version too: a change to how the copy is built must build it again; and esbuild reads
  // tsconfig.json.
  return [...src, path.join(root, '.eleventy.ts'), path.join(root, 'tsconfig.json'), fileURLToPath(import.meta.url), ESBUILD_PACKAGE].sort();
}

async function fingerprint(root) {
  const files = await sourceFiles(root);
  // Read together: one at a time, every run waited on the disk for each of a hundred files in turn.
  const contents = await Promise.all(
    files.map((file) =>
      readFile(file).catch((error) => {
        if (error.code === 'ENOENT') return Buffer.alloc(0);
        throw error;
      }),
    ),
  );
  const hash = createHash('sha256');
  files.forEach((file, i) => hash.update(`${path.relative(root, file)}\0`).update(contents[i]).update('\0'));
  return hash.digest('hex').slice(0, 16);
}

async function exists(file) {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** Best effort: a copy that cannot be removed now is tried again by a later run. */
async function removeUnusedCopies(dist, current) {
  try {
    const now = Date.now();
    for (const name of await readdir(dist)) {
      if (name === current) continue;
      const dir = path.join(dist, name);
      const { mtimeMs } = await stat(dir);
      if (now - mtimeMs <= UNUSED_FOR_MS) continue;
      // Renamed away first, so a copy half removed is never taken for a whole one under its fingerprint.
      const trash = `${dir}.${process.pid}.trash`;
      await rename(dir, trash);
      await rm(trash, { recursive: true, force: true });
    }
  } catch {
    // Another run removing the same copy, or a folder that cannot be written: nothing this run depends on.
  }
}

async function compile(root, dir) {
  const { build } = await import('esbuild');
  // Built beside its final place and renamed into it, so a run started meanwhile never sees half a copy.
  const staging = `${dir}.${process.pid}.tmp`;
  try {
    await build({
      entryPoints: Object.fromEntries(Object.entries(ENTRY_POINTS).map(([name, file]) => [name, path.join(root, file)])),
      outdir: staging,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      // Beside the code, for a debugger or --enable-source-maps; a plain run never reads them.
      sourcemap: true,
      logLevel: 'silent',
    });
    // A source edited while esbuild read it: the copy may hold either version, so it is filed under neither.
    if (path.join(path.dirname(dir), await fingerprint(root)) !== dir) throw new Error('the sources changed while they were compiled');
    await rename(staging, dir);
    // Only when a copy is made can another have become unused; a run that finds its copy does not look.
    await removeUnusedCopies(path.dirname(dir), path.basename(dir));
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    // Another run compiled the same sources first: its copy is as good as this one.
    if (!(await exists(path.join(dir, 'cli.js')))) throw error;
  }
}

/**
 * The file URL of one of the compiled copy's entry points (ENTRY_POINTS), compiling the copy first when the sources
 * changed; null when it cannot be compiled (a syntax error, a folder that cannot be written).
 */
export async function compiledEntry(name, root = PROJECT_ROOT) {
  let dir;
  try {
    dir = path.join(root, 'dist', await fingerprint(root));
    if (await exists(path.join(dir, 'cli.js'))) {
      const now = new Date();
      await utimes(dir, now, now).catch(() => undefined);
    } else {
      await compile(root, dir);
    }
  } catch (error) {
    console.error(`news-archive: running from the TypeScript sources, slower to start (the compiled copy could not be made: ${error instanceof Error ? error.message.split('\n')[0] : error})`);
    return null;
  }
  return pathToFileURL(path.join(dir, `${name}.js`)).href;
}

/**
 * The compiled command line's file URL; null when there is no compiled copy, in which case the caller runs the
 * sources through tsx, which reports errors against the sources.
 */
export function compiledCli(root = PROJECT_ROOT) {
  return compiledEntry('cli', root);
}
