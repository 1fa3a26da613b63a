// Letting go of pages' bytes once their files hold them, and never before.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WrittenPages } from '../../src/site/writtenPages.ts';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-archive-written-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A page's bytes with memory of their own, as a page of several kilobytes has. */
const pageOf = (text: string) => Buffer.from(`<p>${text}</p>`.padEnd(8_192, ' '));
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('WrittenPages', () => {
  it('lets go of a page once its file holds it, leaving the file whole', async () => {
    const written = new WrittenPages();
    const file = path.join(dir, 'index.html');
    const bytes = pageOf('Kursk – “front”');
    const copy = Buffer.from(bytes);
    written.hold(file, bytes);
    fs.writeFileSync(file, bytes);
    await nextTurn();
    expect(bytes.byteLength).toBe(0);
    expect(written.size).toBe(0);
    expect(fs.readFileSync(file).equals(copy)).toBe(true);
  });

  it('keeps a page whose file is not written yet, or shorter, until a later sweep finds it written', () => {
    const written = new WrittenPages();
    const file = path.join(dir, 'late.html');
    const bytes = pageOf('late');
    written.hold(file, bytes);
    expect(written.sweep()).toBe(0);
    fs.writeFileSync(file, bytes.subarray(0, 100));
    expect(written.sweep()).toBe(0);
    expect(bytes.byteLength).toBe(8_192);
    fs.writeFileSync(file, bytes);
    expect(written.sweep()).toBe(1);
    expect(bytes.byteLength).toBe(0);
  });

  it('lets a page go unreleased, without throwing, when its file cannot be there (its folder is a file)', () => {
    const written = new WrittenPages();
    fs.writeFileSync(path.join(dir, 'notes.html'), 'a page');
    const bytes = pageOf('under a file');
    written.hold(path.join(dir, 'notes.html', 'index.html'), bytes);
    expect(() => written.sweep()).not.toThrow();
    expect(written.size).toBe(0);
    expect(bytes.byteLength).toBe(8_192);
  });

  it('never lets go of bytes that share memory with other Buffers', () => {
    const written = new WrittenPages();
    const file = path.join(dir, 'small.html');
    const small = Buffer.from('<p>short</p>');
    const neighbour = Buffer.from('<p>neighbour</p>');
    expect(small.buffer).toBe(neighbour.buffer);
    written.hold(file, small);
    fs.writeFileSync(file, small);
    expect(written.sweep()).toBe(0);
    expect(written.size).toBe(0);
    expect(neighbour.toString()).toBe('<p>neighbour</p>');
    expect(small.toString()).toBe('<p>short</p>');
  });

  it('sweeps once for many pages handed over in one turn', async () => {
    const written = new WrittenPages();
    const pages = Array.from({ length: 50 }, (_, index) => ({ file: path.join(dir, `p${index}.html`), bytes: pageOf(`page ${index}`) }));
    for (const { file, bytes } of pages) written.hold(file, bytes);
    for (const { file, bytes } of pages) fs.writeFileSync(file, bytes);
    await nextTurn();
    expect(pages.every(({ bytes }) => bytes.byteLength === 0)).toBe(true);
    expect(written.size).toBe(0);
  });
});
