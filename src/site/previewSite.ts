// Serves a built site exactly as a static host would: files only, no rebuilding, no injected script, the not-found page for unknown addresses, under the path prefix it was built for.
import { access, readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';

export interface PreviewOptions {
  outputDir: string;
  /** The prefix the site was built with (`build --path-prefix`); addresses outside it are not found. */
  pathPrefix?: string;
  port?: number;
  /** Loopback by default: a preview is for this machine. */
  host?: string;
}

export interface RunningPreview {
  /** The site's root address, prefix included, e.g. http://127.0.0.1:8080/archive/. */
  url: string;
  close(): Promise<void>;
}

function decodedPath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

function normalizedPrefix(prefix: string | undefined): string {
  const trimmed = (prefix ?? '/').replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

export async function previewSite(options: PreviewOptions): Promise<RunningPreview> {
  const root = path.resolve(options.outputDir);
  await access(path.join(root, 'index.html')).catch(() => {
    throw new Error(`${root}: no built site here (no index.html); run \`news-archive build\` first, or pass --output.`);
  });
  const prefix = normalizedPrefix(options.pathPrefix);
  // Read for each answer, as every file is: a build run while previewing replaces the whole folder.
  const sendNotFound = async (_req: http.IncomingMessage, res: http.ServerResponse) => {
    const notFoundPage = await readFile(path.join(root, '404.html')).catch(() => Buffer.from('Not found'));
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': notFoundPage.length });
    res.end(notFoundPage);
  };
  const files = sirv(root, {
    // Each request is looked up on disk rather than in a list made at start: a rebuilt site is served as it lands,
    // and a file gone since answers 404 instead of failing mid-read (which ended the process).
    dev: true,
    etag: true,
    // sirv answers a missing file with its own bare 404; a static host shows the site's page.
    onNoMatch: (req, res) => void sendNotFound(req, res),
  });

  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://preview.invalid').pathname;
    if (!`${pathname}/`.startsWith(prefix)) return void sendNotFound(req, res);
    // Hidden files (the build marker among them) are not the site's, as static hosts treat them; sirv's dev mode
    // would serve them. Checked decoded, as sirv looks the path up.
    if (/\/\.(?!well-known\/)/.test(decodedPath(pathname))) return void sendNotFound(req, res);
    req.url = `/${(req.url ?? '/').slice(prefix.length)}`;
    files(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, options.host ?? '127.0.0.1', resolve);
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}${prefix}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
