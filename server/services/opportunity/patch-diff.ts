import type { TOpportunityPatch } from '~/domain/schemas/opportunity';

/** The editable fields as stored, for comparison with a patch. */
export type TEditableFields = Required<{ [K in keyof TOpportunityPatch]: unknown }>;

/** What an edit changes: the columns to set and the history record (changed fields only). */
export type TPatchDiff = {
  set: Partial<TOpportunityPatch>;
  from: Record<string, unknown>;
  to: Record<string, unknown>;
};

/**
 * Compares a patch with the current values and keeps only the fields that
 * really change, so a save that changes nothing writes nothing and history
 * lists only real changes.
 */
export function diffPatch(current: TEditableFields, patch: TOpportunityPatch): TPatchDiff {
  const diff: TPatchDiff = { set: {}, from: {}, to: {} };
  for (const key of Object.keys(patch) as (keyof TOpportunityPatch)[]) {
    const next = patch[key];
    if (next === undefined || next === current[key]) continue;
    Object.assign(diff.set, { [key]: next });
    diff.from[key] = current[key];
    diff.to[key] = next;
  }
  return diff;
}

export const isEmptyDiff = (diff: TPatchDiff) => Object.keys(diff.to).length === 0;
