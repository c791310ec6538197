/** One field of one history event, ready to print: "Stage: Propuesta → Negociación". */
export type TFieldChange = { field: string; from: unknown; to: unknown };

/** Names of the things history events refer to by id, per kind. */
export type THistoryNames = { stage: ReadonlyMap<string, string>; owner: ReadonlyMap<string, string>; team: ReadonlyMap<string, string> };

/** Stored id fields and the printable field each becomes. */
const namedFields = { stageId: 'stage', ownerId: 'owner', teamId: 'team' } as const;
type TNamedField = keyof typeof namedFields;
const isNamed = (key: string): key is TNamedField => key in namedFields;

type TJson = Record<string, unknown> | null | undefined;

/** Print order of known stored fields (jsonb does not keep key order); others follow alphabetically. */
const fieldOrder = ['title', 'stageId', 'status', 'probability', 'amountMinor', 'expectedCloseDate', 'type', 'forecastCategory', 'ownerId', 'teamId', 'lostReason'];
const orderOf = (key: string) => {
  const i = fieldOrder.indexOf(key);
  return i === -1 ? fieldOrder.length : i;
};

/** Every id an event's from/to refer to, grouped by kind, so names can be read in one query each. */
export function referencedIds(events: readonly { from: TJson; to: TJson }[]) {
  const ids = { stage: new Set<string>(), owner: new Set<string>(), team: new Set<string>() };
  for (const event of events) {
    for (const side of [event.from, event.to]) {
      for (const [key, value] of Object.entries(side ?? {})) {
        if (isNamed(key) && typeof value === 'string') ids[namedFields[key]].add(value);
      }
    }
  }
  return ids;
}

/**
 * The changed fields of one event in a fixed print order (see fieldOrder). Stage, owner and team ids become names (null when the thing no
 * longer exists); other values pass through unchanged (amounts stay minor
 * units, dates 'YYYY-MM-DD'). Only the fields in `to` are listed (all of
 * `from` when there is no `to`); a field missing on one side is null there.
 */
export function historyChanges(from: TJson, to: TJson, names: THistoryNames): TFieldChange[] {
  // `to` holds what changed; `from` may carry extra context (a move records stage, probability and status).
  const keys = Object.keys(to ?? from ?? {}).sort((x, y) => orderOf(x) - orderOf(y) || x.localeCompare(y));
  const changes: TFieldChange[] = [];
  for (const key of keys) {
    const before = from?.[key] ?? null;
    const after = to?.[key] ?? null;
    if (before === after) continue;
    if (isNamed(key)) {
      const map = names[namedFields[key]];
      const name = (v: unknown) => (typeof v === 'string' ? (map.get(v) ?? null) : null);
      changes.push({ field: namedFields[key], from: name(before), to: name(after) });
    } else {
      changes.push({ field: key, from: before, to: after });
    }
  }
  return changes;
}
