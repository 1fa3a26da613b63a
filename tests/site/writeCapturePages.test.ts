// writeCapturePages: the frame Eleventy rendered → a page per capture; no frame, no pages; two captures that would
// share a page are refused, naming both.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FRAME } from '../../src/site/capturePage.ts';
import type { ProvenanceRecord } from '../../src/store/provenanceRecord.ts';
import { writeCapturePages } from '../../src/site/writeCapturePages.ts';

const FRAME_HTML = `<title>Capture ${FRAME.dump}</title><link rel="canonical" href="https://example.org${FRAME.path}"><main>${FRAME.content}</main>`;
let root: string | undefined;

function record(dump: string): ProvenanceRecord {
  return { dump, sha256: 'ab'.repeat(32), captured_at: null, encoding: 'utf-8', error: null, articles: [], lines: [{ n: 1, text: `Text of ${dump}`, kept: false, reason: 'menu' }] };
}

async function site(dumps: string[], withFrame = true): Promise<{ input: string; output: string }> {
  root = await mkdtemp(path.join(os.tmpdir(), 'capture-pages-'));
  const input = path.join(root, 'content');
  const output = path.join(root, '_site');
  await mkdir(path.join(input, '_provenance'), { recursive: true });
  for (const dump of dumps) await writeFile(path.join(input, '_provenance', `${dump}.json`), JSON.stringify(record(dump)));
  if (withFrame) {
    await mkdir(path.join(output, FRAME.path), { recursive: true });
    await writeFile(path.join(output, FRAME.path, 'index.html'), FRAME_HTML);
  }
  return { input, output };
}

afterEach(async () => {
  if (root !== undefined) await rm(root, { recursive: true, force: true });
  root = undefined;
});

describe('writeCapturePages', () => {
  it('writes each capture\'s page into the frame at its address, and removes the frame', async () => {
    const { input, output } = await site(['one.txt', 'two.txt']);
    await writeCapturePages(input, output, () => null);
    expect((await readdir(path.join(output, 'provenance'))).sort()).toEqual(['one-txt', 'two-txt']);
    const page = await readFile(path.join(output, 'provenance', 'one-txt', 'index.html'), 'utf8');
    expect(page).toContain('<title>Capture one.txt</title>');
    expect(page).toContain('href="https://example.org/provenance/one-txt/"');
    expect(page).toContain('Text of one.txt');
  });

  it('writes no capture page when the build rendered no frame (a site without content/provenance.njk)', async () => {
    const { input, output } = await site(['one.txt'], false);
    await writeCapturePages(input, output, () => null);
    await expect(readdir(path.join(output, 'provenance'))).rejects.toThrow();
  });

  it('refuses two captures whose names would give one page, naming both, before writing either', async () => {
    const { input, output } = await site(['Troops.txt', 'troops.txt']);
    await expect(writeCapturePages(input, output, () => null)).rejects.toThrow(
      /dumps\/troops\.txt: would have the same capture page \(\/provenance\/troops-txt\/\) as Troops\.txt\. Rename one/,
    );
    expect(await readdir(path.join(output, 'provenance'))).toEqual([path.basename(FRAME.path)]);
  });
});
