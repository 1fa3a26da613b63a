// buildBody: an article span's body parts: credits cut from paragraphs, shouted headings in title case (acronyms kept), repeats dropped.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBody, headingCase } from '../../src/ingest/buildBody.ts';
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

describe('headingCase', () => {
  it('puts a shouted heading in title case', () => {
    expect(headingCase('TROOPS TRAINING', 'Some text.')).toBe('Troops Training');
    expect(headingCase('SYMBOLIC?', '')).toBe('Symbolic?');
  });

  it('keeps an acronym the article itself writes in capitals', () => {
    expect(headingCase('NATO RESPONDS', 'The NATO alliance met on Friday.')).toBe('NATO Responds');
    expect(headingCase('NATO RESPONDS', 'The Nato alliance met on Friday.')).toBe('Nato Responds');
  });

  it('leaves a heading that is not all capitals alone', () => {
    expect(headingCase('What Comes Next', '')).toBe('What Comes Next');
    expect(headingCase('북한군 파병', '')).toBe('북한군 파병');
  });
});

describe('buildBody', () => {
  it('keeps paragraphs and headings in order', () => {
    const { parts, dropped } = buildBody(spanWith([[prose(0), 'body'], ['WHAT NEXT', 'heading'], [prose(1), 'body']]));
    expect(parts).toEqual([
      { type: 'paragraph', text: prose(0) },
      { type: 'heading', text: 'What Next' },
      { type: 'paragraph', text: prose(1) },
    ]);
    expect(dropped).toEqual([]);
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
