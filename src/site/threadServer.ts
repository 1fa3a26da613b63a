// The development server Eleventy talks to while serving, run on a thread of its own (devServerHost.ts). On the main
// thread it could answer nothing while a rebuild held that thread: at 10,000 captures, for half a minute at a time.
// Nor does it share serve's ingest thread, which renders and records a new capture in long synchronous stretches.
// Eleventy builds its server from the module its `getServerModule` gives; this one hands it a stand-in with the dev
// server's methods, each passed on to the thread.
import { Worker } from 'node:worker_threads';
import type Eleventy from '@11ty/eleventy';
import type { ReloadEvent, ReloadTemplate, ServerLogger } from '@11ty/eleventy-dev-server';
import { runtimeFile } from '../runtimeFiles.ts';
import type { ServerCall, ServerNews } from './devServerHost.ts';
import { MOST_RESTARTS, whenThreadStops } from './threadStops.ts';

const WORKER = runtimeFile(import.meta.url, './devServerWorker.mjs', './devServerWorker.js');

/**
 * Eleventy's `serve()` will start its development server on a thread of its own. The promise returned settles when the
 * first server so started listens, or fails to.
 */
export function serveOnThread(eleventy: Pick<Eleventy, 'eleventyServe'>): Promise<void> {
  return new Promise((resolve, reject) => {
    eleventy.eleventyServe.getServerModule = async () => ({
      getServer: (_name, dir, options) => {
        const server = new ThreadServer(dir, options);
        server.ready().then(resolve, reject);
        return server;
      },
    });
  });
}

/** Options of the dev server that can cross to its thread: all but Eleventy's logger, which stays here. */
export function crossingOptions(options: Record<string, unknown>): Record<string, unknown> {
  const crossing: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(options)) {
    if (name === 'logger') continue;
    if (typeof value === 'function') {
      throw new Error(`the server option "${name}" is a function, which cannot reach the development server's thread: set it in devServerHost.ts instead`);
    }
    crossing[name] = value;
  }
  return crossing;
}

/**
 * A rebuild's reload event as it crosses: only the pages among the changed files, with their URL, input and HTML, as
 * the dev server keeps no others (none when it patches no pages in place). Eleventy's event lists every page the build
 * wrote, with its HTML: 15,000 pages at 10,000 captures.
 */
export function crossingReload(event: ReloadEvent, options: Record<string, unknown>): ReloadEvent {
  const { files = [], build } = event;
  if (build?.templates === undefined) return event;
  const domDiff = (options.domDiff ?? options.domdiff ?? true) !== false;
  const templates = build.templates.filter((entry) => domDiff && files.includes(entry.inputPath)).map(({ url, inputPath, content }): ReloadTemplate => ({ url, inputPath, content }));
  return { ...event, build: { ...build, templates } };
}

/** The dev server's stand-in on the main thread. */
export class ThreadServer {
  readonly #dir: string;
  readonly #options: Record<string, unknown>;
  readonly #logger: ServerLogger;
  readonly #ready: Promise<void>;
  #listening: () => void = () => {};
  #failed: (error: Error) => void = () => {};
  #listened = false;
  #closed: (() => void)[] = [];
  #worker: Worker | null = null;
  /** The calls that set the server up, in order: a thread started again after a failure is told them again. */
  #setup: ServerCall[] = [];
  #restarts = 0;

  constructor(dir: string, options: Record<string, unknown>) {
    this.#dir = dir;
    this.#options = crossingOptions(options);
    this.#logger = (options.logger as ServerLogger | undefined) ?? console;
    this.#ready = new Promise((resolve, reject) => {
      this.#listening = resolve;
      this.#failed = reject;
    });
    // Eleventy waits for it only when told to; serveOnThread's caller does.
    this.#ready.catch(() => {});
  }

  serve(port: number): void {
    this.#call({ op: 'serve', dir: this.#dir, options: this.#options, port });
  }

  ready(): Promise<void> {
    return this.#ready;
  }

  reload(event: ReloadEvent = {}): void {
    this.#call({ op: 'reload', event: crossingReload(event, this.#options) });
  }

  /** The dev server sends an error's own properties as JSON: they are read here, where the error was thrown. */
  sendError({ error }: { error: unknown }): void {
    this.#call({ op: 'error', json: JSON.stringify(error, Object.getOwnPropertyNames(error)) });
  }

  setAliases(aliases: Record<string, string> | undefined): void {
    this.#call({ op: 'aliases', aliases });
  }

  /** Like the dev server, takes a list of globs and nothing else (Eleventy hands it its own set too, to no effect). */
  watchFiles(files: unknown): void {
    if (Array.isArray(files) && files.length > 0) this.#call({ op: 'watchFiles', files: files.map(String) });
  }

  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = null;
    this.#setup = [];
    if (worker === null) return;
    const closed = new Promise<void>((resolve) => this.#closed.push(resolve));
    worker.postMessage({ op: 'close' } satisfies ServerCall);
    await closed;
    await worker.terminate();
  }

  #call(call: ServerCall): void {
    if (call.op === 'serve' || call.op === 'aliases' || call.op === 'watchFiles') this.#setup.push(call);
    if (this.#worker !== null) this.#worker.postMessage(call);
    // A server not serving has no thread yet: what Eleventy told it before (aliases, watched files) goes with `serve`.
    else if (call.op === 'serve') this.#start();
  }

  /** Starts the thread and tells it how the server is set up. */
  #start(): void {
    const worker = new Worker(WORKER);
    for (const call of this.#setup) worker.postMessage(call);
    worker.on('message', (news: ServerNews) => this.#hear(news));
    whenThreadStops(worker, "the development server's thread", (error) => {
      // Closing or not, a thread that stopped has closed its server.
      for (const resolve of this.#closed.splice(0)) resolve();
      if (this.#worker !== worker) return;
      this.#worker = null;
      // One that never listened would fail again (every port it tried was taken, say).
      if (!this.#listened) {
        this.#failed(new Error(`the development server did not start (${error.message})`));
      } else if (this.#restarts < MOST_RESTARTS) {
        this.#restarts += 1;
        this.#logger.error(`${error.message}; starting it again`);
        this.#start();
      } else {
        this.#logger.error(`${error.message}, and is not started again: restart serve`);
      }
    });
    this.#worker = worker;
  }

  #hear(news: ServerNews): void {
    if (news.event === 'log') this.#logger[news.level](news.message);
    else if (news.event === 'listening') {
      this.#listened = true;
      this.#listening();
    } else for (const resolve of this.#closed.splice(0)) resolve();
  }
}
