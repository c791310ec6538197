import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '~/db/client';
import { opportunities, pipelines, stages } from '~/db/schema';
import { AppError } from '~/domain/app-error';
import type { TBoardKey } from '~/domain/schemas/board';
import { getOrganization } from '../organization/get-organization';
import { currentBoardSeq } from './bump-board-seq';
import { selectCards } from './card-query';

/**
 * Everything a board needs in one read: its open cards, the stages (with
 * rotting thresholds) of every pipeline, the probability bands, and the board
 * sequence the snapshot corresponds to. Read in one transaction so the
 * sequence and the cards agree.
 */
export async function getBoard(db: Db, organizationId: string, board: TBoardKey) {
  const pipelineId = board === 'probability' ? null : board.slice('stage:'.length);
  return db.transaction(async (tx) => {
    const org = await getOrganization(tx, organizationId);
    const pipelineRows = await tx
      .select({ id: pipelines.id, name: pipelines.name, isDefault: pipelines.isDefault })
      .from(pipelines)
      .where(eq(pipelines.organizationId, organizationId))
      .orderBy(asc(pipelines.position), asc(pipelines.name));
    if (pipelineId && !pipelineRows.some((p) => p.id === pipelineId)) {
      throw new AppError('NOT_FOUND', { message: 'Pipeline not found.' });
    }
    const stageRows = await tx
      .select({ id: stages.id, pipelineId: stages.pipelineId, name: stages.name, position: stages.position, defaultProbability: stages.defaultProbability, rottingDays: stages.rottingDays })
      .from(stages)
      .where(eq(stages.organizationId, organizationId))
      .orderBy(asc(stages.position));
    const seq = await currentBoardSeq(tx, organizationId);
    const cards = await selectCards(
      tx,
      organizationId,
      and(eq(opportunities.status, 'open'), pipelineId ? eq(opportunities.pipelineId, pipelineId) : undefined),
    );
    return {
      seq,
      currency: org.currency,
      bands: org.probabilityBands,
      stageSetsProbability: org.stageSetsProbability,
      pipelines: pipelineRows,
      stages: stageRows,
      cards,
    };
  });
}
