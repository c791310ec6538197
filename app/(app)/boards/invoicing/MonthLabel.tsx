'use client';

import { useFormatter } from 'use-intl';

/** "abr 2026" / "Apr 2026": a 'YYYY-MM' month in the UI language. */
export function MonthLabel({ month, long }: { month: string; long?: boolean }) {
  const format = useFormatter();
  return <>{format.dateTime(new Date(`${month}-01T00:00:00Z`), { month: long ? 'long' : 'short', year: 'numeric', timeZone: 'UTC' })}</>;
}
