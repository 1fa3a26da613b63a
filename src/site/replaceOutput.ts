// A build is written to a staging folder beside the output and swapped in whole, so the published folder holds exactly this build: no page of a removed article, no stale search index, nothing half-written if the build fails.
import fs from 'node:fs/promises';
import path from 'node:path';
import { SettingsError } from './entryError.ts';

/** Written into every output folder this tool builds: only such a folder (or an empty one) is ever replaced. */
export const BUILD_MARKER = '.news-archive-build';
const MARKER_TEXT = 'Built by news-archive. Every build replaces this whole folder: keep nothing else in it.\n';

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(() => true, () => false);
}

async function checkReplaceable(dir: string): Promise<void> {
  const names = await fs.readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  if (names.length > 0 && !names.includes(BUILD_MARKER)) {
    throw new SettingsError(
      `${dir}: this folder holds files no build wrote (it has no ${BUILD_MARKER} file), so a build will not replace it. ` +
        'Choose a new or empty output folder (--output), or move this one away.',
    );
  }
}

function besideOutput(outputDir: string, suffix: string): string {
  return `${path.resolve(outputDir)}.${suffix}`;
}

/** An empty staging folder for a build of `outputDir`, once `outputDir` is known to be replaceable. */
export async function prepareStaging(outputDir: string): Promise<string> {
  await checkReplaceable(outputDir);
  const staging = besideOutput(outputDir, 'building');
  await checkReplaceable(staging);
  await fs.rm(staging, { recursive: true, force: true });
  await fs.mkdir(staging, { recursive: true });
  return staging;
}

/** Marks a folder as built by this tool (`serve` writes in place). */
export async function markBuilt(dir: string): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path.join(dir, BUILD_MARKER), MARKER_TEXT);
}

/** Swaps the finished staging folder in for `outputDir`. */
export async function publishStaging(staging: string, outputDir: string): Promise<void> {
  await markBuilt(staging);
  const previous = besideOutput(outputDir, 'previous');
  await checkReplaceable(previous);
  await fs.rm(previous, { recursive: true, force: true });
  try {
    if (await exists(outputDir)) await fs.rename(outputDir, previous);
    await fs.rename(staging, outputDir);
  } catch (error) {
    // A mount point (a container volume, a network share) cannot be renamed: replace its contents instead.
    if (!['EBUSY', 'EXDEV', 'EPERM'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    await fs.mkdir(outputDir, { recursive: true });
    for (const name of await fs.readdir(outputDir)) await fs.rm(path.join(outputDir, name), { recursive: true, force: true });
    await fs.cp(staging, outputDir, { recursive: true });
    await fs.rm(staging, { recursive: true, force: true });
  }
  await fs.rm(previous, { recursive: true, force: true });
}

export async function discardStaging(staging: string): Promise<void> {
  await fs.rm(staging, { recursive: true, force: true });
}
