// The command line's messages for a wrong argument: a port that is none, a --force file that is no entry, a capture
// path that does not exist. Each says what is wrong with what was given.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedDump, makeContent, putDump, removeContent, runCli } from '../helpers/storeArchive.ts';

let content: string;
beforeAll(async () => {
  content = await makeContent('messages-');
  await putDump(content, 'gen-0.txt', generatedDump(0));
});

afterAll(async () => {
  await removeContent(content);
});

describe('command-line messages', () => {
  it.each([
    [['serve', '--port', 'abc']],
    [['preview', '--port', '99999']],
  ])('refuses %j with the range a port must be in', async (args) => {
    const run = await runCli(args);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("option '--port <n>' argument");
    expect(run.stderr).toContain('expected a port number from 1 to 65535');
  });

  it('says that a file named to --force is no entry', async () => {
    const run = await runCli(['ingest', '--content', content, '--force', 'nosuch.md']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('warning: --force nosuch.md: no such entry in');
  });

  it('says a capture path that does not exist is not found', async () => {
    const run = await runCli(['extract', '--json', 'no/such/capture.txt']);
    expect(run.code).toBe(0);
    const [record] = JSON.parse(run.stdout) as { error: string }[];
    expect(record!.error).toContain('not found (moved or deleted, or the path is wrong)');
  });
});
