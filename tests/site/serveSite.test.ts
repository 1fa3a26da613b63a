// The development server: it builds, serves the pages with the live-reload client, and stops when asked.
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
});
