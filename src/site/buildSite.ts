// Builds or serves the site through Eleventy's programmatic API and reports a refused entry in the entry's own terms.
import { fileURLToPath } from 'node:url';
import Eleventy from '@11ty/eleventy';
import { forwardEntryFiles } from './entryAnnouncements.ts';
import { isExplainedError } from './entryError.ts';
import { discardStaging, markBuilt, prepareStaging, publishStaging } from './replaceOutput.ts';
import { writeSearchIndex } from './searchIndex.ts';

export interface SiteOptions {
  inputDir?: string;
  outputDir?: string;
  pathPrefix?: string;
  quiet?: boolean;
}

export interface ServeOptions extends SiteOptions {
  port?: number;
}

export interface RunningSite {
  close(): Promise<void>;
}

const DEFAULT_INPUT_DIR = 'content';
const DEFAULT_OUTPUT_DIR = '_site';
/** Absolute, so the build does not depend on the directory it is started from. */
const CONFIG_PATH = fileURLToPath(new URL('../../.eleventy.ts', import.meta.url));

function createEleventy(options: SiteOptions, runMode: 'build' | 'serve'): Eleventy {
  return new Eleventy(options.inputDir ?? DEFAULT_INPUT_DIR, options.outputDir ?? DEFAULT_OUTPUT_DIR, {
    configPath: CONFIG_PATH,
    runMode,
    ...(options.pathPrefix !== undefined && { pathPrefix: options.pathPrefix }),
    ...(options.quiet !== undefined && { quietMode: options.quiet }),
  });
}

/** Eleventy wraps errors in its own and keeps the cause as `originalError`; the explanation for the user is deepest. */
function explainFailure(error: unknown): unknown {
  for (let current: unknown = error; current instanceof Error; ) {
    if (isExplainedError(current)) return current;
    current = 'originalError' in current ? current.originalError : current.cause;
  }
  return error;
}

/**
 * Builds the pages, then the search index of the article pages (only a build writes one; `serve` has no search),
 * into a staging folder that replaces the output folder only when everything succeeded.
 */
export async function buildSite(options: SiteOptions = {}): Promise<void> {
  const outputDir = options.outputDir ?? DEFAULT_OUTPUT_DIR;
  const staging = await prepareStaging(outputDir);
  try {
    await createEleventy({ ...options, outputDir: staging }, 'build').write();
    await writeSearchIndex(staging);
    await publishStaging(staging, outputDir);
  } catch (error) {
    await discardStaging(staging);
    throw explainFailure(error);
  }
}

/** Builds, then serves with watch and live reload until `close()` is called. */
export async function serveSite(options: ServeOptions = {}): Promise<RunningSite> {
  const eleventy = createEleventy(options, 'serve');
  try {
    // Unlike `write()`, `watch()` expects the configuration already loaded.
    await eleventy.init();
    // Serving writes in place; marked, the folder can be replaced by a later build.
    await markBuilt(options.outputDir ?? DEFAULT_OUTPUT_DIR);
    await eleventy.watch();
  } catch (error) {
    // The first build runs before any watcher or server starts, so there is nothing to stop.
    throw explainFailure(error);
  }
  const stopForwarding = forwardEntryFiles(eleventy.watcher);
  await eleventy.serve(options.port);
  return {
    close: async () => {
      stopForwarding();
      await eleventy.stopWatch();
    },
  };
}
