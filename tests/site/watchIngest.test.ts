// Watch mode: while `news-archive serve` runs, a capture dropped into the dumps folder is on the served site within
// seconds, even while a rebuild runs, and a removed or edited one is handled too.
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
const WORK_ROOT = path.join(REPO_ROOT, 'tests/.artifacts', `watch-${process.pid}`);
const SEED = path.join(REPO_ROOT, 'tests/fixtures/seeds/003_993c55ae9931b755.txt');
const NEW_HEADLINE = 'Kim sends more troops as Russia presses Kursk offensive';
/** A bundled entry, copied under other names and headlines to make a larger site. */
const BULK_ENTRY = 'north-korea-and-russia-send-political-shockwaves-with-ukraine-war-moves.md';
const BULK_ENTRIES = 800;
/** Longer than the server ever pauses between the builds it queued. */
const QUIET_OUTPUT_MS = 2_000;

afterAll(() => rm(WORK_ROOT, { recursive: true, force: true }));

/** `news-archive serve` on an archive of its own, and what a test asks of it. */
class Serving {
  readonly content: string;
  output = '';
  #server: ChildProcess | undefined;
  #port = 0;

  constructor(readonly work: string) {
    this.content = path.join(work, 'content');
  }

  /** Lays out the archive (one capture, and whatever `prepare` adds) and serves it. */
  async start(prepare: (content: string) => Promise<void> = async () => {}): Promise<void> {
    await rm(this.work, { recursive: true, force: true });
    await mkdir(path.join(this.content, 'dumps'), { recursive: true });
    await cp(path.join(REPO_ROOT, 'content/_data'), path.join(this.content, '_data'), { recursive: true, filter: (f) => !f.endsWith('ingestReport.json') });
    for (const page of ['index.njk', 'tags.njk', 'tag.njk', 'sources.njk', 'source.njk', 'report.njk', '404.njk']) {
      await cp(path.join(REPO_ROOT, 'content', page), path.join(this.content, page));
    }
    await cp(path.join(REPO_ROOT, 'tests/fixtures/seeds/002_9da06d9b3fbd2242.txt'), path.join(this.content, 'dumps/002.txt'));
    await prepare(this.content);
    this.#port = await freePort();
    const args = ['bin/news-archive.js', 'serve', '--content', path.relative(REPO_ROOT, this.content), '--output', path.relative(REPO_ROOT, path.join(this.work, '_site')), '--port', String(this.#port)];
    this.#server = spawn(process.execPath, args, { cwd: REPO_ROOT });
    this.#server.stdout!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.#server.stderr!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    // It answers once its first build is done.
    await this.waitFor('/', (html) => html !== '', 60_000);
  }

  async stop(): Promise<void> {
    this.#server?.kill();
    await rm(this.work, { recursive: true, force: true });
  }

  async page(url: string): Promise<string> {
    try {
      const response = await fetch(`http://127.0.0.1:${this.#port}${url}`);
      return response.ok ? await response.text() : '';
    } catch {
      return '';
    }
  }

  /** Polls until the predicate holds on the page; returns how long it took. */
  async waitFor(url: string, holds: (html: string) => boolean, within = APPEARS_WITHIN_MS): Promise<number> {
    const started = Date.now();
    while (Date.now() - started < within) {
      if (holds(await this.page(url))) return Date.now() - started;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    throw new Error(`${url} did not change within ${within} ms; server output:\n${this.output}`);
  }

  /** Polls until the condition holds. */
  async until(holds: () => boolean, within = APPEARS_WITHIN_MS): Promise<void> {
    const started = Date.now();
    while (!holds()) {
      if (Date.now() - started > within) throw new Error(`not seen within ${within} ms; server output:\n${this.output}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Waits until the server has printed nothing for `ms`: no build under way, none queued. */
  async untilQuiet(ms: number, within = APPEARS_WITHIN_MS): Promise<void> {
    const started = Date.now();
    let seen = this.output.length;
    let since = Date.now();
    while (Date.now() - since < ms) {
      if (Date.now() - started > within) throw new Error(`the server did not go quiet within ${within} ms; its output:\n${this.output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (this.output.length !== seen) [seen, since] = [this.output.length, Date.now()];
    }
  }
}

describe('news-archive serve watches the dumps folder', () => {
  const serving = new Serving(path.join(WORK_ROOT, 'small'));
  const { content: CONTENT } = serving;
  const page = (url: string) => serving.page(url);
  const waitFor = (url: string, holds: (html: string) => boolean) => serving.waitFor(url, holds);
  beforeAll(async () => {
    await serving.start();
    expect(await page('/')).toContain('Small number of N. Korean troops');
  }, 90_000);
  afterAll(() => serving.stop());

  it('puts a new capture on the home, article, tag and source pages within seconds', async () => {
    const text = (await readFile(SEED, 'utf8')).replace('North Korea and Russia send political shockwaves with Ukraine war moves', NEW_HEADLINE);
    const before = serving.output.length;
    await writeFile(path.join(CONTENT, 'dumps/999_new.txt'), text);
    const took = await waitFor('/', (html) => html.includes(NEW_HEADLINE));
    expect(took).toBeLessThan(APPEARS_WITHIN_MS);
    // One rebuild for the capture: ingest's entries, report and records reach the watcher together, once the run ends.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(serving.output.slice(before).match(/Wrote \d+ files/g)).toHaveLength(1);
    const article = '/articles/kim-sends-more-troops-as-russia-presses-kursk-offensive/';
    expect(await page(article)).toContain(NEW_HEADLINE);
    // Its page went up on its own before the rebuild of the whole site (src/site/earlyPages.ts).
    expect(serving.output).toContain(`served before the rebuild: ${article}`);
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
});

describe('news-archive serve during a rebuild', () => {
  // Enough hand-made entries that a rebuild outlasts the ingest of one capture by a wide margin (about 4 s against
  // 0.5 s here), so the order below cannot come about by chance. They are there before serve starts: written while it
  // ran, Eleventy's watcher (chokidar 4) lost the last of 800 files now and then.
  const serving = new Serving(path.join(WORK_ROOT, 'large'));
  beforeAll(
    () =>
      serving.start(async (content) => {
        const entry = await readFile(path.join(REPO_ROOT, 'content/articles', BULK_ENTRY), 'utf8');
        await mkdir(path.join(content, 'articles'), { recursive: true });
        await Promise.all(
          Array.from({ length: BULK_ENTRIES }, (_, i) =>
            writeFile(path.join(content, 'articles', `bulk-${i}.md`), entry.replace(/^headline: .*$/m, `headline: Bulk entry number ${i}`)),
          ),
        );
      }),
    120_000,
  );
  afterAll(() => serving.stop());

  it('puts up and answers the page of a capture dropped in while a rebuild runs before that rebuild ends', async () => {
    await serving.untilQuiet(QUIET_OUTPUT_MS);
    const seed = await readFile(SEED, 'utf8');
    const capture = (headline: string) => seed.replace('North Korea and Russia send political shockwaves with Ukraine war moves', headline);
    const second = '/articles/kyiv-reports-north-korean-artillery-crews-near-pokrovsk/';
    const beforeFirst = serving.output.length;
    await writeFile(path.join(serving.content, 'dumps/997_first.txt'), capture('Seoul says North Korean unit left Kursk after heavy losses'));
    // The first capture's run names the entry it wrote to Eleventy's watcher, which starts the rebuild; the rebuild is
    // under way once it writes pages.
    await serving.until(() => /File added: .*seoul-says-north-korean-unit-left-kursk-after-heavy-losses\.md[^]*Writing /.test(serving.output.slice(beforeFirst)));
    const rebuildStarted = serving.output.length;
    await writeFile(path.join(serving.content, 'dumps/998_second.txt'), capture('Kyiv reports North Korean artillery crews near Pokrovsk'));
    // Answered by the server's own thread while the rebuild holds the main thread.
    await serving.waitFor(second, (html) => html.includes('artillery crews'));
    const answered = serving.output.slice(rebuildStarted);
    expect(answered, `the page was answered only after the rebuild under way ended:\n${answered}`).not.toMatch(/Wrote \d+ files/);
    await serving.until(() => serving.output.slice(rebuildStarted).includes(`served before the rebuild: ${second}`));
    const since = serving.output.slice(rebuildStarted);
    const rebuilt = since.search(/Wrote \d+ files/);
    expect(rebuilt === -1 || since.indexOf(`served before the rebuild: ${second}`) < rebuilt, `the page went up only after the rebuild under way ended:\n${since}`).toBe(true);
  }, 60_000);
});
