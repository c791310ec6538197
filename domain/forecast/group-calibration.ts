import { calibrateClosedGroups } from './calibration';
import { visitGroups, type visitsByGroup } from './calibration-visits';
import { calibrationGroups } from './closed-facts';
import { groupKey } from './document-groups';
import type { factsByGroup } from './group-kpis';
import type { TForecastSnapshot } from './snapshot';

export type TGroupCalibration = TForecastSnapshot['calibration']['byGroup'][number];

/**
 * "Do Ana's 50 % deals win half the time?": the calibration tables (per
 * band, per stage, overall, with suggested probabilities) of each owner,
 * team (key null: no team) and pipeline with closed deals, from its own
 * closed deals only (and the bands and stages they were in), in a stable order.
 */
export function groupCalibrations(byGroup: ReturnType<typeof factsByGroup>, visits: ReturnType<typeof visitsByGroup>, bands: readonly number[]): TGroupCalibration[] {
  return [...byGroup.values()]
    .map(({ group, facts }) => ({
      ...group,
      ...calibrateClosedGroups(calibrationGroups(facts), visitGroups(visits.get(groupKey(group))?.visits ?? []), bands),
      fromEvents: facts.reduce((sum, f) => sum + (f.fromEvent ? f.deals : 0), 0),
    }))
    .sort((x, y) => (`${x.groupBy}:${x.key ?? ''}` < `${y.groupBy}:${y.key ?? ''}` ? -1 : 1));
}
