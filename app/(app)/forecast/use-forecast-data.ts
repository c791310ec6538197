'use client';

import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { TForecastOverrideRow } from '~/domain/forecast/snapshot';
import type { TForecastFilter } from '~/domain/schemas/forecast';
import { canManage } from '~/domain/roles';
import { useTRPC } from '~/app/_lib/trpc/react';
import type { TReportFilter } from './_lib/report-filter';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The newest forecast snapshot for the filter (owner, team or pipeline; the
 * period is applied on the page so the quarter list stays complete), and
 * the manager actions: recompute now and override a rep's number. While a
 * new filter loads, the previous figures stay on screen.
 * `snapshot` is undefined while loading and null before the first run.
 */
export function useForecastData(filter: TReportFilter) {
  const trpc = useTRPC();
  const input: TForecastFilter = {};
  if (filter.owner) input.owner = filter.owner;
  if (filter.team) input.team = filter.team;
  if (filter.pipeline && UUID.test(filter.pipeline)) input.pipeline = filter.pipeline;
  const latest = useQuery({ ...trpc.forecast.latest.queryOptions(input), placeholderData: keepPreviousData });
  const me = useQuery(trpc.me.get.queryOptions());
  const recompute = useMutation(trpc.forecast.recompute.mutationOptions({ onSuccess: () => void latest.refetch() }));
  const override = useMutation(trpc.forecast.setOverride.mutationOptions());
  const manager = me.data ? canManage(me.data.role) : false;
  return {
    snapshot: latest.data === undefined ? undefined : (latest.data?.snapshot ?? null),
    opening: latest.data?.opening ?? null,
    error: latest.error,
    isFetching: latest.isFetching && !latest.isPending,
    refetch: () => latest.refetch(),
    canManage: manager,
    recompute: { run: () => recompute.mutate(), pending: recompute.isPending, allowed: manager, error: recompute.error?.message ?? null },
    /** Saves the override; the server recomputes and announces it, and we refetch right away too. */
    setOverride: async (row: TForecastOverrideRow, amountMinor: number, note: string) => {
      await override.mutateAsync({ ownerId: row.ownerId, month: row.month, category: row.category === 'best_case' ? 'best_case' : 'commit', amountMinor, note });
      void latest.refetch();
    },
  };
}
