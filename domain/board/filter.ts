import { z } from 'zod';
import type { TBoardCard } from './card';

/**
 * Board filters, as kept in the URL query string so a shared link opens the
 * same view. Applied on the client to snapshots and to live events alike:
 * a card that stops matching disappears, one that starts matching appears.
 */
export const ZBoardFilterSchema = z.object({
  owner: z.string().optional(),
  team: z.string().optional(),
  type: z.enum(['new_business', 'upsell', 'renewal']).optional(),
  pmin: z.coerce.number().int().min(0).max(100).optional(),
  pmax: z.coerce.number().int().min(0).max(100).optional(),
  /** Expected close from/to, 'YYYY-MM-DD'. */
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  q: z.string().max(100).optional(),
});
export type TBoardFilter = z.infer<typeof ZBoardFilterSchema>;

/** Reads filters from URL parameters, dropping any value that does not parse. */
export function parseBoardFilter(params: URLSearchParams): TBoardFilter {
  const filter: Record<string, unknown> = {};
  for (const key of Object.keys(ZBoardFilterSchema.shape) as (keyof TBoardFilter)[]) {
    const raw = params.get(key);
    if (raw === null || raw === '') continue;
    const parsed = ZBoardFilterSchema.shape[key].safeParse(raw);
    if (parsed.success) filter[key] = parsed.data;
  }
  return filter as TBoardFilter;
}

/** True when the card passes every set filter. Text search covers title and customer, case- and accent-insensitive. */
export function matchesFilter(card: TBoardCard, filter: TBoardFilter): boolean {
  if (filter.owner && card.ownerId !== filter.owner) return false;
  if (filter.team && card.teamId !== filter.team) return false;
  if (filter.type && card.type !== filter.type) return false;
  if (filter.pmin !== undefined && card.probability < filter.pmin) return false;
  if (filter.pmax !== undefined && card.probability > filter.pmax) return false;
  if (filter.from && card.expectedCloseDate < filter.from) return false;
  if (filter.to && card.expectedCloseDate > filter.to) return false;
  if (filter.q) {
    const needle = fold(filter.q);
    if (!fold(`${card.title} ${card.customerName ?? ''}`).includes(needle)) return false;
  }
  return true;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
