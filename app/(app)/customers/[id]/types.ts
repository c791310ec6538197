import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '~/server/trpc/root';

/** What `customer.get360` answers. */
export type TCustomer360 = inferRouterOutputs<AppRouter>['customer']['get360'];
