import { describe, expect, it } from 'vitest';
import { airPassengersSeries, co2Series } from './fixtures/series';
import { fitHoltWinters } from './holt-winters';
import { predictHoltWinters } from './hw-predict';

/*
 * predict(HoltWinters(...), 24, prediction.interval = TRUE) from R 4.2.2
 * (fixtures/r-reference.R → r-reference.txt). No R output with intervals
 * for these fits was found published with an address we could cite, so the
 * reference is that script's output, which anyone with R can re-run.
 * Rows: [h, fit, upr, lwr].
 */
const co2 = co2Series.values;
const air = airPassengersSeries.values;

const cases = [
  {
    name: 'co2 additive, level 0.95',
    x: co2, seasonal: 'additive' as const, level: 0.95,
    rows: [[1, 365.107894933, 365.710471196, 364.50531867], [12, 365.674124334, 366.913787779, 364.43446089], [13, 366.604820584, 367.935250111, 365.274391058], [24, 367.171049985, 368.962766392, 365.379333579]],
  },
  {
    name: 'co2 additive, level 0.8',
    x: co2, seasonal: 'additive' as const, level: 0.8,
    rows: [[1, 365.107894933, 365.501898374, 364.713891493], [2, 365.966391338, 366.410030161, 365.522752515]],
  },
  {
    // h = 12 and 24 exercise R's multiplicative variance quirk (divisor coefficients[2] = b).
    name: 'AirPassengers multiplicative, level 0.95',
    x: air, seasonal: 'multiplicative' as const, level: 0.95,
    rows: [[1, 447.0559313, 466.8057297, 427.306133], [8, 657.91371834, 688.645351961, 627.18208472], [12, 465.6345009, 487.9685874, 443.3004144], [24, 499.028104306, 535.844966131, 462.211242481]],
  },
  {
    name: 'AirPassengers additive, level 0.95',
    x: air, seasonal: 'additive' as const, level: 0.95,
    rows: [[1, 453.497721751, 478.580176538, 428.415266965], [13, 491.029240541, 535.966518071, 446.091963011], [24, 507.06303758, 563.128342816, 450.997732344]],
  },
];

describe('predictHoltWinters matches R predict.HoltWinters', () => {
  it.each(cases)('$name', ({ x, seasonal, level, rows }) => {
    const forecasts = predictHoltWinters(fitHoltWinters(x, { period: 12, seasonal }), 24, level);
    expect(forecasts).toHaveLength(24);
    for (const [h, fit, upr, lwr] of rows) {
      const point = forecasts[h! - 1]!;
      expect(point.step).toBe(h);
      expect(point.mean).toBeCloseTo(fit!, 6);
      expect(point.upper!).toBeCloseTo(upr!, 6);
      expect(point.lower!).toBeCloseTo(lwr!, 6);
    }
  });

  it('widens the additive interval with the horizon', () => {
    const forecasts = predictHoltWinters(fitHoltWinters(co2, { period: 12, seasonal: 'additive' }), 36);
    const widths = forecasts.map((p) => p.upper! - p.lower!);
    widths.slice(1).forEach((w, i) => expect(w).toBeGreaterThan(widths[i]!));
  });
});
