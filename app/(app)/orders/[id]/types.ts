import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '~/server/trpc/root';

/** What order.get answers. */
export type TOrderView = inferRouterOutputs<AppRouter>['order']['get'];
export type TOrderLineView = TOrderView['lines'][number];
