// The development server: it builds, serves the pages with the live-reload client from serve's own thread (so that it
// answers while a build holds the main thread), and stops when asked.
import { spawnSync } from 'node:child_process';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSite, type RunningSite } from '../../src/site/buildSite.ts';
import { prepareSite, readEntryFixtures, removeFixtureSite, type FixtureSite } from './fixtureSite.ts';
import { freePort } from '../../scripts/freePort.ts';

let site: FixtureSite;
let running: RunningSite | undefined;
let port: number;

/** A plain request, as a browser navigation looks to the server (fetch would mark itself as a script request). */
async function getPage(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

beforeAll(async () => {
  site = await prepareSite((await readEntryFixtures('valid')).slice(0, 2));
  port = await freePort();
  running = await serveSite({ inputDir: site.inputDir, outputDir: site.outputDir, quiet: true, port });
});

afterAll(async () => {
  await running?.close();
  await removeFixtureSite(site);
});

describe('serveSite', () => {
  it('serves the built pages with live reload', async () => {
    const { status, body: html } = await getPage(`http://localhost:${port}/`);
    expect(status).toBe(200);
    expect(html).toContain('<h1>North Korean Troops in the Russia–Ukraine War: a news archive</h1>');
    expect(html).toMatch(/reload-client/);
  });

  it('answers while the main thread is held, as a rebuild holds it', () => {
    // spawnSync holds this thread until the child has its answer: a server on this thread could not give one.
    const fetched = spawnSync(process.execPath, ['-e', `fetch('http://localhost:${port}/').then(async (r) => console.log(r.status, (await r.text()).length))`], { encoding: 'utf8', timeout: 20_000 });
    expect(fetched.error).toBeUndefined();
    expect(fetched.stderr).toBe('');
    const [status, length] = fetched.stdout.trim().split(' ').map(Number);
    expect(status).toBe(200);
    expect(length).toBeGreaterThan(1000);
  });
});
