// Chart data and geometry: round axis steps, bars proportional to the counts, labels that fit, and descriptions that state the numbers.
import { describe, expect, it } from 'vitest';
import { chartScale } from '../../src/site/chartScale.ts';
import { monthChart } from '../../src/site/monthChart.ts';
import type { MonthCount } from '../../src/site/monthCounts.ts';
import { sourceChart } from '../../src/site/sourceChart.ts';
import { SOURCE_NOT_STATED, sourceCounts } from '../../src/site/sourceCounts.ts';

function months(counts: number[], firstYear = 2024, firstMonth = 10): MonthCount[] {
  return counts.map((count, index) => {
    const at = firstYear * 12 + firstMonth - 1 + index;
    const [year, month] = [Math.floor(at / 12), (at % 12) + 1];
    const key = `${year}-${String(month).padStart(2, '0')}`;
    return { key, year, month, label: key, url: count > 0 ? `/archive/${year}/${month}/` : null, count };
  });
}

describe('chartScale', () => {
  it('rounds the top up to a whole number of round steps, at most five', () => {
    expect(chartScale(25)).toEqual({ top: 25, ticks: [0, 5, 10, 15, 20, 25] });
    expect(chartScale(26)).toEqual({ top: 30, ticks: [0, 10, 20, 30] });
    expect(chartScale(3)).toEqual({ top: 3, ticks: [0, 1, 2, 3] });
    expect(chartScale(740).ticks).toEqual([0, 200, 400, 600, 800]);
  });

  it('never steps by less than one article, and draws an empty chart from 0 to 1', () => {
    expect(chartScale(0)).toEqual({ top: 1, ticks: [0, 1] });
    expect(chartScale(1)).toEqual({ top: 1, ticks: [0, 1] });
  });
});

describe('monthChart', () => {
  it('draws nothing when no article is dated', () => {
    expect(monthChart([])).toBeNull();
  });

  it('draws one bar per month, zero months included, heights proportional to the counts on a shared baseline', () => {
    const chart = monthChart(months([20, 0, 5, 10]))!;
    expect(chart.bars.map((bar) => bar.count)).toEqual([20, 0, 5, 10]);
    const [full, zero, quarter, half] = chart.bars;
    expect(zero!.height).toBe(0);
    expect(quarter!.height * 4).toBeCloseTo(full!.height, 1);
    expect(half!.height * 2).toBeCloseTo(full!.height, 1);
    for (const bar of chart.bars) expect(bar.y + bar.height).toBeCloseTo(chart.baseline.y, 5);
    // Left to right in time, inside the drawing.
    const xs = chart.bars.map((bar) => bar.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...chart.bars.map((bar) => bar.x + bar.width))).toBeLessThanOrEqual(chart.width);
  });

  it('labels the gridlines with the round steps and writes counts over the bars that have any', () => {
    const chart = monthChart(months([20, 0, 5, 10]))!;
    expect(chart.gridlines.map((line) => line.value)).toEqual([0, 5, 10, 15, 20]);
    expect(chart.bars.map((bar) => bar.value !== null)).toEqual([true, false, true, true]);
  });

  it('names the year at the first label and where it changes', () => {
    const chart = monthChart(months([1, 1, 1, 1]))!;
    expect(chart.axisLabels.map((label) => [label.month, label.year])).toEqual([
      ['Oct', '2024'],
      ['Nov', null],
      ['Dec', null],
      ['Jan', '2025'],
    ]);
  });

  it('labels fewer months when there are too many to label each', () => {
    const chart = monthChart(months(Array.from({ length: 60 }, () => 1)))!;
    expect(chart.bars).toHaveLength(60);
    expect(chart.axisLabels.length).toBeLessThan(60);
    const xs = chart.axisLabels.map((label) => label.x);
    for (let index = 1; index < xs.length; index += 1) expect(xs[index]! - xs[index - 1]!).toBeGreaterThanOrEqual(36);
  });

  it('describes the span, the total and the busiest month in words', () => {
    expect(monthChart(months([20, 0, 5, 10]))!.description).toBe(
      'Bar chart of the number of articles published each month, 2024-10 to 2025-01: 35 dated articles over 4 months; the most, 20, in 2024-10.',
    );
  });
});

describe('sourceCounts and sourceChart', () => {
  const groups = [
    { url: '/sources/cnn/', name: 'CNN', otherNames: [], articles: [1, 2] },
    { url: '/sources/bbc/', name: 'BBC', otherNames: [], articles: [1, 2] },
    { url: '/sources/ap/', name: 'AP', otherNames: [], articles: [1, 2, 3, 4] },
  ];

  it('orders sources by count, then name, with the unsourced last', () => {
    expect(sourceCounts(groups, 5).map((source) => [source.name, source.count, source.url])).toEqual([
      ['AP', 4, '/sources/ap/'],
      ['BBC', 2, '/sources/bbc/'],
      ['CNN', 2, '/sources/cnn/'],
      [SOURCE_NOT_STATED, 5, null],
    ]);
    expect(sourceCounts(groups, 0)).toHaveLength(3);
  });

  it('draws one row per source, the longest bar for the most articles, lengths proportional', () => {
    const chart = sourceChart(sourceCounts(groups, 0))!;
    expect(chart.rows.map((row) => row.name)).toEqual(['AP', 'BBC', 'CNN']);
    const [ap, bbc] = chart.rows;
    expect(bbc!.bar.width * 2).toBeCloseTo(ap!.bar.width, 1);
    expect(Math.max(...chart.rows.map((row) => row.countX))).toBeLessThan(chart.width);
    expect(chart.rows[2]!.bar.y + chart.rows[2]!.bar.height).toBeLessThanOrEqual(chart.height);
    expect(chart.description).toBe('Bar chart of the number of articles from each source, dated or not: 8 articles from 3 sources; the most, 4, from AP.');
    expect(sourceChart([])).toBeNull();
  });
});
