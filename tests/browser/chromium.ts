// Finds and launches the browser the suite runs in: Debian's Chromium (or CHROME_PATH), driven by playwright-core. Missing, it fails the run and says how to install it; it never skips.
import { accessSync, constants } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const DEFAULT_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function chromiumPath(environment: NodeJS.ProcessEnv = process.env): string {
  const candidates = environment.CHROME_PATH ? [environment.CHROME_PATH] : DEFAULT_PATHS;
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Try the next place.
    }
  }
  throw new Error(
    `No Chromium to run the browser tests: looked for ${candidates.join(', ')}. ` +
      'Install it (Debian: apt-get install -y chromium) or set CHROME_PATH to a Chromium or Chrome executable.',
  );
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}
