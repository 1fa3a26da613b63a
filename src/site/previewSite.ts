// Serves a built site exactly as a static host would: files only, no rebuilding, no injected script, the not-found page for unknown addresses, under the path prefix it was built for.
import { access, readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';
import { BUILD_MARKER } from './replaceOutput.ts';

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
  const notFoundPage = await readFile(path.join(root, '404.html')).catch(() => Buffer.from('Not found'));
  const sendNotFound = (_req: http.IncomingMessage, res: http.ServerResponse) => {
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': notFoundPage.length });
    res.end(notFoundPage);
  };
  const files = sirv(root, {
    dev: false,
    etag: true,
    dotfiles: false,
    ignores: [BUILD_MARKER],
    // sirv answers a missing file with its own bare 404; a static host shows the site's page.
    onNoMatch: sendNotFound,
  });

  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://preview.invalid').pathname;
    if (!`${pathname}/`.startsWith(prefix)) return sendNotFound(req, res);
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
