// Temporary archive folders for the store tests: bundled configuration copied in, realistic dumps written, the whole tree hashed.
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { cp, lstat, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { DumpReport, IngestReport } from '../../src/store/ingestReport.ts';
import { REPO_ROOT } from './archiveConfig.ts';
import { mulberry32 } from '../../scripts/bench/prng.ts';
import { MACHINE_FILES } from '../../src/store/archivePaths.ts';

export const DATA_FILES = ['publishers.json', 'gazetteer.json', 'topic.json'] as const;
export const SEEDS_DIR = path.join(REPO_ROOT, 'tests/fixtures/seeds');
export const SEED_NAMES = ['000_0c84f60afbd2e9fe.txt', '001_c05137907bf7130d.txt', '002_9da06d9b3fbd2242.txt', '003_993c55ae9931b755.txt', '004_c15feddd470bdd1b.txt'] as const;
export const CLI = path.join(REPO_ROOT, 'bin/news-archive.js');

/** A fresh content folder in the system temp folder: `_data/` with the bundled configuration, an empty `dumps/`. */
/**
 * Waits longer than the stamps' clock tick (statCache.ts): what changed before it is old enough to be sealed, and the
 * stat cache trusts what it stamped before it.
 */
export const pastClockTick = () => new Promise((resolve) => setTimeout(resolve, 150));

export async function makeContent(prefix = 'store-'): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  await mkdir(path.join(dir, '_data'));
  for (const f of DATA_FILES) await cp(path.join(REPO_ROOT, 'content/_data', f), path.join(dir, '_data', f));
  await mkdir(path.join(dir, 'dumps'));
  return dir;
}

export async function removeContent(dir: string | undefined): Promise<void> {
  if (dir) await rm(dir, { recursive: true, force: true });
}

export async function putDump(dir: string, name: string, data: string | Uint8Array): Promise<void> {
  await writeFile(path.join(dir, 'dumps', name), data);
}

export function seedText(name: string): Promise<string> {
  return readFile(path.join(SEEDS_DIR, name), 'utf8');
}

export const articlePath = (dir: string, file: string) => path.join(dir, 'articles', file);
export const readArticle = (dir: string, file: string) => readFile(articlePath(dir, file), 'utf8');

export async function listArticles(dir: string): Promise<string[]> {
  return (await readdir(path.join(dir, 'articles')).catch(() => [] as string[])).sort();
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export interface TreeItem {
  kind: 'file' | 'dir' | 'link' | 'other';
  sha256?: string;
  mtimeMs: number;
}

/**
 * Every path under the folder (files, folders, links) with the hash of each file's bytes and its modification time;
 * ingest's stat cache and seal aside, which are per machine and not part of the archive.
 */
export async function snapshotTree(dir: string): Promise<Map<string, TreeItem>> {
  const items = new Map<string, TreeItem>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if ((MACHINE_FILES as readonly string[]).includes(entry.name)) continue;
    const full = path.join(entry.parentPath, entry.name);
    const info = await lstat(full);
    const rel = path.relative(dir, full);
    if (info.isSymbolicLink()) items.set(rel, { kind: 'link', mtimeMs: info.mtimeMs });
    else if (info.isDirectory()) items.set(rel, { kind: 'dir', mtimeMs: info.mtimeMs });
    else if (info.isFile()) items.set(rel, { kind: 'file', sha256: sha256(await readFile(full)), mtimeMs: info.mtimeMs });
    else items.set(rel, { kind: 'other', mtimeMs: info.mtimeMs });
  }
  return items;
}

/** Paths added, removed, or whose bytes or (for files) modification time changed between two snapshots. */
export function changedPaths(before: Map<string, TreeItem>, after: Map<string, TreeItem>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names]
    .filter((n) => {
      const a = before.get(n);
      const b = after.get(n);
      if (!a || !b) return true;
      if (a.kind !== b.kind || a.sha256 !== b.sha256) return true;
      return a.kind === 'file' && a.mtimeMs !== b.mtimeMs;
    })
    .sort();
}

/** Name → bytes (base64) of every file directly in a folder, for byte-for-byte comparison of two archives. */
export async function folderBytes(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const e of entries.filter((x) => x.isFile()).sort((a, b) => (a.name < b.name ? -1 : 1))) out[e.name] = (await readFile(path.join(dir, e.name))).toString('base64');
  return out;
}

/** The bytes of one file as text, or null when it does not exist. */
export function fileText(file: string): Promise<string | null> {
  return readFile(file, 'utf8').catch(() => null);
}

export function dumpReport(report: IngestReport, dump: string): DumpReport {
  const d = report.dumps.find((x) => x.dump === dump);
  if (!d) throw new Error(`the report has no record of ${dump}: ${report.dumps.map((x) => x.dump).join(', ')}`);
  return d;
}

export async function readStoredReport(dir: string): Promise<IngestReport> {
  return JSON.parse(await readFile(path.join(dir, '_data', 'ingestReport.json'), 'utf8')) as IngestReport;
}

export interface ManifestFile {
  version: number;
  generator: string;
  dumps: Record<string, { sha256: string; content: string; duplicateOf?: string; entries: { file: string; headline: string; sha256: string; story: string | null }[] }>;
}

