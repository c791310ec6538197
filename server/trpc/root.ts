import { createTRPCRouter } from './init';
import { boardRouter } from './routers/board/router';
import { customerRouter } from './routers/customer/router';
import { dashboardRouter } from './routers/dashboard/router';
import { importsRouter } from './routers/imports/router';
import { documentChainRouter } from './routers/document-chain/router';
import { forecastRouter } from './routers/forecast/router';
import { invoiceRouter } from './routers/invoice/router';
import { orderRouter } from './routers/order/router';
import { invoicingRouter } from './routers/invoicing/router';
import { leadRouter } from './routers/lead/router';
import { meRouter } from './routers/me/router';
import { notificationRouter } from './routers/notification/router';
import { opportunityRouter } from './routers/opportunity/router';
import { organizationRouter } from './routers/organization/router';
import { pipelineRouter } from './routers/pipeline/router';
import { priceListRouter } from './routers/price-list/router';
import { productRouter } from './routers/product/router';
import { quoteRouter } from './routers/quote/router';

/** Every procedure of the API. All of them require a session (see init.ts). */
export const appRouter = createTRPCRouter({
  me: meRouter,
  organization: organizationRouter,
  customer: customerRouter,
  pipeline: pipelineRouter,
  dashboard: dashboardRouter,
  board: boardRouter,
  opportunity: opportunityRouter,
  imports: importsRouter,
  order: orderRouter,
  invoice: invoiceRouter,
  documentChain: documentChainRouter,
  quote: quoteRouter,
  invoicing: invoicingRouter,
  notification: notificationRouter,
  lead: leadRouter,
  product: productRouter,
  priceList: priceListRouter,
  forecast: forecastRouter,
});

export type AppRouter = typeof appRouter;
