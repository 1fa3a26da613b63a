// A capture's page: its rows, what it yielded, the frame filled; every scraped text escaped, links only to built articles.
import { describe, expect, it } from 'vitest';
import { captureRows, capturePageContent, fillFrame, FRAME } from '../../src/site/capturePage.ts';
import type { ProvenanceRecord } from '../../src/store/provenanceRecord.ts';

const HOSTILE = `<script>alert("x")</script> & <img src=x onerror=alert(1)> {{ 7*7 }}`;

function record(overrides: Partial<ProvenanceRecord> = {}): ProvenanceRecord {
  return {
    dump: 'page.txt',
    sha256: 'ab'.repeat(32),
    captured_at: null,
    encoding: 'utf-8',
    error: null,
    articles: [
      { headline: 'Troops seen near Kursk', file: 'troops-seen-near-kursk.md', skipped: null },
      { headline: 'Chip maker opens plant', file: null, skipped: 'off-topic: no mention of North Korea' },
    ],
    lines: [
      { n: 1, text: 'Home | World | Sport', kept: false, reason: 'menu: a run of short links' },
      { n: 2, text: '' },
      { n: 3, text: 'Troops seen near Kursk', kept: true, role: 'headline', article: 0 },
      { n: 4, text: 'Chip maker opens plant', kept: true, role: 'headline', article: 1 },
      { n: 5, text: 'Advertisement', kept: false, reason: 'advertising', article: 0 },
    ],
    ...overrides,
  };
}

const linkAll = (file: string) => `/articles/${file.replace(/\.md$/, '')}/`;
const rowsOf = (html: string) => html.split('\n');

describe('captureRows', () => {
  it('gives one row per non-blank line, numbered and marked kept, skipped or dropped', () => {
    const rows = rowsOf(captureRows(record(), linkAll));
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => /<tr id="line-(\d+)" class="(\w+)">/.exec(r)?.slice(1).join(' '))).toEqual(['1 dropped', '3 kept', '4 skipped', '5 dropped']);
    expect(rows[0]).toContain('<td class="line-number">1</td><td class="line-text">Home | World | Sport</td>');
  });

  it('says what became of each line: the role and article, the skip reason, the drop reason', () => {
    const rows = rowsOf(captureRows(record(), linkAll));
    expect(rows[0]).toContain('<td class="line-verdict">dropped: menu: a run of short links</td>');
    expect(rows[1]).toContain('kept as headline of <a href="/articles/troops-seen-near-kursk/">Troops seen near Kursk</a>');
    expect(rows[2]).toContain('not archived: part of “Chip maker opens plant”, skipped (off-topic: no mention of North Korea)');
    expect(rows[3]).toContain('dropped: advertising');
  });

  it('links a kept line to its article only when the article has a page in the build', () => {
    const html = captureRows(record(), () => null);
    expect(html).not.toContain('<a ');
    expect(html).toContain('kept as headline of “Troops seen near Kursk”');
  });

  it('escapes every scraped text: line, headline, role, reasons and the link', () => {
    const hostile = record({
      articles: [
        { headline: HOSTILE, file: 'x.md', skipped: null },
        { headline: HOSTILE, file: null, skipped: HOSTILE },
      ],
      lines: [
        { n: 1, text: HOSTILE, kept: false, reason: HOSTILE },
        { n: 2, text: HOSTILE, kept: true, role: HOSTILE, article: 0 },
        { n: 3, text: HOSTILE, kept: true, role: 'body', article: 1 },
      ],
    });
    const html = captureRows(hostile, () => '/articles/x/?a=1&b="2"');
    const markup = [...html.matchAll(/<\/?([a-z]+)/g)].map((m) => m[1]);
    expect(new Set(markup)).toEqual(new Set(['tr', 'td', 'a']));
    expect(html).not.toMatch(/<script|<img|"x"\)/);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt; {{ 7*7 }}');
    expect(html).toContain('href="/articles/x/?a=1&amp;b=&quot;2&quot;"');
  });
});

describe('a capture page in its frame', () => {
  const frame = `<title>Capture ${FRAME.dump} · Archive</title><link rel="canonical" href="https://example.org/archive${FRAME.path}">` +
    `<meta name="description" content="The captured page ${FRAME.dump}, line by line"><main>${FRAME.content}</main>`;

  it('puts the capture\'s name, address and content where the frame marks them', () => {
    const page = fillFrame(frame, '/provenance/page-txt/', record(), linkAll);
    expect(page).toContain('<title>Capture page.txt · Archive</title>');
    expect(page).toContain('href="https://example.org/archive/provenance/page-txt/"');
    expect(page).toContain('content="The captured page page.txt, line by line"');
    expect(page).toContain(`<main>${capturePageContent(record(), linkAll)}</main>`);
    expect(page).not.toMatch(/@@capture|capture-page-frame/);
  });

  it('says what the capture yielded: a link to each built article, and each skipped one with why', () => {
    const content = capturePageContent(record(), linkAll);
    expect(content).toContain('<h1>Capture <code>page.txt</code></h1>');
    expect(content).toContain('<li><a href="/articles/troops-seen-near-kursk/">Troops seen near Kursk</a></li>');
    expect(content).toContain('<li>Chip maker opens plant: not archived (off-topic: no mention of North Korea)</li>');
    expect(content).toContain('time of capture not recorded');
    expect(capturePageContent(record({ articles: [], lines: [] }), linkAll)).toContain('No article: the page held only furniture');
  });

  it('keeps a file name that spells a mark or a replacement pattern as the text it is', () => {
    const named = record({ dump: `$& ${FRAME.content} <b>.txt`, lines: [{ n: 1, text: FRAME.dump, kept: false, reason: 'menu' }] });
    const page = fillFrame(frame, '/provenance/x/', named, linkAll);
    expect(page).toContain(`<title>Capture $&amp; ${FRAME.content} &lt;b&gt;.txt · Archive</title>`);
    expect(page.split('<main>')[1]).toContain(`<td class="line-text">${FRAME.dump}</td>`);
    expect(page.match(/<h1>/g)).toHaveLength(1);
  });

  it('refuses a frame that lost its content mark', () => {
    expect(() => fillFrame('<main></main>', '/provenance/x/', record(), linkAll)).toThrow(/frame must hold/);
  });
});
