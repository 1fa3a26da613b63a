// Watch mode: while `news-archive serve` runs, a capture dropped into the dumps folder is on the served site within seconds, and a removed or edited one is handled too.
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/archiveConfig.ts';
import { freePort } from '../../scripts/freePort.ts';

/** The whole loop (watcher settle, ingest, rebuild) must show the change within this long. */
const APPEARS_WITHIN_MS = 15_000;
const POLL_MS = 200;

/** Inside the repository, so the served project has one root, as a real archive does. */
const WORK = path.join(REPO_ROOT, 'tests/.artifacts', `watch-${process.pid}`);
const CONTENT = path.join(WORK, 'content');
const SEED = path.join(REPO_ROOT, 'tests/fixtures/seeds/003_993c55ae9931b755.txt');
const NEW_HEADLINE = 'Kim sends more troops as Russia presses Kursk offensive';
/** A bundled entry, copied under other names and headlines to make a larger site. */
const BULK_ENTRY = 'north-korea-and-russia-send-political-shockwaves-with-ukraine-war-moves.md';
const BULK_ENTRIES = 800;
/** Longer than the server ever pauses between the builds it queued. */
const QUIET_OUTPUT_MS = 2_000;

let server: ChildProcess;
let port: number;
let output = '';

async function page(url: string): Promise<string> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}${url}`);
    return response.ok ? await response.text() : '';
  } catch {
    return '';
  }
}

/** Polls until the predicate holds on the page; returns how long it took. */
async function waitFor(url: string, holds: (html: string) => boolean, within = APPEARS_WITHIN_MS): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < within) {
    if (holds(await page(url))) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error(`${url} did not change within ${within} ms; server output:\n${output}`);
}

/** Polls until the condition holds. */
async function until(holds: () => boolean, within = APPEARS_WITHIN_MS): Promise<void> {
  const started = Date.now();
  while (!holds()) {
    if (Date.now() - started > within) throw new Error(`not seen within ${within} ms; server output:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Waits until the server has printed nothing for `ms`: no build under way, none queued. */
