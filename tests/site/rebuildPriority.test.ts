// While serving, the rebuilding main thread steps back behind serve's threads, started before it, and no further; the
// process's other threads keep their priority. Run in a child process, so the test runner's own priority is untouched.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/archiveConfig.ts';

const MODULE = pathToFileURL(path.join(REPO_ROOT, 'src/site/rebuildPriority.ts')).href;

/** Each thread reports its own nice value: os.getPriority() without a pid asks about the calling thread on Linux. */
const CHILD = `
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { rebuildBehindServing } from ${JSON.stringify(MODULE)};
/** A thread that tells its nice value each time it is asked. */
const REPORTER = "import { parentPort } from 'node:worker_threads'; import os from 'node:os'; parentPort.on('message', () => parentPort.postMessage(os.getPriority()));";
const ask = (worker) => {
  const told = new Promise((resolve) => worker.once('message', resolve));
  worker.postMessage('nice?');
  return told;
};
const before = new Worker(REPORTER, { eval: true });
await ask(before);
const start = os.getPriority();
rebuildBehindServing();
const once = os.getPriority();
rebuildBehindServing();
const twice = os.getPriority();
// Asked after the call: the thread started before keeps its own value.
const beforeNice = await ask(before);
const afterNice = await ask(new Worker(REPORTER, { eval: true }));
console.log(JSON.stringify({ start, once, twice, beforeNice, afterNice }));
process.exit(0);
`;

describe('rebuildBehindServing', () => {
  it('on Linux lowers the main thread alone, once, and threads it starts later follow it; elsewhere changes nothing', () => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', CHILD], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(child.stderr).toBe('');
    const seen = JSON.parse(child.stdout) as Record<string, number>;
    // Relative to where the process started: a machine may run its tests niced already.
    const lowered = process.platform === 'linux' ? Math.max(seen.start!, 10) : seen.start;
    expect(seen).toEqual({ start: seen.start, once: lowered, twice: lowered, beforeNice: seen.start, afterNice: lowered });
    if (process.platform === 'linux' && seen.start! < 10) expect(seen.once).toBeGreaterThan(seen.start!);
  });
});
