// axe-core in the page under test, limited to the WCAG 2.0 and 2.1 A and AA rules.
/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] }[];
}

/** Injected through the debugging protocol, so the page's security policy (no inline script) does not stop it. */
async function inject(page: Page): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
}

/** Each violation as "rule: help (first offending elements)". */
export async function axeViolations(page: Page): Promise<string[]> {
  await inject(page);
  const result = await page.evaluate(
    (tags) => (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResult> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    WCAG_TAGS,
  );
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')})`);
}

/** The rules a run checks, for the record. */
export async function axeRules(page: Page): Promise<string[]> {
  await inject(page);
  return page.evaluate(
    (tags) => (window as unknown as { axe: { getRules(tags: string[]): { ruleId: string }[] } }).axe.getRules(tags).map((r) => r.ruleId),
    WCAG_TAGS,
  );
}
