/** An owner, a team (key null: no team) or a pipeline: what the report's filters narrow figures to. */
export type TKpiGroup = { groupBy: 'owner' | 'team' | 'pipeline'; key: string | null };

/** Whether a row (pipeline row, bookings row, breakdown entry) belongs to `group` (key null: no team). */
export const isGroup = (row: { groupBy: string; key: string | null }, group: TKpiGroup) => row.groupBy === group.groupBy && row.key === group.key;

/** One string per group (key null: no team). */
export const groupKey = (g: TKpiGroup) => `${g.groupBy}:${g.key ?? ''}`;

/** The three groups a deal's row belongs to: its owner, its team and its pipeline. */
export const groupsOf = (r: { ownerId: string; teamId: string | null; pipelineId: string }): TKpiGroup[] => [
  { groupBy: 'owner', key: r.ownerId },
  { groupBy: 'team', key: r.teamId },
  { groupBy: 'pipeline', key: r.pipelineId },
];

/** Rows by group key, with the group. */
export type TByGroup<T> = Map<string, { group: TKpiGroup; rows: T[] }>;

/** Deal rows (closed facts, open cells, calibration visits) by owner, team and pipeline: each row in its three groups. */
export function byGroup<T extends { ownerId: string; teamId: string | null; pipelineId: string }>(rows: readonly T[]): TByGroup<T> {
  const out: TByGroup<T> = new Map();
  for (const row of rows) {
    for (const group of groupsOf(row)) {
      const entry = out.get(groupKey(group)) ?? { group, rows: [] };
      entry.rows.push(row);
      out.set(groupKey(group), entry);
    }
  }
  return out;
}
