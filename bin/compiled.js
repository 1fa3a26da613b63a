// The command line's compiled copy of src/: esbuild bundles the TypeScript once into dist/<fingerprint>/, and every
// later run starts from plain JavaScript. Compiling on the fly through tsx costs each run about a third of a second,
// more than an unchanged re-ingest of 10,000 captures spends on its own work. The fingerprint is a hash of the
// sources, so an edited file gets a fresh copy on the next run and a stale one is never run.
import { createHash } from 'node:crypto';
import { readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const PROJECT_ROOT = fileURLToPath(new URL('../', import.meta.url));
/**
 * What runs by path rather than by import: the command line, Eleventy's configuration (which Eleventy imports) and the
 * two worker threads. They share chunks, so the build and its configuration see one copy of each module.
 */
const ENTRY_POINTS = {
  cli: 'src/cli.ts',
  'eleventy.config': '.eleventy.ts',
  captureWorker: 'src/store/captureTask.ts',
  searchWorker: 'src/site/searchIndexer.ts',
};
/** A copy left from older sources is removed once it is this old: a server started from it may still load its chunks. */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

async function sourceFiles(root) {
  const src = (await readdir(path.join(root, 'src'), { recursive: true }))
    .filter((name) => /\.(ts|mjs)$/.test(name))
    .map((name) => path.join(root, 'src', name));
  // This file too: a change to how the copy is built must build it again.
  return [...src, path.join(root, '.eleventy.ts'), fileURLToPath(import.meta.url)].sort();
}

async function fingerprint(root) {
  const hash = createHash('sha256');
  for (const file of await sourceFiles(root)) hash.update(`${path.relative(root, file)}\0`).update(await readFile(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

async function exists(file) {
  return stat(file).then(
    () => true,
    () => false,
  );
}

async function removeStaleCopies(dist, current) {
  const now = Date.now();
  for (const name of await readdir(dist)) {
    if (name === current) continue;
    const dir = path.join(dist, name);
    const { mtimeMs } = await stat(dir);
    if (now - mtimeMs > STALE_AFTER_MS) await rm(dir, { recursive: true, force: true });
  }
}

async function compile(root, dir) {
  const { build } = await import('esbuild');
  // Built beside its final place and renamed into it, so a run started meanwhile never sees half a copy.
  const staging = `${dir}.${process.pid}.tmp`;
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
  try {
    await rename(staging, dir);
  } catch (error) {
    // Another run compiled the same sources first: its copy is as good as this one.
    await rm(staging, { recursive: true, force: true });
    if (!(await exists(path.join(dir, 'cli.js')))) throw error;
  }
  await removeStaleCopies(path.dirname(dir), path.basename(dir));
}

/**
 * The compiled command line's file URL, compiling it first when the sources changed; null when it cannot be compiled
 * (a syntax error, a read-only install), in which case the caller runs the sources through tsx, which reports errors
 * against the sources.
 */
export async function compiledCli(root = PROJECT_ROOT) {
  try {
    const dir = path.join(root, 'dist', await fingerprint(root));
    if (!(await exists(path.join(dir, 'cli.js')))) await compile(root, dir);
    return pathToFileURL(path.join(dir, 'cli.js')).href;
  } catch {
    return null;
  }
}
