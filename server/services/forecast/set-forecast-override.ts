import { and, eq } from 'drizzle-orm';
import type { Db } from '~/db/client';
import { latestSnapshot } from '~/db/queries/forecast/snapshots';
import { forecastOverrides, members, organizations } from '~/db/schema';
import { AppError } from '~/domain/app-error';
import type { TForecastSnapshot } from '~/domain/forecast/snapshot';
import type { TSetForecastOverrideInput } from '~/domain/schemas/forecast';
import { rootLogger } from '~/server/observability/logger';
import type { TViewer } from '../viewer';
import { forecastSchedulerFor } from './forecast-schedulers';

/**
 * A manager replaces a rep's number for one month and category, with a
 * note. The rep's number as the newest snapshot computed it is stored
 * beside the override; older overrides stay as history. The owner must be a
 * member of the organization. Returns the new row and starts a recompute
 * so the report shows it.
 */
export async function setForecastOverride(db: Db, viewer: TViewer, input: TSetForecastOverrideInput) {
  const [member] = await db.select({ id: members.id }).from(members).where(and(eq(members.organizationId, viewer.organizationId), eq(members.userId, input.ownerId)));
  if (!member) throw new AppError('INVALID_INPUT', { message: 'That person is not a member of this organization', data: { field: 'ownerId' } });
  const [org] = await db.select({ currency: organizations.currency }).from(organizations).where(eq(organizations.id, viewer.organizationId));
  const latest = await latestSnapshot(db, viewer.organizationId);
  const snapshot = latest?.result as unknown as TForecastSnapshot | undefined;
  const cell = snapshot?.pipeline.find((r) => r.groupBy === 'owner' && r.key === input.ownerId && r.period === 'month' && r.bucket === input.month);
  const originalMinor = !cell ? 0 : input.category === 'commit' ? cell.rollup.commit : input.category === 'best_case' ? cell.rollup.bestCase : cell.rollup.openPipeline;
  const [row] = await db
    .insert(forecastOverrides)
    .values({
      organizationId: viewer.organizationId,
      ownerId: input.ownerId,
      month: `${input.month}-01`,
      category: input.category,
      amountMinor: input.amountMinor,
      originalMinor,
      currency: org!.currency.trim(),
      note: input.note,
      createdBy: viewer.userId,
    })
    .returning();
  // The report shows overrides from the snapshot: recompute now (in the background; it publishes forecast:updated).
  forecastSchedulerFor(db)?.recomputeNow(viewer.organizationId).catch((error: unknown) => rootLogger().error({ err: error, organizationId: viewer.organizationId }, 'forecast recompute after override failed'));
  return row!;
}
