/** One entry of a customer's activity timeline; `at` is an ISO instant. */
export type TTimelineEntry = {
  id: string;
  at: string;
  source: 'opportunity' | 'quote' | 'order' | 'invoice' | 'lead';
  /** What happened, e.g. 'moved', 'sent', 'confirmed', 'paid'. */
  action: string;
  /** The document or deal it concerns, for the link and the label. */
  refId: string;
  refLabel: string;
  /** Who did it; null when the system does not record it or the user is gone. */
  actorName: string | null;
  /** Changed fields, printable (see server/services/opportunity/history-changes). */
  changes?: { field: string; from: unknown; to: unknown }[];
};

/**
 * Merges entries from several sources, newest first, keeping `limit`. Ties
 * on the same instant keep a stable order by id so the list does not
 * shuffle between reloads.
 */
export function mergeTimeline(sources: readonly (readonly TTimelineEntry[])[], limit: number): TTimelineEntry[] {
  return sources
    .flat()
    .sort((a, b) => (a.at === b.at ? (a.id < b.id ? -1 : 1) : a.at < b.at ? 1 : -1))
    .slice(0, limit);
}
