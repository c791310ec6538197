import { describe, expect, it } from 'vitest';
import { AppError } from '../app-error';
import { airPassengersSeries } from './fixtures/series';
import { forecastSeries } from './series-forecast';

const air = airPassengersSeries.values;

describe('forecastSeries', () => {
  it('uses Holt-Winters with two full seasons', () => {
    const result = forecastSeries(air.slice(0, 24), { horizon: 3, period: 12, seasonal: 'additive' });
    expect(result.method).toBe('holt-winters');
    expect(result.fallback).toBe(false);
    expect(result.forecasts).toHaveLength(3);
  });

  it('falls back to a linear trend below two seasons and says so', () => {
    // R 4.2.2: lm(y ~ t) on the first 18 AirPassengers values, prediction intervals with qnorm(0.975)
    // (fixtures/r-reference.R). Rows: [fit, lwr, upr] for t = 19 … 24.
    const expected = [
      [133.39869281, 104.528341229, 162.269044392],
      [133.926040592, 104.579772028, 163.272309155],
      [134.453388373, 104.592370565, 164.314406181],
      [134.980736154, 104.568108542, 165.393363767],
      [135.508083935, 104.508953627, 166.507214243],
      [136.035431717, 104.416847478, 167.654015955],
    ];
    const result = forecastSeries(air.slice(0, 18), { horizon: 6, period: 12, seasonal: 'multiplicative' });
    expect(result.method).toBe('linear-trend');
    expect(result.fallback).toBe(true);
    expect(result.message).toMatch(/Only 18 values: Holt-Winters needs two full seasons \(24\)/);
    if (result.method !== 'linear-trend') return;
    expect(result.model.intercept).toBeCloseTo(123.37908496732, 9);
    expect(result.model.slope).toBeCloseTo(0.527347781218, 9);
    expect(result.model.residualStandardError!).toBeCloseTo(13.218217589, 8);
    result.forecasts.forEach((p, i) => {
      expect(p.mean).toBeCloseTo(expected[i]![0]!, 8);
      expect(p.lower!).toBeCloseTo(expected[i]![1]!, 8);
      expect(p.upper!).toBeCloseTo(expected[i]![2]!, 8);
    });
  });

  it.each([
    [[500], 500, 'without intervals'],
    [[100, 300], 500, 'without intervals'],
  ])('extends %j without intervals when the error cannot be estimated', (x, next, note) => {
    const result = forecastSeries(x, { horizon: 1, period: 12, seasonal: 'additive' });
    expect(result.message).toContain(note);
    expect(result.forecasts[0]).toEqual({ step: 1, mean: next, lower: null, upper: null });
  });

  it.each([
    [[], { horizon: 3 }, /empty/],
    [[1, 2, 3], { horizon: 0 }, /horizon/],
    [[1, 2, 3], { horizon: 2, level: 1 }, /level/],
  ])('refuses bad input %#', (x, extra, message) => {
    const run = () => forecastSeries(x, { period: 12, seasonal: 'additive', ...extra });
    expect(run).toThrow(AppError);
    expect(run).toThrow(message);
  });
});
