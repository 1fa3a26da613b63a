// The entry body renderer: text stays text, links only to the web, one level of headings below the headline.
import { describe, expect, it } from 'vitest';
import { createMarkdown } from '../../src/site/markdown.ts';

const md = createMarkdown();

describe('createMarkdown', () => {
  it('shows raw HTML as text', () => {
    expect(md.render('<script>alert(1)</script> <img src=x onerror=alert(1)>')).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;</p>\n',
    );
  });

  it('keeps backslash-escaped Markdown literal', () => {
    expect(md.render('\\[click\\]\\(javascript:alert\\(1\\)\\) and 7\\*7')).toBe('<p>[click](javascript:alert(1)) and 7*7</p>\n');
  });

  it('links only absolute http(s) URLs', () => {
    for (const target of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', 'vbscript:x', '/local', 'relative']) {
      expect(md.render(`[x](${target})`), target).not.toContain('<a');
    }
    expect(md.render('[x](https://example.com/a)')).toContain('<a href="https://example.com/a">x</a>');
  });

  it('does not turn bare URLs into links or images into requests', () => {
    expect(md.render('see https://example.com')).not.toContain('<a');
    expect(md.render('![x](https://example.com/p.png)')).not.toContain('<img');
  });

  it('renders every body heading below the page headline', () => {
    expect(md.render('# Title\n\nText\n===\n\n## Section')).toBe('<h2>Title</h2>\n<h2>Text</h2>\n<h2>Section</h2>\n');
  });
});
