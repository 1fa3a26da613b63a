// A browser page that records everything that should not happen: console errors, script errors, failed or refused requests, requests to any other host (blocked), security-policy violations and dialogs.
/// <reference lib="dom" />
import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface Problems {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  /** Requests to any host but the site's: blocked before they leave the machine, and counted. */
  offsiteRequests: string[];
  dialogs: string[];
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  problems: Problems;
  /** Content-Security-Policy violations the page reported, as "directive blocked-uri". */
  cspViolations(): Promise<string[]>;
  close(): Promise<void>;
}

export interface WatchOptions {
  colorScheme?: 'light' | 'dark';
  width?: number;
  height?: number;
  javaScript?: boolean;
}

export async function openWatched(browser: Browser, siteUrl: string, options: WatchOptions = {}): Promise<WatchedPage> {
  const origin = new URL(siteUrl).origin;
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: options.width ?? 1024, height: options.height ?? 800 },
    javaScriptEnabled: options.javaScript ?? true,
  });
  const problems: Problems = { consoleErrors: [], pageErrors: [], failedRequests: [], offsiteRequests: [], dialogs: [] };
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    problems.offsiteRequests.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  // Runs before any of the page's own scripts, and outside its security policy.
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.pageErrors.push(`${page.url()}: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A request cancelled by leaving the page is not a failure.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    if (new URL(request.url()).origin === origin) problems.failedRequests.push(`${request.url()}: ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
  });
  page.on('dialog', async (dialog) => {
    problems.dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return {
    page,
    context,
    problems,
    cspViolations: () => page.evaluate(() => [...((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])]),
    close: () => context.close(),
  };
}

/** Every kind of problem in one object, for one `toEqual` that shows them all when it fails. */
export function problemsOf(problems: Problems): Problems {
  return structuredClone(problems);
}

export const NO_PROBLEMS: Problems = { consoleErrors: [], pageErrors: [], failedRequests: [], offsiteRequests: [], dialogs: [] };
