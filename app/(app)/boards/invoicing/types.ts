import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '~/server/trpc/root';

/** What `invoicing.board` answers. */
export type TInvoicingBoardData = inferRouterOutputs<AppRouter>['invoicing']['board'];
/** One document card (deal, order or invoice) of the individual view. */
export type TInvoicingCard = inferRouterOutputs<AppRouter>['invoicing']['cell'][number];
