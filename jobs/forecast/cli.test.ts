import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './cli';
import { processIo, type TCliIo } from './series-cli';
import type { TSeriesReport } from './series-report';

const fixture = (name: string) => path.join(import.meta.dirname, '../../domain/forecast/fixtures', name);

/** Runs the CLI's main with captured output; files are read from disk as in production. */
async function run(args: string[], readText: TCliIo['readText'] = processIo.readText) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t), readText });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('job:forecast --series', () => {
  it('prints R-matching JSON for the co2 fixture (R 4.2.2, fixtures/r-reference.txt)', async () => {
    const { code, out, err } = await run(['--series', fixture('co2.csv'), '--horizon', '13', '--json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(out) as TSeriesReport;
    expect(report).toMatchObject({ method: 'holt-winters', fallback: false, message: null, input: { observations: 468, first: '1959-01', last: '1997-12', frequency: 12, seasonal: 'additive' } });
    expect(report.alpha).toBeCloseTo(0.51264844356418, 9);
    expect(report.beta).toBeCloseTo(0.00949766904603, 9);
    expect(report.gamma).toBeCloseTo(0.47288678799482, 9);
    expect(report.sse).toBeCloseTo(43.12986136769731, 9);
    expect(Object.keys(report.coefficients)).toEqual(['a', 'b', ...Array.from({ length: 12 }, (_, i) => `s${i + 1}`)]);
    expect(report.coefficients.a).toBeCloseTo(364.761623668987, 7);
    expect(report.forecasts).toHaveLength(13);
    expect(report.forecasts[0]).toEqual({ month: '1998-01', mean: expect.closeTo(365.107894933, 6), lower: expect.closeTo(364.50531867, 6), upper: expect.closeTo(365.710471196, 6) });
    expect(report.forecasts[12]!.month).toBe('1999-01');
    expect(report.forecasts[12]!.upper).toBeCloseTo(367.935250111, 6);
  });

  it('falls back to a linear trend for a short file and says so', async () => {
    const short = '# two months only\nmonth,value\n2026-01,1000\n2026-02,1200\n2026-03,1500\n';
    const { code, out } = await run(['--series=short.csv', '--horizon', '2', '--json'], async () => short);
    expect(code).toBe(0);
    const report = JSON.parse(out) as TSeriesReport;
    expect(report).toMatchObject({ method: 'linear-trend', fallback: true, alpha: null, beta: null, gamma: null });
    expect(report.message).toMatch(/Holt-Winters needs two full seasons \(24\)/);
    expect(report.coefficients.b).toBeCloseTo(250, 10); // slope of 1000, 1200, 1500
    expect(report.forecasts.map((f) => [f.month, f.mean])).toEqual([['2026-04', expect.closeTo(1733.3333333, 6)], ['2026-05', expect.closeTo(1983.3333333, 6)]]);
  });

  it('prints a readable table without --json', async () => {
    const { code, out } = await run(['--series', fixture('air-passengers.csv'), '--horizon', '1', '--seasonal', 'multiplicative']);
    expect(code).toBe(0);
    expect(out).toContain('Holt-Winters, multiplicative seasonality, period 12');
    expect(out).toMatch(/1961-01\s+447\.06\s+427\.31\s+466\.81/);
  });

  it.each([
    [['--series', 'x.csv'], /horizon/],
    [['--series', 'x.csv', '--horizon', '3', '--seasonal', 'weird'], /seasonal must be additive or multiplicative/],
    [['--series', 'x.csv', '--horizon', '3', '--frequency', '1'], /frequency must be at least 2/],
    [['--series', 'x.csv', '--horizon', '3', '--bogus'], /Unknown option '--bogus'/],
  ])('rejects bad arguments %j with exit 1', async (args, message) => {
    const { code, err } = await run(args, async () => '2026-01,1\n');
    expect(code).toBe(1);
    expect(err).toMatch(message);
    expect(err).toContain('Usage: npm run job:forecast');
  });

  it('reports an unreadable file and a bad row with exit 1', async () => {
    expect(await run(['--series', fixture('missing.csv'), '--horizon', '2'])).toMatchObject({ code: 1, err: expect.stringMatching(/cannot read .*missing\.csv: no such file/) });
    expect(await run(['--series', 'x.csv', '--horizon', '2'], async () => '2026-01,1\n2026-02,oops\n')).toMatchObject({ code: 1, err: '[forecast] Line 2: "oops" is not a number.' });
  });

  it('sends everything else to the database mode, which refuses bad arguments with its usage', async () => {
    expect(await run(['--bogus'])).toMatchObject({ code: 1, err: expect.stringContaining('Usage: npm run job:forecast') });
  });
});
