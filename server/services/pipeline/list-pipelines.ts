import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { pipelines, stages } from '~/db/schema';

/** The organization's pipelines, each with its stages in order. */
export async function listPipelines(db: DbOrTx, organizationId: string) {
  const [pipelineRows, stageRows] = await Promise.all([
    db.select().from(pipelines).where(eq(pipelines.organizationId, organizationId)).orderBy(asc(pipelines.position)),
    db.select().from(stages).where(eq(stages.organizationId, organizationId)).orderBy(asc(stages.position)),
  ]);
  return pipelineRows.map((p) => ({
    id: p.id,
    name: p.name,
    isDefault: p.isDefault,
    stages: stageRows
      .filter((s) => s.pipelineId === p.id)
      .map((s) => ({ id: s.id, name: s.name, defaultProbability: s.defaultProbability, rottingDays: s.rottingDays })),
  }));
}
