/**
 * Document dates are calendar days ('YYYY-MM-DD') taken in UTC. The
 * organization's time zone is not applied yet: a document created between
 * midnight UTC and midnight in Madrid carries the UTC day.
 */
export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** `day` plus `days` calendar days. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** How long a new quote stays valid unless the rep says otherwise. */
export const DEFAULT_QUOTE_VALIDITY_DAYS = 30;
