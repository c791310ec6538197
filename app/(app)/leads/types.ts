import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '~/server/trpc/root';

type TOut = inferRouterOutputs<AppRouter>['lead'];
export type TLeadRow = TOut['list']['rows'][number];
export type TLeadDetail = TOut['get'];
