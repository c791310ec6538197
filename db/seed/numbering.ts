/** A document that gets a number: date 'YYYY-MM-DD', creation instant and id break ties. */
type TNumbered = { number: string; createdAt?: Date | null; id?: string };

/**
 * Numbers documents per year in date order without gaps: `PREFIX-YYYY-NNNN`,
 * e.g. Q-2026-0001, the year being the document date's. Mutates `number`.
 */
export function assignNumbers<T extends TNumbered>(docs: readonly T[], prefix: string, dateOf: (doc: T) => string): void {
  const sorted = [...docs].sort(
    (a, b) =>
      dateOf(a).localeCompare(dateOf(b)) ||
      (a.createdAt?.getTime() ?? 0) - (b.createdAt?.getTime() ?? 0) ||
      (a.id ?? '').localeCompare(b.id ?? ''),
  );
  const counters = new Map<string, number>();
  for (const doc of sorted) {
    const year = dateOf(doc).slice(0, 4);
    const next = (counters.get(year) ?? 0) + 1;
    counters.set(year, next);
    doc.number = `${prefix}-${year}-${String(next).padStart(4, '0')}`;
  }
}
