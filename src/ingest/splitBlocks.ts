// Normalised text → blocks: one per non-empty line, with its line number, indentation and bullet.
import type { Block } from './types.ts';

/** List bullets that browsers render as text ("  • Bloomberg", sample 000). */
const BULLET = /^[•·▪●◦‣∙]\s*/u;

export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let gapBefore = false;
  text.split('\n').forEach((rawLine, i) => {
    const trimmed = rawLine.trim();
    if (trimmed === '') {
      gapBefore = true;
      return;
    }
    const bulleted = BULLET.test(trimmed);
    const body = bulleted ? trimmed.replace(BULLET, '') : trimmed;
    blocks.push({
      index: blocks.length,
      line: i + 1,
      raw: rawLine,
      text: body.replace(/ {2,}/g, ' '),
      indent: rawLine.length - rawLine.trimStart().length,
      bulleted,
      gapBefore: gapBefore || blocks.length === 0,
    });
    gapBefore = false;
  });
  return blocks;
}