async function untilQuiet(ms: number, within = APPEARS_WITHIN_MS): Promise<void> {
  const started = Date.now();
  let seen = output.length;
  let since = Date.now();
  while (Date.now() - since < ms) {
    if (Date.now() - started > within) throw new Error(`the server did not go quiet within ${within} ms; its output:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (output.length !== seen) [seen, since] = [output.length, Date.now()];
  }
}

beforeAll(async () => {
  await rm(WORK, { recursive: true, force: true });
  await mkdir(path.join(CONTENT, 'dumps'), { recursive: true });
  await cp(path.join(REPO_ROOT, 'content/_data'), path.join(CONTENT, '_data'), { recursive: true, filter: (f) => !f.endsWith('ingestReport.json') });
  for (const page of ['index.njk', 'tags.njk', 'tag.njk', 'sources.njk', 'source.njk', 'report.njk', '404.njk']) {
    await cp(path.join(REPO_ROOT, 'content', page), path.join(CONTENT, page));
  }
  await cp(path.join(REPO_ROOT, 'tests/fixtures/seeds/002_9da06d9b3fbd2242.txt'), path.join(CONTENT, 'dumps/002.txt'));
  port = await freePort();
  server = spawn(process.execPath, ['bin/news-archive.js', 'serve', '--content', path.relative(REPO_ROOT, CONTENT), '--output', path.relative(REPO_ROOT, path.join(WORK, '_site')), '--port', String(port)], { cwd: REPO_ROOT });
  server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitFor('/', (html) => html.includes('Small number of N. Korean troops'), 60_000);
}, 90_000);

afterAll(async () => {
  server?.kill();
  await rm(WORK, { recursive: true, force: true });
});

describe('news-archive serve watches the dumps folder', () => {
  it('puts a new capture on the home, article, tag and source pages within seconds', async () => {
    const text = (await readFile(SEED, 'utf8')).replace('North Korea and Russia send political shockwaves with Ukraine war moves', NEW_HEADLINE);
    const before = output.length;
    await writeFile(path.join(CONTENT, 'dumps/999_new.txt'), text);
    const took = await waitFor('/', (html) => html.includes(NEW_HEADLINE));
    expect(took).toBeLessThan(APPEARS_WITHIN_MS);
    // One rebuild for the capture: ingest's entries, report and records reach the watcher together, once the run ends.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(output.slice(before).match(/Wrote \d+ files/g)).toHaveLength(1);
    const article = '/articles/kim-sends-more-troops-as-russia-presses-kursk-offensive/';
    expect(await page(article)).toContain(NEW_HEADLINE);
    // Its page went up on its own before the rebuild of the whole site (src/site/earlyPages.ts).
    expect(output).toContain(`served before the rebuild: ${article}`);
    expect(await page('/tags/kursk/')).toContain(article);
    expect(await page('/sources/fox-news/')).toContain(article);
  });

  it('follows an edited capture', async () => {
    const text = (await readFile(path.join(CONTENT, 'dumps/999_new.txt'), 'utf8')).replace(NEW_HEADLINE, `${NEW_HEADLINE}, officials say`);
    await writeFile(path.join(CONTENT, 'dumps/999_new.txt'), text);
    await waitFor('/', (html) => html.includes(`${NEW_HEADLINE}, officials say`));
  });

  it('keeps the entries of a removed capture and reports it as orphaned', async () => {
    await rm(path.join(CONTENT, 'dumps/999_new.txt'));
    await waitFor('/report/', (html) => html.includes('999_new.txt') && html.includes('orphaned'));
    expect(await page('/')).toContain(`${NEW_HEADLINE}, officials say`);
  });

  it('puts up and answers the page of a capture dropped in while a rebuild runs before that rebuild ends', async () => {
    // Enough hand-made entries that a rebuild outlasts the ingest of one capture by a wide margin (about 4 s against
    // 0.5 s here), so the order below cannot come about by chance.
    const entry = await readFile(path.join(REPO_ROOT, 'content/articles', BULK_ENTRY), 'utf8');
    await Promise.all(
      Array.from({ length: BULK_ENTRIES }, (_, i) =>
        writeFile(path.join(CONTENT, 'articles', `bulk-${i}.md`), entry.replace(/^headline: .*$/m, `headline: Bulk entry number ${i}`)),
      ),
    );
    await waitFor(`/articles/bulk-${BULK_ENTRIES - 1}/`, (html) => html.includes(`Bulk entry number ${BULK_ENTRIES - 1}`));
    // The watcher reports so many files over several rebuilds: the next one to start must be the capture's.
    await untilQuiet(QUIET_OUTPUT_MS);
    const seed = await readFile(SEED, 'utf8');
    const capture = (headline: string) => seed.replace('North Korea and Russia send political shockwaves with Ukraine war moves', headline);
    const second = '/articles/kyiv-reports-north-korean-artillery-crews-near-pokrovsk/';
    const beforeFirst = output.length;
    await writeFile(path.join(CONTENT, 'dumps/997_first.txt'), capture('Seoul says North Korean unit left Kursk after heavy losses'));
    // The first capture's run names the entry it wrote to Eleventy's watcher, which starts the rebuild; the rebuild is
    // under way once it writes pages.
    await until(() => /File added: .*seoul-says-north-korean-unit-left-kursk-after-heavy-losses\.md[^]*Writing /.test(output.slice(beforeFirst)));
    const rebuildStarted = output.length;
    await writeFile(path.join(CONTENT, 'dumps/998_second.txt'), capture('Kyiv reports North Korean artillery crews near Pokrovsk'));
    // Answered by the server's own thread while the rebuild holds the main thread.
    await waitFor(second, (html) => html.includes('artillery crews'));
    const answered = output.slice(rebuildStarted);
    expect(answered, `the page was answered only after the rebuild under way ended:\n${answered}`).not.toMatch(/Wrote \d+ files/);
    await until(() => output.slice(rebuildStarted).includes(`served before the rebuild: ${second}`));
    const since = output.slice(rebuildStarted);
    const rebuilt = since.search(/Wrote \d+ files/);
    expect(rebuilt === -1 || since.indexOf(`served before the rebuild: ${second}`) < rebuilt, `the page went up only after the rebuild under way ended:\n${since}`).toBe(true);
  }, 60_000);
});
