import { linearRegression, mean } from 'simple-statistics';
import type { THwState, TSeasonality } from './hw-filter';

/**
 * Start values as R's HoltWinters() derives them (start.periods = 2):
 * decompose() the first two seasons with the centred moving average
 * (weights ½,1,…,1,½ over period+1 points for an even period, 1/p for odd),
 * take the seasonal figure per position (x − trend or x / trend, averaged
 * over the seasons where the trend exists, then centred to mean 0 or 1), and
 * regress the trend on 1…k: the intercept is the level l.start, the slope
 * b.start. Needs at least 2 × period observations.
 */
export function hwStartValues(x: readonly number[], period: number, seasonal: TSeasonality): THwState {
  const window = x.slice(0, 2 * period);
  const trend = centredMovingAverage(window, period);
  const ratio = window.map((v, i) => {
    const t = trend[i];
    if (t === null || t === undefined) return null;
    return seasonal === 'additive' ? v - t : v / t;
  });
  const raw = Array.from({ length: period }, (_, i) => {
    const values = [ratio[i], ratio[i + period]].filter((v): v is number => v !== null && v !== undefined);
    return mean(values);
  });
  const centre = mean(raw);
  const season = raw.map((v) => (seasonal === 'additive' ? v - centre : v / centre));
  const points = trend.filter((t): t is number => t !== null).map((t, i) => [i + 1, t]);
  const { m, b } = linearRegression(points);
  return { level: b, trend: m, season };
}

/** R's filter(x, w, sides = 2): a centred convolution, null where the window leaves the series. */
function centredMovingAverage(x: readonly number[], period: number): (number | null)[] {
  const weights = period % 2 === 0 ? [0.5, ...new Array<number>(period - 1).fill(1), 0.5].map((w) => w / period) : new Array<number>(period).fill(1 / period);
  const offset = Math.floor(weights.length / 2);
  return x.map((_, i) => {
    if (i + offset - (weights.length - 1) < 0 || i + offset >= x.length) return null;
    let sum = 0;
    for (let j = 0; j < weights.length; j++) sum += weights[j]! * x[i + offset - j]!;
    return sum;
  });
}
