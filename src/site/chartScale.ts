// The largest count a chart shows → a value axis with a few round steps (0, 5, 10, 15), so bars can be read against gridlines.

/** Gridlines beyond this many crowd a small chart; fewer say too little. */
const MAX_STEPS = 5;
/** Round step sizes within each power of ten. */
const STEP_MULTIPLIERS = [1, 2, 5, 10] as const;

export interface ChartScale {
  /** The value at the top (or far end) of the axis: the largest count rounded up to a whole step. */
  top: number;
  /** 0 first, then each step up to `top`. */
  ticks: number[];
}

/** Counts are whole numbers, so the step is never below 1; an all-zero chart still gets an axis from 0 to 1. */
export function chartScale(maxValue: number): ChartScale {
  const rough = Math.max(maxValue, 1) / MAX_STEPS;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, (STEP_MULTIPLIERS.find((multiplier) => multiplier * magnitude >= rough) ?? 10) * magnitude);
  const top = Math.max(step, Math.ceil(maxValue / step) * step);
  const ticks = Array.from({ length: top / step + 1 }, (_, index) => index * step);
  return { top, ticks };
}
