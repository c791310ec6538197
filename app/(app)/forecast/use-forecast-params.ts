'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useMemo } from 'react';
import { parsePeriod, type TReportFilter } from './_lib/report-filter';

type TParamKey = 'owner' | 'team' | 'pipeline' | 'period';

/**
 * The report's filters kept in the URL (`team`, `owner`, `pipeline`,
 * `period`), so a copied link or a bookmarked board-meeting view opens the
 * same report. Unknown periods fall back to the next 12 months.
 */
export function useForecastParams() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const filter = useMemo<TReportFilter>(
    () => {
      const owner = params.get('owner') || null;
      const team = params.get('team') || null;
      // A link with a team or owner and a pipeline: figures follow the team or owner (see groupOf), so that is what it shows.
      const pipeline = owner || team ? null : params.get('pipeline') || null;
      return { owner, team, pipeline, period: parsePeriod(params.get('period')) };
    },
    [params],
  );
  /** Sets (or, with null / '', removes) parameters without scrolling or a history entry. */
  const set = (patch: Partial<Record<TParamKey, string | null>>) => {
    const next = new URLSearchParams(params.toString());
    for (const [key, value] of Object.entries(patch)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    const query = next.toString();
    router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
  };
  return { filter, set, clear: () => router.replace(pathname, { scroll: false }) };
}
