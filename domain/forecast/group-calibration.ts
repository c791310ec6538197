import { calibrateClosedGroups } from './calibration';
import { visitGroups, type TVisitFact } from './calibration-visits';
import { calibrationGroups, type TClosedFact } from './closed-facts';
import { groupKey, type TByGroup } from './kpi-group';
import type { TForecastSnapshot } from './snapshot';

export type TGroupCalibration = TForecastSnapshot['calibration']['byGroup'][number];

/**
 * "Do Ana's 50 % deals win half the time?": the calibration tables (per
 * band, per stage, overall, with suggested probabilities) of each owner,
 * team (key null: no team) and pipeline with closed deals, from its own
 * closed deals only (and the bands and stages they were in), in a stable order.
 */
export function groupCalibrations(facts: TByGroup<TClosedFact>, visits: TByGroup<TVisitFact>, bands: readonly number[]): TGroupCalibration[] {
  return [...facts.values()]
    .map(({ group, rows }) => ({
      ...group,
      ...calibrateClosedGroups(calibrationGroups(rows), visitGroups(visits.get(groupKey(group))?.rows ?? []), bands),
      fromEvents: rows.reduce((sum, f) => sum + (f.fromEvent ? f.deals : 0), 0),
    }))
    .sort((x, y) => (groupKey(x) < groupKey(y) ? -1 : 1));
}
