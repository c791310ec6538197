import type * as s from '~/db/schema';
import type { TCity, TCountryCode } from './data/country-profile';
import type { TDealTheme, TOpportunityType } from './data/deal-themes';
import type { TDemoPerson } from './data/people';
import type { TPipelineKey } from './data/pipelines';

/** A demo user with its generated ids and when it joined. */
export type TSeedPerson = TDemoPerson & { id: string; teamId: string | null; startedAt: Date };

export type TSeedCustomer = {
  id: string;
  country: TCountryCode;
  city: TCity;
  zone: string;
  /** Relative size: how many deals it attracts. */
  weight: number;
  /** Already a client when the history starts; only these get upsells and renewals. */
  existing: boolean;
  paymentTermsDays: number;
  discountBps: number;
  /** Pays well after the due date. */
  latePayer: boolean;
  contactIds: string[];
};

export type TSeedProduct = {
  id: string;
  sku: string;
  name: string;
  unitPriceMinor: number;
  taxRateBps: number;
  /** Quantity granularity in thousandths. */
  step: number;
  /** Most units one line plausibly holds. */
  maxQty: number;
};

export type TSeedStage = { id: string; position: number; defaultProbability: number; rottingDays: number };
export type TSeedPipeline = { id: string; key: TPipelineKey; stages: TSeedStage[]; quoteFrom: number };

/** One deal as planned, before it becomes rows. Times are UTC instants. */
export type TDealPlan = {
  id: string;
  owner: TSeedPerson;
  customer: TSeedCustomer;
  type: TOpportunityType;
  theme: TDealTheme;
  pipeline: TSeedPipeline;
  title: string;
  source: string;
  /** Amount when the deal was created; `amountMinor` is the current one. */
  initialAmountMinor: number;
  amountMinor: number;
  createdAt: Date;
  /** When the deal entered each stage it went through, ending at `stageIndex`. */
  stageEntries: Date[];
  stageIndex: number;
  status: 'open' | 'won' | 'lost';
  probability: number;
  expectedCloseDate: string;
  closedAt: Date | null;
  lostReason: string | null;
};

type Rows<T extends { $inferInsert: unknown }> = T['$inferInsert'][];

/** Every row of the demo organization, in insert (foreign-key) order. */
export type TDemoData = {
  users: Rows<typeof s.users>;
  organizations: Rows<typeof s.organizations>;
  accounts: Rows<typeof s.accounts>;
  members: Rows<typeof s.members>;
  teams: Rows<typeof s.teams>;
  teamMembers: Rows<typeof s.teamMembers>;
  customers: Rows<typeof s.customers>;
  contacts: Rows<typeof s.contacts>;
  products: Rows<typeof s.products>;
  pipelines: Rows<typeof s.pipelines>;
  stages: Rows<typeof s.stages>;
  opportunities: Rows<typeof s.opportunities>;
  opportunityEvents: Rows<typeof s.opportunityEvents>;
  quotes: Rows<typeof s.quotes>;
  quoteLines: Rows<typeof s.quoteLines>;
  orders: Rows<typeof s.orders>;
  orderLines: Rows<typeof s.orderLines>;
  orderStatusChanges: Rows<typeof s.orderStatusChanges>;
  invoices: Rows<typeof s.invoices>;
  invoiceLines: Rows<typeof s.invoiceLines>;
  quotas: Rows<typeof s.quotas>;
  leads: Rows<typeof s.leads>;
};
