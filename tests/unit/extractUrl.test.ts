// extractUrl: an article's URL is a URL line whose slug echoes its headline, or the sidecar's URL for the main article; only http(s).
import { beforeAll, describe, expect, it } from 'vitest';
import { extractUrl, urlMatchesHeadline } from '../../src/ingest/extractUrl.ts';
import type { Registry } from '../../src/publishers/registry.ts';
import { archiveConfig } from '../helpers/archiveConfig.ts';
import { classifyLines, spanOf } from '../helpers/pipeline.ts';

let registry: Registry;
beforeAll(async () => {
  registry = (await archiveConfig()).registry;
});

const HEADLINE = 'North Korea and Russia send political shockwaves with Ukraine war moves';
const withUrls = (lines: string[]) => spanOf({ urlBlocks: classifyLines(lines, registry) });

describe('urlMatchesHeadline', () => {
  it('matches a slug whose words are the headline’s', () => {
    expect(urlMatchesHeadline('https://www.foxnews.com/world/north-korea-russia-send-political-shockwaves-ukraine-war-moves', HEADLINE)).toBe(true);
  });

  it('ignores short words, numbers and the file extension in the slug', () => {
    expect(urlMatchesHeadline('https://example.com/2024/10/30/north-korea-to-russia-shockwaves-12345.html', HEADLINE)).toBe(true);
  });

  it('rejects a slug about another story, and a URL with no slug words', () => {
    expect(urlMatchesHeadline('https://example.com/sport/football-results-weekend-roundup', HEADLINE)).toBe(false);
    expect(urlMatchesHeadline('https://example.com/a/12345', HEADLINE)).toBe(false);
    expect(urlMatchesHeadline('not a url', HEADLINE)).toBe(false);
  });
});

describe('extractUrl', () => {
  it('takes a URL line whose slug echoes the headline', () => {
    const url = 'https://www.foxnews.com/world/north-korea-russia-send-political-shockwaves-ukraine-war-moves';
    expect(extractUrl(withUrls([url]), HEADLINE, null, false)).toBe(url);
  });

  it('completes a www. line to https', () => {
    expect(extractUrl(withUrls(['www.foxnews.com/world/north-korea-russia-political-shockwaves']), HEADLINE, null, false)).toBe('https://www.foxnews.com/world/north-korea-russia-political-shockwaves');
  });

  it('picks the matching URL among several', () => {
    const right = 'https://example.com/north-korea-russia-shockwaves-ukraine';
    expect(extractUrl(withUrls(['https://example.com/newsletters/sign-up-today', right]), HEADLINE, null, true)).toBe(right);
  });

  it("gives the main article a short link whose path is an id of letters and digits (DW's \"p.dw.com/p/4mcXq\")", () => {
    expect(extractUrl(withUrls(['https://p.dw.com/p/4mcXq']), HEADLINE, null, true)).toBe('https://p.dw.com/p/4mcXq');
    expect(extractUrl(withUrls(['https://p.dw.com/p/4mcXq']), HEADLINE, null, false)).toBeNull();
  });

  it('does not give a secondary article a URL about another story', () => {
    expect(extractUrl(withUrls(['https://example.com/sport/football-results-weekend-roundup']), HEADLINE, null, false)).toBeNull();
  });

  it('uses the sidecar URL for the main article only', () => {
    expect(extractUrl(spanOf({}), HEADLINE, 'https://example.com/page', true)).toBe('https://example.com/page');
    expect(extractUrl(spanOf({}), HEADLINE, 'https://example.com/page', false)).toBeNull();
  });

  it('never returns a non-web URL from the sidecar', () => {
    expect(extractUrl(spanOf({}), HEADLINE, 'javascript:alert(1)', true)).toBeNull();
    expect(extractUrl(spanOf({}), HEADLINE, 'data:text/html,hi', true)).toBeNull();
  });

  it('returns null when nothing states a URL', () => {
    expect(extractUrl(spanOf({}), HEADLINE, null, true)).toBeNull();
  });

  it('does not take a lone URL line about another story for the main article’s URL', () => {
    expect(extractUrl(withUrls(['https://example.com/sport/football-results-weekend-roundup']), HEADLINE, null, true)).toBeNull();
  });
});
