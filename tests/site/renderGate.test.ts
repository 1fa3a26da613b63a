// Pages rendering a few at a time: how many hold a turn, who gets a freed one, and what the site plugin wires up.
import { describe, expect, it } from 'vitest';
import type { UserConfig } from '@11ty/eleventy';
import { RenderGate } from '../../src/site/renderGate.ts';
import { pageBytes, pageMemory } from '../../src/site/plugins/pageMemory.ts';

/** Enters every page, in order, and records which have their turn once pending work has run. */
function enterAll(gate: RenderGate, pages: object[]): { entered: object[] } {
  const entered: object[] = [];
  for (const page of pages) void gate.enter(page).then(() => entered.push(page));
  return { entered };
}

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));
const pagesOf = (count: number) => Array.from({ length: count }, (_, index) => ({ index }));

describe('RenderGate', () => {
  it('lets only as many pages render at once as it has turns', async () => {
    const gate = new RenderGate(3);
    const pages = pagesOf(5);
    const { entered } = enterAll(gate, pages);
    await settle();
    expect(entered).toEqual(pages.slice(0, 3));
  });

  it('hands a freed turn to the page that has waited longest', async () => {
    const gate = new RenderGate(2);
    const pages = pagesOf(5);
    const { entered } = enterAll(gate, pages);
    await settle();
    gate.leave(pages[1]!);
    await settle();
    expect(entered).toEqual([pages[0], pages[1], pages[2]]);
    gate.leave(pages[0]!);
    gate.leave(pages[2]!);
    await settle();
    expect(entered).toEqual(pages);
  });

  it('lets a page that holds a turn enter again without taking a second one', async () => {
    const gate = new RenderGate(1);
    const [first, second] = pagesOf(2) as [object, object];
    await gate.enter(first);
    await gate.enter(first);
    const { entered } = enterAll(gate, [second]);
    await settle();
    expect(entered).toEqual([]);
    gate.leave(first);
    await settle();
    expect(entered).toEqual([second]);
  });

  it('ignores a page leaving that never entered, or leaving twice', async () => {
    const gate = new RenderGate(1);
    const [holder, stranger, waiter] = pagesOf(3) as [object, object, object];
    await gate.enter(holder);
    gate.leave(stranger);
    const { entered } = enterAll(gate, [waiter]);
    await settle();
    expect(entered).toEqual([]);
    gate.leave(holder);
    gate.leave(holder);
    await settle();
    expect(entered).toEqual([waiter]);
    // The second leave gave back nothing: the gate is full again with the waiter in it.
    const { entered: late } = enterAll(gate, pagesOf(1));
    await settle();
    expect(late).toEqual([]);
  });

  it('refuses fewer than one turn, or a fraction', () => {
    expect(() => new RenderGate(0)).toThrow(RangeError);
    expect(() => new RenderGate(1.5)).toThrow(/at least one turn/);
  });
});

interface Wired {
  before: (build: { runMode: string; outputMode: string }) => void;
  shortcode: (this: { page: object }) => Promise<string>;
  transforms: { name: string; run: (this: { page: object }, content: string | Buffer) => string | Buffer }[];
}

/** What the plugin registers, from a stand-in for Eleventy's configuration. */
function wire(): Wired {
  const wired: Partial<Wired> & { transforms: Wired['transforms'] } = { transforms: [] };
  const config = {
    on: (event: string, handler: Wired['before']) => {
      if (event === 'eleventy.before') wired.before = handler;
    },
    addShortcode: (name: string, shortcode: Wired['shortcode']) => {
      if (name === 'renderTurn') wired.shortcode = shortcode;
    },
    addTransform: (name: string, run: Wired['transforms'][number]['run']) => wired.transforms.push({ name, run }),
  };
  pageMemory(config as unknown as UserConfig);
  if (!wired.before || !wired.shortcode) throw new Error('pageMemory did not register its event handler and shortcode');
  return wired as Wired;
}

/** Runs every transform the plugin added, in order, as Eleventy does after a page's layout. */
function transform(wired: Wired, page: object, content: string): string | Buffer {
  return wired.transforms.reduce<string | Buffer>((current, { run }) => run.call({ page }, current), content);
}

describe('pageMemory', () => {
  it('keeps all but sixteen pages waiting at their layout until a rendered page is handed to be written', async () => {
    const wired = wire();
    wired.before({ runMode: 'build', outputMode: 'fs' });
    const pages = pagesOf(20);
    const started: object[] = [];
    for (const page of pages) void wired.shortcode.call({ page }).then(() => started.push(page));
    await settle();
    expect(started).toHaveLength(16);
    transform(wired, pages[0]!, '<p>done</p>');
    await settle();
    expect(started).toHaveLength(17);
  });

  it('starts each build with every turn free, so pages of a failed build block nothing', async () => {
    const wired = wire();
    wired.before({ runMode: 'build', outputMode: 'fs' });
    for (const page of pagesOf(16)) await wired.shortcode.call({ page });
    wired.before({ runMode: 'build', outputMode: 'fs' });
    const started: object[] = [];
    for (const page of pagesOf(16)) void wired.shortcode.call({ page }).then(() => started.push(page));
    await settle();
    expect(started).toHaveLength(16);
  });

  it('hands the written page over as its UTF-8 bytes in a build to files, and as text otherwise', () => {
    const wired = wire();
    const html = '<h1>Kursk – “front line”</h1>';
    wired.before({ runMode: 'build', outputMode: 'fs' });
    const written = transform(wired, {}, html);
    expect(Buffer.isBuffer(written)).toBe(true);
    expect(written.toString()).toBe(html);
    wired.before({ runMode: 'serve', outputMode: 'fs' });
    expect(transform(wired, {}, html)).toBe(html);
    wired.before({ runMode: 'build', outputMode: 'json' });
    expect(transform(wired, {}, html)).toBe(html);
  });

  it('leaves bytes a transform already made as they are', () => {
    const bytes = Buffer.from('<p>ok</p>');
    expect(pageBytes(bytes)).toBe(bytes);
    expect(pageBytes('é')).toEqual(Buffer.from([0xc3, 0xa9]));
  });
});
