import type { TRPCRouterRecord } from '@trpc/server';
import { getHistory } from './get-history';
import { getLatest } from './get-latest';
import { listOverrides } from './list-overrides';
import { recompute } from './recompute';
import { setOverride } from './set-override';

export const forecastRouter = {
  latest: getLatest,
  history: getHistory,
  setOverride,
  listOverrides,
  recompute,
} satisfies TRPCRouterRecord;
