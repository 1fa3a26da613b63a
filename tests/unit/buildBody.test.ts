// buildBody: an article span's body parts: credits cut from paragraphs, headings kept as printed, repeats dropped.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBody } from '../../src/ingest/buildBody.ts';
import type { ArticleSpan } from '../../src/ingest/types.ts';
import type { Registry } from '../../src/publishers/registry.ts';
import { archiveConfig } from '../helpers/archiveConfig.ts';
import { classifyLines, prose, spanOf } from '../helpers/pipeline.ts';

let registry: Registry;
beforeAll(async () => {
  registry = (await archiveConfig()).registry;
});

function spanWith(parts: [string, 'body' | 'heading'][]): ArticleSpan {
  const blocks = classifyLines(parts.map(([text]) => text), registry);
  return spanOf({ body: blocks.map((block, i) => ({ block, role: parts[i]![1] })) });
}

describe('buildBody', () => {
  it('keeps paragraphs and headings in order, headings as printed', () => {
    const { parts, dropped } = buildBody(spanWith([[prose(0), 'body'], ['US FALLS', 'heading'], [prose(1), 'body']]));
    expect(parts).toEqual([
      { type: 'paragraph', text: prose(0) },
      { type: 'heading', text: 'US FALLS' },
      { type: 'paragraph', text: prose(1) },
    ]);
    expect(dropped).toEqual([]);
  });

  it('cuts a wire story\'s end mark "(END)" from the paragraph it closes, and no "(end)" of running prose', () => {
    const { parts } = buildBody(spanWith([[prose(0), 'body'], [`${prose(1)} (END)`, 'body'], ['The talks went on until late at night (end)', 'body']]));
    expect(parts.map((p) => p.text)).toEqual([prose(0), prose(1), 'The talks went on until late at night (end)']);
  });

  it('cuts a trailing photo credit from a paragraph kept as text', () => {
    const credited = `${prose(0)} Photo: Str/Agence France-Presse/Getty Images`;
    const { parts } = buildBody(spanWith([[credited, 'body']]));
    expect(parts).toEqual([{ type: 'paragraph', text: prose(0) }]);
  });

  it('drops a paragraph printed twice in a row, with a reason', () => {
    const { parts, dropped } = buildBody(spanWith([[prose(0), 'body'], [prose(0), 'body'], [prose(1), 'body']]));
    expect(parts.map((p) => p.text)).toEqual([prose(0), prose(1)]);
    expect(dropped.map((d) => [d.block.line, d.reason])).toEqual([[2, 'the paragraph above printed again']]);
  });

  it('keeps a paragraph repeated later, not in a row', () => {
    const { parts } = buildBody(spanWith([[prose(0), 'body'], [prose(1), 'body'], [prose(0), 'body']]));
    expect(parts.map((p) => p.text)).toEqual([prose(0), prose(1), prose(0)]);
  });
});
