// Articles per month → the geometry of a bar chart (bars, gridlines, labels, title, description) for the timeline page to draw as SVG.
import { chartScale } from './chartScale.ts';
import { monthLabel } from './monthArchive.ts';
import type { MonthCount } from './monthCounts.ts';

/** The drawing's coordinate system (its viewBox); the page scales it to the width available. */
const WIDTH = 640;
const HEIGHT = 300;
/** Room for the value axis's numbers on the left, the month and year labels below, and the bars' counts above. */
const MARGIN = { left: 40, right: 8, top: 20, bottom: 44 } as const;
/** Share of each month's slot filled by its bar, and the widest bar, so a chart of three months is not three slabs. */
const BAR_SHARE = 0.7;
const MAX_BAR_WIDTH = 48;
/** Horizontal room one month's label needs; narrower slots label every second, third… month instead. */
const LABEL_ROOM = 40;
/** A bar's count is written above it only when its slot is wide enough to hold the number. */
const VALUE_ROOM = 18;
const TEXT_GAP = 4;
const LINE_HEIGHT = 16;
const AXIS_LABEL_GAP = 6;

export interface ChartBar {
  x: number;
  y: number;
  width: number;
  height: number;
  count: number;
  label: string;
  /** Where the bar's count is written (above it), or null when there is no room. */
  value: { x: number; y: number } | null;
}

export interface ChartGridline {
  y: number;
  value: number;
  labelX: number;
}

export interface MonthAxisLabel {
  x: number;
  y: number;
  month: string;
  /** Written under the month where the year changes (and at the first label), so the axis is never ambiguous. */
  year: string | null;
  yearY: number;
}

export interface MonthChart {
  width: number;
  height: number;
  baseline: { x1: number; x2: number; y: number };
  bars: ChartBar[];
  gridlines: ChartGridline[];
  axisLabels: MonthAxisLabel[];
  title: string;
  description: string;
}

/** Coordinates to two decimals: enough for any screen, and the markup stays short and the same from build to build. */
const round = (value: number) => Math.round(value * 100) / 100;

function describe(counts: readonly MonthCount[]): string {
  const total = counts.reduce((sum, month) => sum + month.count, 0);
  const busiest = counts.reduce((best, month) => (month.count > best.count ? month : best), counts[0]!);
  const span = counts.length === 1 ? busiest.label : `${counts[0]!.label} to ${counts.at(-1)!.label}`;
  const articles = `${total} dated ${total === 1 ? 'article' : 'articles'}`;
  return `Bar chart of the number of articles published each month, ${span}: ${articles} over ${counts.length} ${counts.length === 1 ? 'month' : 'months'}; the most, ${busiest.count}, in ${busiest.label}.`;
}

/** Null when no article is dated: there is nothing to draw. */
export function monthChart(counts: readonly MonthCount[]): MonthChart | null {
  if (counts.length === 0) return null;
  const { top, ticks } = chartScale(Math.max(...counts.map((month) => month.count)));
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const baseline = HEIGHT - MARGIN.bottom;
  const slot = plotWidth / counts.length;
  const barWidth = Math.min(slot * BAR_SHARE, MAX_BAR_WIDTH);
  const labelEvery = Math.ceil(LABEL_ROOM / slot);
  const yOf = (value: number) => baseline - (value / top) * plotHeight;
  const centreOf = (index: number) => MARGIN.left + slot * index + slot / 2;

  const bars = counts.map((month, index): ChartBar => {
    const y = yOf(month.count);
    const showValue = slot >= VALUE_ROOM && month.count > 0;
    return {
      x: round(centreOf(index) - barWidth / 2),
      y: round(y),
      width: round(barWidth),
      height: round(baseline - y),
      count: month.count,
      label: month.label,
      value: showValue ? { x: round(centreOf(index)), y: round(y - TEXT_GAP) } : null,
    };
  });
  let lastYear: number | null = null;
  const axisLabels = counts.flatMap((month, index): MonthAxisLabel[] => {
    if (index % labelEvery !== 0) return [];
    const year = month.year === lastYear ? null : String(month.year);
    lastYear = month.year;
    const y = baseline + LINE_HEIGHT;
    return [{ x: round(centreOf(index)), y, month: monthLabel(month.year, month.month, 'MMM'), year, yearY: y + LINE_HEIGHT }];
  });
  return {
    width: WIDTH,
    height: HEIGHT,
    baseline: { x1: MARGIN.left, x2: WIDTH - MARGIN.right, y: baseline },
    bars,
    gridlines: ticks.map((value) => ({ y: round(yOf(value)), value, labelX: MARGIN.left - AXIS_LABEL_GAP })),
    axisLabels,
    title: 'Articles per month',
    description: describe(counts),
  };
}
