// The command line runs from a compiled copy of src/ that follows the sources: rebuilt when one changes, never run
// stale, and left to tsx (which reports the error against the sources) when it cannot be compiled.
import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compiledCli, compiledEntry } from '../../bin/compiled.js';
import * as sourceParser from '../../src/parserEntry.ts';
import { PROJECT_ROOT, runtimeFile } from '../../src/runtimeFiles.ts';
import { REPO_ROOT } from '../helpers/archiveConfig.ts';

const scratch: string[] = [];

/** A project of the same shape as this one: the entry points and a module they share. */
async function tinyProject(message: string): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'compiled-cli-'));
  scratch.push(root);
  await mkdir(path.join(root, 'src/store'), { recursive: true });
  await mkdir(path.join(root, 'src/site'), { recursive: true });
  await writeFile(path.join(root, 'src/message.ts'), `export const message: string = ${JSON.stringify(message)};\n`);
  await writeFile(path.join(root, 'src/cli.ts'), "import { message } from './message.ts';\nexport const said: string = message;\n");
  await writeFile(path.join(root, '.eleventy.ts'), "import { message } from './src/message.ts';\nexport default () => message;\n");
  await writeFile(path.join(root, 'src/store/captureThread.ts'), 'export {};\n');
  await writeFile(path.join(root, 'src/site/searchIndexer.ts'), 'export {};\n');
  await writeFile(path.join(root, 'src/site/exportThread.ts'), 'export {};\n');
  await writeFile(path.join(root, 'src/parserEntry.ts'), 'export {};\n');
  return root;
}

afterAll(async () => {
  for (const dir of scratch) await rm(dir, { recursive: true, force: true });
});

describe('the compiled command line', () => {
  it('compiles this project', async () => {
    const cli = await compiledCli();
    expect(cli).toMatch(/\/dist\/[0-9a-f]{16}\/cli\.js$/);
    expect(cli!.startsWith(pathToFileURL(REPO_ROOT).href)).toBe(true);
  });

  it('has the parser as an entry of its own, which reads a dump as the sources do', async () => {
    const url = await compiledEntry('parser');
    expect(url).toMatch(/\/dist\/[0-9a-f]{16}\/parser\.js$/);
    const compiled = (await import(url!)) as typeof sourceParser;
    const bytes = new Uint8Array(await readFile(path.join(REPO_ROOT, 'tests/fixtures/seeds/001_c05137907bf7130d.txt')));
    const read = async (parser: typeof sourceParser) => {
      const decoded = parser.decodeDump(bytes);
      if (!decoded.ok) throw new Error(decoded.reason);
      return parser.parseDump(decoded.text, await parser.loadArchiveConfig(path.join(REPO_ROOT, 'content/_data')));
    };
    const fromCopy = await read(compiled);
    expect(fromCopy.articles.length).toBeGreaterThan(0);
    expect(fromCopy).toEqual(await read(sourceParser));
  });

  it('is compiled once for the same sources, and again when a source changes', async () => {
    const root = await tinyProject('first');
    const first = await compiledCli(root);
    expect(first).not.toBeNull();
    expect(((await import(first!)) as { said: string }).said).toBe('first');
    expect(await compiledCli(root)).toBe(first);

    await writeFile(path.join(root, 'src/message.ts'), 'export const message: string = "second";\n');
    const second = await compiledCli(root);
    expect(second).not.toBe(first);
    expect(((await import(second!)) as { said: string }).said).toBe('second');
    // The earlier copy stays (a server started from it may still load its chunks).
    expect((await readdir(path.join(root, 'dist'))).sort()).toHaveLength(2);
  });

  it('marks its copy used on every run, and removes copies of other sources unused for a week', async () => {
    const root = await tinyProject('first');
    const copyDir = (cli: string) => path.dirname(new URL(cli).pathname);
    const first = copyDir((await compiledCli(root))!);
    const longAgo = new Date(Date.now() - 8 * 24 * 60 * 60 * 1000);
    await utimes(first, longAgo, longAgo);
    expect(copyDir((await compiledCli(root))!)).toBe(first);
    expect((await stat(first)).mtimeMs).toBeGreaterThan(Date.now() - 60_000);

    await utimes(first, longAgo, longAgo);
    await writeFile(path.join(root, 'src/message.ts'), 'export const message: string = "second";\n');
    const second = copyDir((await compiledCli(root))!);
    expect(await readdir(path.join(root, 'dist'))).toEqual([path.basename(second)]);
  });

  it('gives up on sources it cannot compile, so the caller runs them through tsx instead', async () => {
    const root = await tinyProject('fine');
    await writeFile(path.join(root, 'src/message.ts'), 'export const message: string = ;\n');
    expect(await compiledCli(root)).toBeNull();
  });
});

describe('files the code starts by path', () => {
  it('finds the project folder from the sources', () => {
    expect(PROJECT_ROOT).toBe(path.resolve(REPO_ROOT));
  });

  it('takes the TypeScript starter beside a source module and the compiled entry beside a chunk', () => {
    expect(runtimeFile('file:///p/src/store/captureReaders.ts', './captureWorker.mjs', './captureWorker.js').href).toBe('file:///p/src/store/captureWorker.mjs');
    expect(runtimeFile('file:///p/dist/abc/chunk-X.js', './captureWorker.mjs', './captureWorker.js').href).toBe('file:///p/dist/abc/captureWorker.js');
  });
});
