import { z } from 'zod';

/** Ids of one's own notifications to mark read. */
export const ZMarkReadInputSchema = z
  .object({ ids: z.array(z.uuid({ error: 'Must be a valid notification id' })).min(1).max(200) })
  .strict();
export type TMarkReadInput = z.infer<typeof ZMarkReadInputSchema>;
