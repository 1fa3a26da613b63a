// The development server's own thread (see threadServer.ts): Eleventy's dev server, told by the main thread what
// Eleventy asks of it. Here it answers requests while Eleventy holds the main thread for a rebuild, and while serve's
// ingest thread renders and records a new capture.
import EleventyDevServer, { type ReloadEvent, type ServerLogger } from '@11ty/eleventy-dev-server';

/** What Eleventy asks of its server, as it crosses to this thread. */
export type ServerCall =
  | { op: 'serve'; dir: string; options: Record<string, unknown>; port: number }
  | { op: 'reload'; event: ReloadEvent }
  /** An error of a build, as the dev server would send it to the pages (JSON of its own properties). */
  | { op: 'error'; json: string }
  | { op: 'aliases'; aliases: Record<string, string> | undefined }
  | { op: 'watchFiles'; files: string[] }
  | { op: 'close' };

/** What the server tells the main thread: it listens, it closed, or a line to log through Eleventy's logger. */
export type ServerNews = { event: 'listening' } | { event: 'closed' } | { event: 'log'; level: keyof ServerLogger; message: string };

/** Runs the calls in order on one dev server; `tell` carries its news to the main thread. */
export class DevServerHost {
  #server: EleventyDevServer | null = null;
  /** Aliases and watched files told before the server started, as Eleventy may tell them. */
  #aliases: Record<string, string> | undefined;
  #files: string[] = [];

  constructor(private readonly tell: (news: ServerNews) => void) {}

  async handle(call: ServerCall): Promise<void> {
    const server = this.#server;
    switch (call.op) {
      case 'serve': {
        if (server !== null) return;
        const logger: ServerLogger = {
          info: (message) => this.tell({ event: 'log', level: 'info', message }),
          log: (message) => this.tell({ event: 'log', level: 'log', message }),
          error: (message) => this.tell({ event: 'log', level: 'error', message }),
        };
        const started = EleventyDevServer.getServer('eleventy-server', call.dir, { ...call.options, logger });
        this.#server = started;
        started.setAliases(this.#aliases);
        started.watchFiles(this.#files);
        started.serve(call.port);
        await started.ready();
        this.tell({ event: 'listening' });
        return;
      }
      case 'reload':
        server?.reload(call.event);
        return;
      case 'error':
        // The dev server sends an error's own properties as JSON: read back, they are an object with those properties.
        server?.sendError({ error: JSON.parse(call.json) });
        return;
      case 'aliases':
        this.#aliases = call.aliases;
        server?.setAliases(call.aliases);
        return;
      case 'watchFiles':
        this.#files.push(...call.files);
        server?.watchFiles(call.files);
        return;
      case 'close':
        this.#server = null;
        await server?.close();
        this.tell({ event: 'closed' });
    }
  }
}
