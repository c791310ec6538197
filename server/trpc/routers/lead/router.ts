import type { TRPCRouterRecord } from '@trpc/server';
import { createLead } from './create-lead';
import { disqualifyLead } from './disqualify-lead';
import { getLead } from './get-lead';
import { listLeads } from './list-leads';
import { qualifyLead } from './qualify-lead';
import { updateLead } from './update-lead';

export const leadRouter = {
  list: listLeads,
  get: getLead,
  create: createLead,
  update: updateLead,
  qualify: qualifyLead,
  disqualify: disqualifyLead,
} satisfies TRPCRouterRecord;
