'use client';

// TEMPORARY: fixture-backed until the forecast router lands; replaced by tRPC queries.
import { useState } from 'react';
import type { TForecastOverrideRow, TForecastSnapshot } from '~/domain/forecast/snapshot';
import type { TReportFilter } from './_lib/report-filter';
import { fixtureSnapshot } from './_lib/snapshot.fixture';

export function useForecastData(_filter: TReportFilter) {
  const [snapshot] = useState<TForecastSnapshot>(fixtureSnapshot);
  return {
    snapshot,
    error: null as { message: string } | null,
    isFetching: false,
    refetch: async () => undefined,
    recompute: { run: () => undefined, pending: false, allowed: true },
    setOverride: async (_row: TForecastOverrideRow, _amountMinor: number, _note: string) => undefined,
  };
}
