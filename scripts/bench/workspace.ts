// The benchmark's temporary folder: the repository's pages and configuration with the generated dumps, and room for
// each step's output and logs.
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { GeneratedDump } from './generateDumps.ts';
import { MACHINE_FILES } from '../../src/store/archivePaths.ts';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const REPO_CONTENT = path.join(REPO_ROOT, 'content');
/** What ingest derives from the dumps: the benchmark starts without any of it, as a cold ingest does. */
const DERIVED = ['dumps', 'articles', '_provenance', 'ingest-manifest.json', ...MACHINE_FILES];

export interface Workspace {
  root: string;
  content: string;
  dumps: string;
  dataDir: string;
  articles: string;
  /** `build` writes here, `serve` into its own folder, so neither step sees the other's output. */
  site: string;
  servedSite: string;
  bareInput: string;
  bareSite: string;
  rawFloor: string;
  logs: string;
  /** What each dump was generated to hold, for the parse rate. */
  intendedFile: string;
  /** The dumps' byte sizes, for the baselines. */
  sizesFile: string;
}

export async function createWorkspace(): Promise<Workspace> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'news-archive-bench-'));
  const content = path.join(root, 'content');
  const workspace: Workspace = {
    root,
    content,
    dumps: path.join(content, 'dumps'),
    dataDir: path.join(content, '_data'),
    articles: path.join(content, 'articles'),
    site: path.join(root, '_site'),
    servedSite: path.join(root, '_served'),
    bareInput: path.join(root, 'bare'),
    bareSite: path.join(root, 'bare_site'),
    rawFloor: path.join(root, 'raw'),
    logs: path.join(root, 'logs'),
    intendedFile: path.join(root, 'intended.json'),
    sizesFile: path.join(root, 'sizes.json'),
  };
  // Pages and configuration exactly as the repository has them (as tests/browser/archiveUnderTest.ts copies them).
  await cp(REPO_CONTENT, content, {
    recursive: true,
    filter: (source) => {
      const relative = path.relative(REPO_CONTENT, source).split(path.sep);
      return !DERIVED.includes(relative[0]!) && !source.endsWith('ingestReport.json');
    },
  });
  await mkdir(workspace.dumps, { recursive: true });
  await mkdir(workspace.logs, { recursive: true });
  return workspace;
}

export async function writeDumps(workspace: Workspace, dumps: readonly GeneratedDump[]): Promise<void> {
  for (const dump of dumps) await writeFile(path.join(workspace.dumps, dump.name), dump.text);
  await writeFile(workspace.intendedFile, JSON.stringify(dumps.map(({ name, articles }) => ({ name, articles }))));
  await writeFile(workspace.sizesFile, JSON.stringify(dumps.map((d) => Buffer.byteLength(d.text))));
}

/** Back to before the first ingest: for measuring a cold ingest again after a failed attempt. */
export async function clearIngest(workspace: Workspace): Promise<void> {
  for (const derived of DERIVED.filter((d) => d !== 'dumps')) await rm(path.join(workspace.content, derived), { recursive: true, force: true });
  await rm(path.join(workspace.dataDir, 'ingestReport.json'), { force: true });
}
