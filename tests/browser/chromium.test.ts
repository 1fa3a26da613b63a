import { describe, expect, it } from 'vitest';
import { chromiumPath } from './chromium.ts';

describe('chromiumPath', () => {
  it('fails with what to install when the browser is missing, instead of skipping', () => {
    expect(() => chromiumPath({ CHROME_PATH: '/nonexistent/chromium' })).toThrow(/No Chromium to run the browser tests: looked for \/nonexistent\/chromium\. Install it \(Debian: apt-get install -y chromium\) or set CHROME_PATH/);
  });

  it('takes CHROME_PATH when it names an executable', () => {
    expect(chromiumPath({ CHROME_PATH: process.execPath })).toBe(process.execPath);
  });
});
