import type { TVisitGroup } from './calibration';

/**
 * Closed deals that were in one band or stage before they closed, grouped
 * as loaded in SQL (db/queries/forecast/calibration-visits.ts): a deal
 * counts once per band and once per stage it was in.
 */
export type TVisitFact = {
  kind: 'band' | 'stage';
  status: 'won' | 'lost';
  ownerId: string;
  teamId: string | null;
  pipelineId: string;
  /** The band's index (1 = the lowest band) or the stage's name. */
  ref: string;
  deals: number;
  /** Sum over the deals of the highest probability each held there, whole percent. */
  probabilitySum: number;
};

const keyOf = (v: TVisitFact) => [v.kind, v.status, v.ownerId, v.teamId, v.pipelineId, v.ref].join('|');

/** Visits summed by their keys, in a fixed order: a full load, or one plus the visits of deals closed since, give the same list. */
export function mergeVisits(...lists: (readonly TVisitFact[])[]): TVisitFact[] {
  const out = new Map<string, TVisitFact>();
  for (const list of lists) {
    for (const v of list) {
      const row = out.get(keyOf(v));
      if (row) out.set(keyOf(v), { ...row, deals: row.deals + v.deals, probabilitySum: row.probabilitySum + v.probabilitySum });
      else out.set(keyOf(v), { ...v });
    }
  }
  return [...out.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
}

/** The calibration input: visits summed over owners, teams and pipelines, with the average probability held. */
export function visitGroups(visits: readonly TVisitFact[]): TVisitGroup[] {
  const out = new Map<string, { kind: TVisitFact['kind']; ref: string; won: boolean; deals: number; sum: number }>();
  for (const v of visits) {
    const key = `${v.kind}|${v.ref}|${v.status}`;
    const row = out.get(key) ?? { kind: v.kind, ref: v.ref, won: v.status === 'won', deals: 0, sum: 0 };
    row.deals += v.deals;
    row.sum += v.probabilitySum;
    out.set(key, row);
  }
  return [...out.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, r]) => ({ kind: r.kind, stage: r.kind === 'stage' ? r.ref : null, probability: r.deals > 0 ? r.sum / r.deals : 0, won: r.won, deals: r.deals }));
}
