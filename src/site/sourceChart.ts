// Articles per source → the geometry of a horizontal bar chart, one row per source with its name above its bar, for the timeline page to draw as SVG.
import type { SourceCount } from './sourceCounts.ts';

/** The drawing's coordinate system (its viewBox); the page scales it to the width available. */
const WIDTH = 640;
/** Each row holds a line of text (the source's name, which may be long, so it gets the full width) and a bar below it. */
const ROW_HEIGHT = 40;
const NAME_BASELINE = 15;
const BAR_TOP = 21;
const BAR_HEIGHT = 13;
/** The count's baseline, level with the bar's lower edge, so the number reads as the bar's label. */
const COUNT_BASELINE = 32;
/** Room at the right for the count written after the longest bar. */
const COUNT_ROOM = 40;
const TEXT_GAP = 4;
const PADDING = 4;

export interface SourceRow {
  name: string;
  count: number;
  nameY: number;
  bar: { x: number; y: number; width: number; height: number };
  countX: number;
  countY: number;
}

export interface SourceChart {
  width: number;
  height: number;
  rows: SourceRow[];
  title: string;
  description: string;
}

const round = (value: number) => Math.round(value * 100) / 100;

function describe(counts: readonly SourceCount[]): string {
  const total = counts.reduce((sum, source) => sum + source.count, 0);
  const first = counts[0]!;
  const sources = `${counts.length} ${counts.length === 1 ? 'source' : 'sources'}`;
  return `Bar chart of the number of articles from each source, dated or not: ${total} ${total === 1 ? 'article' : 'articles'} from ${sources}; the most, ${first.count}, from ${first.name}.`;
}

/** Null when the archive has no article. Rows come in the order given (commonest first). */
export function sourceChart(counts: readonly SourceCount[]): SourceChart | null {
  if (counts.length === 0) return null;
  // Every listed source has at least one article, so the longest bar spans the plot and none divides by zero.
  const most = Math.max(...counts.map((source) => source.count));
  const plotWidth = WIDTH - PADDING - COUNT_ROOM;
  const rows = counts.map((source, index): SourceRow => {
    const rowTop = PADDING + index * ROW_HEIGHT;
    const width = round((source.count / most) * plotWidth);
    return {
      name: source.name,
      count: source.count,
      nameY: rowTop + NAME_BASELINE,
      bar: { x: PADDING, y: rowTop + BAR_TOP, width, height: BAR_HEIGHT },
      countX: round(PADDING + width + TEXT_GAP),
      countY: rowTop + COUNT_BASELINE,
    };
  });
  return {
    width: WIDTH,
    height: PADDING * 2 + counts.length * ROW_HEIGHT,
    rows,
    title: 'Articles per source',
    description: describe(counts),
  };
}
