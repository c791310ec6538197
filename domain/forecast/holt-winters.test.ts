import { describe, expect, it } from 'vitest';
import { AppError } from '../app-error';
import { airPassengersSeries, co2Series } from './fixtures/series';
import { fitHoltWinters } from './holt-winters';
import { hwFilter } from './hw-filter';
import { hwStartValues } from './hw-start-values';

/*
 * Reference values.
 * [R-ex] R's own saved example output for ?HoltWinters, printed with 5 significant digits:
 *   https://github.com/r-devel/r-svn/blob/main/tests/Examples/stats-Ex.Rout.save
 *   (R-devel 2024-11-08 r87310: `(m <- HoltWinters(co2))`, `HoltWinters(AirPassengers, seasonal = "mult")`).
 * [tue] The same AirPassengers multiplicative fit printed with 7 digits:
 *   https://github.com/gomerudo/tuetimeseries/blob/master/exercises/exercise2_2.md
 * [R422] Full-precision values from fixtures/r-reference.R run with R 4.2.2 (output in
 *   fixtures/r-reference.txt); they agree with [R-ex] and [tue] to every published digit.
 * Data: R datasets::co2 and datasets::AirPassengers (fixtures/*.csv, sources in their headers).
 */
const co2 = co2Series.values;
const air = airPassengersSeries.values;

const cases = [
  {
    name: 'co2, additive (HoltWinters(co2))',
    x: co2,
    seasonal: 'additive' as const,
    published: { alpha: 0.51265, beta: 0.0094977, gamma: 0.47289, a: 364.76162, b: 0.12474, s: [0.22153, 0.95528, 1.59847, 2.8758, 3.28201, 2.4407, 0.89694, -1.37964, -3.41124, -3.25702, -1.91349, -0.58442] },
    r422: { alpha: 0.51264844356418, beta: 0.00949766904603, gamma: 0.47288678799482, sse: 43.12986136769731, a: 364.761623668987, b: 0.12474380425 },
  },
  {
    name: 'AirPassengers, multiplicative (HoltWinters(AirPassengers, seasonal = "mult"))',
    x: air,
    seasonal: 'multiplicative' as const,
    published: { alpha: 0.2755925, beta: 0.03269295, gamma: 0.8707292, a: 469.3232206, b: 3.0215391, s: [0.9464611, 0.8829239, 0.9717369, 1.0304825, 1.0476884, 1.1805272, 1.3590778, 1.3331706, 1.1083381, 0.9868813, 0.8361333, 0.9209877] },
    r422: { alpha: 0.275592474736, beta: 0.0326929527337, gamma: 0.870729222265, sse: 16570.777867, a: 469.32322056716, b: 3.021539140125 },
  },
  {
    name: 'AirPassengers, additive (gamma at its bound 1)',
    x: air,
    seasonal: 'additive' as const,
    published: null,
    r422: { alpha: 0.247959489736, beta: 0.0345337296488, gamma: 1, sse: 21860.1846219, a: 477.82778054015, b: 3.12762656582 },
  },
];

/** Digits after the decimal point that a printed number carries, for toBeCloseTo. */
const decimals = (v: number) => (String(v).split('.')[1] ?? '').length;
const relClose = (actual: number, expected: number, rel: number) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(expected)));

describe('fitHoltWinters reproduces R stats::HoltWinters', () => {
  it.each(cases)('$name', ({ x, seasonal, published, r422 }) => {
    const fit = fitHoltWinters(x, { period: 12, seasonal });
    expect(fit.optimizer?.convergence).toBe(0);
    if (published) {
      for (const key of ['alpha', 'beta', 'gamma', 'a', 'b'] as const) {
        const actual = key === 'a' || key === 'b' ? fit.coefficients[key] : fit[key];
        // Printed values are rounded: equal to within half a unit of the last printed digit.
        expect(Math.abs(actual - published[key])).toBeLessThanOrEqual(0.5 * 10 ** -decimals(published[key]) + 1e-12);
      }
      fit.coefficients.s.forEach((s, i) => expect(Math.abs(s - published.s[i]!)).toBeLessThanOrEqual(0.5 * 10 ** -decimals(published.s[i]!) + 1e-12));
    }
    relClose(fit.alpha, r422.alpha, 1e-8);
    relClose(fit.beta, r422.beta, 1e-8);
    relClose(fit.gamma, r422.gamma, 1e-8);
    relClose(fit.sse, r422.sse, 1e-10);
    relClose(fit.coefficients.a, r422.a, 1e-9);
    relClose(fit.coefficients.b, r422.b, 1e-7);
  });
});

describe('Holt-Winters building blocks', () => {
  it('derives the start values from the first two seasons like decompose() + lm()', () => {
    // [R422] decompose(ts(co2[1:24], frequency = 12)) and lm(trend ~ seq_along(trend)).
    const start = hwStartValues(co2, 12, 'additive');
    relClose(start.level, 315.76576388889, 1e-12);
    relClose(start.trend, 0.08830128205, 1e-9);
    const figure = [-0.2344444444, 0.1926388889, 0.7438888889, 2.1597222222, 3.1313888889, 2.6588888889, 0.4801388889, -1.3161111111, -2.3452777778, -2.9381944444, -1.5852777778, -0.9473611111];
    start.season.forEach((s, i) => expect(s).toBeCloseTo(figure[i]!, 9));
  });

  it('computes the SSE of fixed parameters like the C filter', () => {
    const start = hwStartValues(co2, 12, 'additive');
    // [R422] HoltWinters(co2, alpha = 0.3, beta = 0.1, gamma = 0.1)$SSE
    relClose(hwFilter(co2, 12, start, { alpha: 0.3, beta: 0.1, gamma: 0.1 }, 'additive').sse, 59.8262896262, 1e-11);
  });

  it('uses given parameters without optimizing', () => {
    const fit = fitHoltWinters(co2, { period: 12, seasonal: 'additive', params: { alpha: 0.3, beta: 0.1, gamma: 0.1 } });
    expect(fit.optimizer).toBeNull();
    relClose(fit.sse, 59.8262896262, 1e-11);
    expect(fit.residuals).toHaveLength(co2.length - 12);
  });

  it.each([
    ['too short', co2.slice(0, 23), 'additive', /two full seasons/],
    ['zero in a multiplicative series', [0, ...air.slice(1)], 'multiplicative', /non-zero/],
    ['a missing value', [...co2.slice(0, 30), Number.NaN], 'additive', /missing/],
  ] as const)('refuses %s with INVALID_INPUT', (_label, x, seasonal, message) => {
    const run = () => fitHoltWinters(x, { period: 12, seasonal });
    expect(run).toThrow(AppError);
    expect(run).toThrow(message);
  });
});
