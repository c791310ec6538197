import { z } from 'zod';

/**
 * Socket event `doc:changed`, sent to the organization's room after a quote,
 * order or invoice is created or changes state. Boards (invoicing progress)
 * and open document pages refetch what they show of it.
 */
export const DOC_CHANGED_EVENT = 'doc:changed';

export const ZDocChangedSchema = z.object({
  type: z.enum(['quote', 'order', 'invoice', 'opportunity']),
  id: z.uuid(),
  /** The opportunity the document belongs to, when it has one. */
  opportunityId: z.uuid().nullable(),
  customerId: z.uuid().nullable(),
  status: z.string(),
  actorId: z.string().nullable(),
});
export type TDocChanged = z.infer<typeof ZDocChangedSchema>;
