// A V8 CPU profile (`node --cpu-prof`) → the functions that spent the most time themselves, to say where a step's time goes.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from './workspace.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
}

export interface HotFunction {
  name: string;
  /** Where it is defined: a repository path, a package, or a V8/Node internal. */
  where: string;
  selfSeconds: number;
  share: number;
}

/** The file or package, without a line: tsx compiles each source file to code whose lines are not the source's. */
function place(url: string): string {
  if (url === '') return '(native)';
  const file = url.replace(/^file:\/\//, '');
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (inPackage) return inPackage[1]!;
  return file.startsWith(REPO_ROOT) ? path.relative(REPO_ROOT, file) : file;
}

/** Self time per function (summed over its call sites) in every profile of a folder, highest first. */
export async function hotFunctions(profileDir: string, count: number): Promise<HotFunction[]> {
  const files = (await readdir(profileDir).catch(() => [] as string[])).filter((f) => f.endsWith('.cpuprofile'));
  const self = new Map<string, HotFunction>();
  let total = 0;
  for (const file of files) {
    const profile = JSON.parse(await readFile(path.join(profileDir, file), 'utf8')) as CpuProfile;
    const perSample = (profile.endTime - profile.startTime) / 1e6 / Math.max(1, profile.samples.length);
    for (const node of profile.nodes) {
      const seconds = (node.hitCount ?? 0) * perSample;
      total += seconds;
      const name = node.callFrame.functionName || '(anonymous)';
      const where = place(node.callFrame.url);
      const key = `${name}@${where}`;
      const entry = self.get(key) ?? { name, where, selfSeconds: 0, share: 0 };
      entry.selfSeconds += seconds;
      self.set(key, entry);
    }
  }
  return [...self.values()]
    .map((f) => ({ ...f, share: total > 0 ? f.selfSeconds / total : 0 }))
    .sort((a, b) => b.selfSeconds - a.selfSeconds)
    .slice(0, count);
}