export async function readManifest(dir: string): Promise<ManifestFile> {
  return JSON.parse(await readFile(path.join(dir, 'ingest-manifest.json'), 'utf8')) as ManifestFile;
}

export interface DumpSpec {
  headline: string;
  /** Outlet name printed above the headline, as page chrome shows it. */
  outlet?: string;
  byline?: string;
  /** The date line, e.g. "Published : Oct. 30, 2024 - 09:26"; null for an undated page. */
  dateLine?: string | null;
  paragraphs: readonly string[];
}

/** A capture in the shape of the samples: page chrome, the headline, "By X", a date line, long paragraphs, a footer. */
export function dumpText(spec: DumpSpec): string {
  const lines = ['Skip Navigation', '', 'Home', ''];
  if (spec.outlet) lines.push(spec.outlet, '');
  lines.push(spec.headline, '');
  if (spec.byline !== undefined) lines.push(`By ${spec.byline}`, '');
  const dateLine = spec.dateLine === undefined ? 'Published : Oct. 30, 2024 - 09:26' : spec.dateLine;
  if (dateLine !== null) lines.push(dateLine, '');
  for (const p of spec.paragraphs) lines.push(p, '');
  lines.push('Link copied', '');
  return `${lines.join('\n')}\n`;
}

const PLACES = ['Kursk', 'Pokrovsk', 'Kharkiv', 'Donetsk', 'Zaporizhzhia', 'Kherson', 'Luhansk', 'Belgorod', 'Bryansk', 'Vladivostok', 'Khabarovsk', 'Ussuriysk'];
const OFFICIALS = ['a senior Ukrainian intelligence officer', 'South Korea\'s spy agency', 'two U.S. officials', 'a NATO spokesperson', 'the Pentagon press secretary', 'a lawmaker briefed by the National Intelligence Service'];
const HEADLINES = [
  'North Korean troops seen moving toward {place}, Ukraine says',
  '{n} North Korean soldiers arrive near {place} front',
  'Seoul warns of deeper North Korean role in Ukraine war near {place}',
  'Kyiv says North Korean units took part in fighting around {place}',
  'Pyongyang sends {n} more troops to Russia as {place} battle grinds on',
  'Ukrainian drones strike camp used by North Korean troops near {place}',
];
const SENTENCES = [
  'About {n} North Korean soldiers were seen near {place} this week, according to {official}, who spoke on condition of anonymity.',
  'Ukraine\'s military said the troops had been issued Russian uniforms and equipment before being moved toward {place} by rail.',
  'Pyongyang has not acknowledged the deployment, and the Kremlin declined to comment on reports that the units were fighting in Ukraine.',
  '{official} said the North Korean troops had suffered heavy losses in assaults on Ukrainian positions around {place} in recent days.',
  'Analysts in Seoul said Kim Jong Un was likely seeking Russian technology for satellites and missiles in return for the soldiers.',
  'Officials in Kyiv urged allies to allow strikes deeper inside Russia, saying the North Korean units were gathering near {place}.',
  'The deployment of North Korean troops marks the first time a foreign army has joined Russia\'s war in Ukraine in large numbers.',
  'South Korea said it would consider sending weapons to Ukraine directly if the cooperation between Moscow and Pyongyang deepened.',
  'Satellite images reviewed by researchers showed new tents and vehicles at a training ground near {place}, {official} said.',
  'The soldiers were believed to belong to the elite Storm Corps, a special forces unit of the Korean People\'s Army, {official} said.',
  'Ukrainian commanders said radio intercepts near {place} carried orders given in Korean, a sign that the units were at the front.',
  'Russia and North Korea signed a mutual defence treaty in June, which Moscow has cited as the legal basis for military cooperation.',
];

/** Deterministic pseudo-random numbers, so generated dumps are the same on every run. */
export const random = mulberry32;

function fill(template: string, next: () => number, n: number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  return template.replace(/\{place\}/g, pick(PLACES)).replace(/\{official\}/g, pick(OFFICIALS)).replace(/\{n\}/g, String(n));
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The i-th generated on-topic capture: its own headline and three paragraphs of two sentences each, drawn from a shared pool as wire copy is. */
export function generatedDump(i: number): string {
  const next = random(1000 + i);
  const n = 1000 + i * 137;
  const headline = `${fill(HEADLINES[i % HEADLINES.length]!, next, n)} (${i + 1})`;
  const order = [...SENTENCES.keys()].map((k) => ({ k, r: next() })).sort((a, b) => a.r - b.r);
  const sentences = order.map(({ k }) => capitalise(fill(SENTENCES[k]!, next, n)));
  const paragraphs = [0, 1, 2].map((p) => sentences.slice(p * 2, p * 2 + 2).join(' '));
  return dumpText({ headline, byline: ['Yonhap', 'Jane Doe', 'Kim Min-ji', 'Reuters'][i % 4]!, dateLine: `Published : Nov. ${(i % 28) + 1}, 2024 - 09:26`, paragraphs });
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the package's command line in a child process, to completion. */
export function runCli(args: readonly string[]): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}
