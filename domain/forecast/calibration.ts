import { AppError } from '../app-error';
import { bandIndexOf } from '../board/probability-bands';
import { isotonicIncreasing } from './isotonic';
import { wilsonInterval } from './wilson';

/** A closed deal (or `deals` alike ones, default 1): what was entered at close time and how it ended. */
export type TClosedDeal = { probability: number; stage: string | null; won: boolean; deals?: number };

export type TCalibrationRow = {
  count: number;
  won: number;
  /** Empirical win rate won / count; null without deals. */
  winRate: number | null;
  /** Wilson interval of the win rate at `level`; null without deals. */
  interval: { lower: number; upper: number } | null;
  /** Average probability people entered for these deals (0–1); null without deals. */
  entered: number | null;
  /** Suggested probability to use instead of the entered one (0–1). */
  suggested: number;
};

export type TCalibration = {
  bands: (TCalibrationRow & { band: number })[];
  stages: (TCalibrationRow & { stage: string })[];
  overall: TCalibrationRow;
};

export type TCalibrationOptions = {
  /** Probability bands in percent, ascending (the board's columns, e.g. [10, 25, 50, 75, 90]). */
  bands: readonly number[];
  level?: number;
  /** Weight of the entered probability, in pseudo-deals (default 10). */
  priorStrength?: number;
};

/**
 * "Do our 50 % deals win half the time?" Groups closed deals by the band of
 * their entered probability (the highest band not above it) and by stage,
 * with counts, empirical win rates and Wilson intervals: each deal once,
 * where it closed from. See calibrateHistory for the tables the job shows,
 * which count every band and stage a deal was in.
 */
export function calibrate(deals: readonly TClosedDeal[], opts: TCalibrationOptions): TCalibration {
  return calibrateHistory({ bands: deals, stages: deals, overall: deals }, opts);
}

/**
 * Calibration from three views of the same closed deals: `bands` and
 * `stages` hold one row per band or stage a deal was in before it closed
 * (its probability there, whether it was won in the end), `overall` one
 * row per deal. So a band's win rate answers "of the deals that were ever
 * at 50 %, how many did we win?", which is the chance of a deal at 50 % now
 * (counting only where deals closed from would give the early bands almost
 * no wins: deals are won from the last stage).
 * Suggested probability (the documented rule): Beta-binomial shrinkage of
 * the win rate toward what people entered, (won + k·entered) / (count + k)
 * with k = priorStrength pseudo-deals, so a band with 3 deals moves a little
 * and one with 300 follows its history; an empty band keeps its own value.
 * Band suggestions are then made non-decreasing by weighted isotonic
 * regression (weights count + k). Stages have no natural order, so they are
 * only shrunk.
 */
export function calibrateHistory(input: Record<'bands' | 'stages' | 'overall', readonly TClosedDeal[]>, opts: TCalibrationOptions): TCalibration {
  const { bands, level = 0.95, priorStrength = 10 } = opts;
  if (bands.length === 0 || bands.some((b, i) => !(b >= 0 && b <= 100) || (i > 0 && b <= bands[i - 1]!))) invalid('bands must be ascending percentages between 0 and 100');
  if (!(priorStrength >= 0)) invalid('priorStrength must be ≥ 0');
  for (const deals of new Set([input.bands, input.stages, input.overall])) {
    deals.forEach((d, i) => {
      if (!(d.probability >= 0 && d.probability <= 1)) invalid(`deal ${i + 1}: probability must be between 0 and 1 (got ${d.probability})`);
      if (d.deals !== undefined && !(Number.isInteger(d.deals) && d.deals >= 0)) invalid(`deal ${i + 1}: deals must be a whole number ≥ 0 (got ${d.deals})`);
    });
  }
  const row = (group: readonly TClosedDeal[], fallback: number): TCalibrationRow => {
    const count = group.reduce((s, d) => s + (d.deals ?? 1), 0);
    const won = group.reduce((s, d) => s + (d.won ? (d.deals ?? 1) : 0), 0);
    const entered = count > 0 ? group.reduce((s, d) => s + d.probability * (d.deals ?? 1), 0) / count : null;
    const prior = entered ?? fallback;
    const suggested = count + priorStrength > 0 ? (won + priorStrength * prior) / (count + priorStrength) : prior;
    return { count, won, winRate: count > 0 ? won / count : null, interval: wilsonInterval(won, count, level), entered, suggested };
  };
  // Percent rounded to 1e-9: 0.57 × 100 is 56.99999999999999, which must still be in a band that starts at 57.
  const bandOf = (d: TClosedDeal) => bandIndexOf(Math.round(d.probability * 1e11) / 1e9, bands);
  const byBand = bands.map((band, i) => ({ band, ...row(input.bands.filter((d) => bandOf(d) === i), band / 100) }));
  const monotone = isotonicIncreasing(byBand.map((b) => b.suggested), byBand.map((b) => b.count + priorStrength));
  byBand.forEach((b, i) => (b.suggested = monotone[i]!));
  const stageNames = [...new Set(input.stages.map((d) => d.stage ?? 'No stage'))].sort((a, b) => a.localeCompare(b));
  const overall = row(input.overall, 0);
  const stages = stageNames.map((stage) => ({ stage, ...row(input.stages.filter((d) => (d.stage ?? 'No stage') === stage), overall.winRate ?? 0) }));
  return { bands: byBand, stages, overall };
}

function invalid(message: string): never {
  throw new AppError('INVALID_INPUT', { message: `Calibration: ${message}` });
}

/** A band or stage closed deals were in, whole percent (the highest they held there; an average when `deals` > 1), and how they ended. */
export type TVisitGroup = { kind: 'band' | 'stage'; stage: string | null; probability: number; won: boolean; deals: number };

/**
 * The job's calibration: per band and stage from where the deals were
 * (`visits`, see calibrateHistory), overall from the closed-deal groups
 * (each deal once, probability in whole percent before closing).
 */
export function calibrateClosedGroups(
  groups: readonly { stage: string; probability: number; won: boolean; deals: number }[],
  visits: readonly TVisitGroup[],
  bands: readonly number[],
): TCalibration {
  const asDeal = (g: { stage: string | null; probability: number; won: boolean; deals: number }): TClosedDeal => ({ probability: g.probability / 100, stage: g.stage, won: g.won, deals: g.deals });
  return calibrateHistory(
    { bands: visits.filter((v) => v.kind === 'band').map(asDeal), stages: visits.filter((v) => v.kind === 'stage').map(asDeal), overall: groups.map(asDeal) },
    { bands },
  );
}
