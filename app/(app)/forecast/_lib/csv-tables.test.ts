import { describe, expect, it } from 'vitest';
import { bookingsRows, calibrationPoints, pipelineByMonth } from './chart-data';
import { buildCsv } from './csv';
import { csvTables } from './csv-tables';
import { fixtureSnapshot as s } from './snapshot.fixture';

const tables = csvTables((key) => key, 'EUR');
const lines = (csv: string) => csv.replace('\uFEFF', '').trimEnd().split('\r\n');

describe('csvTables', () => {
  it('pipeline: one line per month, amounts as exact decimal strings per category', () => {
    const csv = buildCsv(tables.pipeline, pipelineByMonth(s.pipeline, ['2026-05', '2026-06'], { groupBy: 'all', key: null }));
    expect(lines(csv)).toEqual([
      'csv.month,csv.deals,categories.closed (EUR),categories.commit (EUR),categories.best_case (EUR),categories.pipeline (EUR),categories.omitted (EUR),csv.unweighted,csv.weighted,' +
        'csv.weightedPrefix: categories.closed (EUR),csv.weightedPrefix: categories.commit (EUR),csv.weightedPrefix: categories.best_case (EUR),csv.weightedPrefix: categories.pipeline (EUR)',
      '2026-05,3,5000.00,30000.00,20000.00,10000.00,2500.00,60000.00,36000.00,5000.00,18000.00,12000.00,6000.00',
      '2026-06,0,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00',
    ]);
  });

  it('bookings: forecast and interval only on forecast months, rounded to whole cents', () => {
    expect(lines(buildCsv(tables.bookings, bookingsRows(s.bookings, { groupBy: 'all', key: null }))).slice(3)).toEqual([
      '2026-04,20000.00,,,',
      '2026-05,5000.00,20000.00,5000.00,35000.00',
      '2026-06,,25000.01,7000.00,43000.00',
    ]);
  });

  it('calibration: percentages with one decimal', () => {
    expect(lines(buildCsv(tables.calibration, calibrationPoints(s.calibration.bands)))[1]).toBe('10,20,1,10.0,5.0,0.9,23.6,6.7');
  });

  it('KPIs: money in decimals, rates in percent, days as numbers, unknown values empty', () => {
    const rows = [
      { label: 'Backlog', kpi: s.kpis.values.orderBacklogMinor! },
      { label: 'Win rate', kpi: s.kpis.values.winRate! },
      { label: 'DSO', kpi: s.kpis.values.dsoDays! },
      { label: 'Coverage', kpi: s.kpis.values.pipelineCoverage! },
    ];
    expect(lines(buildCsv(tables.kpis, rows)).slice(1)).toEqual(['Backlog,42000.00,39000.00,EUR', 'Win rate,25.0,30.0,%', 'DSO,41.5,38.2,days', 'Coverage,2.4,,ratio']);
  });
});
