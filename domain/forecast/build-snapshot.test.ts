import { describe, expect, it } from 'vitest';
import { bookingsForecast } from './build-snapshot';
import { forecastBookings } from './forecast-heavy';

describe('bookingsForecast', () => {
  it('never forecasts negative bookings: a falling trend stops at zero, and so does its interval', () => {
    // 300, 200, 100: the linear trend goes on to 0, −100, −200.
    const f = bookingsForecast(forecastBookings([300, 200, 100], 3), ['2026-04', '2026-05', '2026-06']);
    expect(f.method).toBe('linear-trend');
    expect(f.points.map((p) => p.mean)).toEqual([0, 0, 0]);
    expect(f.points.every((p) => p.lower === 0 && p.upper! >= 0)).toBe(true);
  });

  it('keeps a rising forecast as fitted', () => {
    const f = bookingsForecast(forecastBookings([100, 200, 300], 2), ['2026-04', '2026-05']);
    expect(f.points.map((p) => Math.round(p.mean))).toEqual([400, 500]);
  });
});
