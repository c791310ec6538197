import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opportunityEvents, opportunities, stages } from '~/db/schema';
import { createOrgFixture, type TOrgFixture } from '~/db/testing/fixtures';
import { createTestDb } from '~/db/testing/test-db';
import { mergeVisits, type TVisitFact } from '~/domain/forecast/calibration-visits';
import type { TMoveTarget } from '~/domain/schemas/board';
import { moveStatement } from '~/server/services/board/move-statement';
import { updateOpportunity } from '~/server/services/opportunity/update-opportunity';
import { loadCalibrationVisits } from '~/db/queries/forecast/calibration-visits';

const BANDS = [10, 25, 50, 75, 90];

/**
 * The bands and stages closed deals were in (db/queries/forecast/calibration-visits.ts),
 * from histories the board's own moves write. Hand-computed: band index 1 = 10 %, 2 = 25 %, 3 = 50 %, 5 = 90 %.
 */
describe('loadCalibrationVisits', () => {
  let db: Awaited<ReturnType<typeof createTestDb>>;
  let org: TOrgFixture;
  const ids: Record<'won' | 'lost' | 'imported' | 'open' | 'odd', string> = { won: '', lost: '', imported: '', open: '', odd: '' };
  let stageIds: Record<'propose' | 'sign', string>;

  const move = async (id: string, target: TMoveTarget) => {
    const [card] = await db.db.select({ version: opportunities.version }).from(opportunities).where(eq(opportunities.id, id));
    await db.db.execute(moveStatement(org.organizationId, { userId: org.byRole.manager.userId, name: 'Manager' }, { id, version: card!.version, target, rank: 'a5', clientMutationId: randomUUID() }));
  };

  beforeAll(async () => {
    db = await createTestDb();
    org = await createOrgFixture(db.db, 'visits'); // stage Qualify, default 20 %
    const other = await createOrgFixture(db.db, 'visits-other', ['admin']);
    const [propose, sign] = await db.db
      .insert(stages)
      .values([
        { organizationId: org.organizationId, pipelineId: org.pipeline.id, name: 'Propose', position: 1, defaultProbability: 50 },
        { organizationId: org.organizationId, pipelineId: org.pipeline.id, name: 'Sign', position: 2, defaultProbability: 90 },
      ])
      .returning({ id: stages.id });
    stageIds = { propose: propose!.id, sign: sign!.id };
    const base = { organizationId: org.organizationId, customerId: org.customer.id, pipelineId: org.pipeline.id, stageId: org.stage.id, currency: 'EUR', amountMinor: 100_000, probability: 20, expectedCloseDate: '2026-06-30', rank: 'a1' };
    const made = await db.db
      .insert(opportunities)
      .values([
        { ...base, title: 'Won', ownerId: org.byRole.rep.userId },
        { ...base, title: 'Lost', ownerId: org.byRole.manager.userId },
        // Imported already won, with no history: it was in Sign at Sign's default.
        { ...base, title: 'Imported', ownerId: org.byRole.rep.userId, stageId: stageIds.sign, probability: 100, status: 'won' as const, closedAt: new Date('2026-01-10T10:00:00Z') },
        { ...base, title: 'Open', ownerId: org.byRole.rep.userId },
        // Won in Sign, with a history that does not say what it closed from, and odd values in it.
        { ...base, title: 'Odd', ownerId: org.byRole.manager.userId, stageId: stageIds.sign, probability: 100, status: 'won' as const, closedAt: new Date('2026-02-10T10:00:00Z') },
      ])
      .returning({ id: opportunities.id });
    [ids.won, ids.lost, ids.imported, ids.open, ids.odd] = made.map((m) => m.id) as [string, string, string, string, string];
    // Won: Qualify 20 → 30 → Propose (50) → 60 → Sign (90) → won.
    for (const target of [{ kind: 'band', probability: 30 }, { kind: 'stage', stageId: stageIds.propose }, { kind: 'band', probability: 60 }, { kind: 'stage', stageId: stageIds.sign }, { kind: 'won' }] as TMoveTarget[]) {
      await move(ids.won, target);
    }
    // Lost: Qualify 20, edited down to 5 (below the first band; an edit records no stage) → Propose (50) → lost.
    const [lost] = await db.db.select({ version: opportunities.version }).from(opportunities).where(eq(opportunities.id, ids.lost));
    const manager = { userId: org.byRole.manager.userId, memberId: org.byRole.manager.memberId, organizationId: org.organizationId, role: 'manager' as const, name: 'Manager' };
    await updateOpportunity(db.db, manager, { id: ids.lost, version: lost!.version, patch: { probability: 5 }, clientMutationId: randomUUID() }, () => {});
    for (const target of [{ kind: 'stage', stageId: stageIds.propose }, { kind: 'lost', reason: 'Budget cut' }] as TMoveTarget[]) await move(ids.lost, target);
    // Odd: a move recorded at 49.6 (counts as 50), one with a null probability and one with a text (both ignored), a reorder,
    // and a won event without a probability: it also closed from Sign at its default (90).
    const odd = (kind: 'moved' | 'reordered' | 'won', from: Record<string, unknown>, version: number) => ({ organizationId: org.organizationId, opportunityId: ids.odd, kind, from, to: {}, version });
    await db.db.insert(opportunityEvents).values([
      odd('moved', { stageId: stageIds.propose, probability: 49.6 }, 2),
      odd('moved', { stageId: stageIds.propose, probability: null }, 3),
      odd('moved', { stageId: org.stage.id, probability: 'abc' }, 4),
      odd('reordered', { stageId: org.stage.id, probability: 10 }, 5),
      odd('won', { status: 'open' }, 6),
    ]);
    // Still open, with history: not counted.
    await move(ids.open, { kind: 'band', probability: 80 });
    // Another organization's closed deal: not counted.
    await db.db.insert(opportunities).values({ ...base, organizationId: other.organizationId, customerId: other.customer.id, pipelineId: other.pipeline.id, stageId: other.stage.id, title: 'Foreign', ownerId: other.byRole.admin.userId, status: 'won', probability: 100, closedAt: new Date() });
  });
  afterAll(async () => {
    await db?.drop();
  });

  const visit = (ownerId: string, teamId: string | null, kind: 'band' | 'stage', ref: string, status: 'won' | 'lost', deals: number, probabilitySum: number): TVisitFact => ({
    kind, status, ownerId, teamId, pipelineId: org.pipeline.id, ref, deals, probabilitySum,
  });

  it('counts every band and stage a closed deal was in once, at the highest probability it held there; a deal without history in its stage at its default', async () => {
    const rep = org.byRole.rep.userId;
    const manager = org.byRole.manager.userId;
    const visits = mergeVisits(await loadCalibrationVisits(db.db, { organizationId: org.organizationId, bands: BANDS }));
    expect(visits).toEqual(
      mergeVisits([
        // Won: 20 (band 10), 30 (band 25), 50 and 60 (band 50, at 60), 90 (band 90); Qualify at 30, Propose at 60, Sign at 90.
        visit(rep, null, 'band', '1', 'won', 1, 20), visit(rep, null, 'band', '2', 'won', 1, 30), visit(rep, null, 'band', '3', 'won', 1, 60),
        visit(rep, null, 'stage', 'Qualify', 'won', 1, 30), visit(rep, null, 'stage', 'Propose', 'won', 1, 60),
        // Won and Imported (no history: Sign at 90) share the 90 % band and Sign.
        visit(rep, null, 'band', '5', 'won', 2, 180), visit(rep, null, 'stage', 'Sign', 'won', 2, 180),
        // Lost: 20 and 5 (both band 10, at 20), 50 in Propose; Qualify at 5 (the move out of it recorded 5; the edit records no stage).
        visit(manager, null, 'band', '1', 'lost', 1, 20), visit(manager, null, 'band', '3', 'lost', 1, 50),
        visit(manager, null, 'stage', 'Qualify', 'lost', 1, 5), visit(manager, null, 'stage', 'Propose', 'lost', 1, 50),
        // Odd: 50 in Propose (49.6 rounded); closed from Sign at 90 (its default, as the history does not say).
        visit(manager, null, 'band', '3', 'won', 1, 50), visit(manager, null, 'stage', 'Propose', 'won', 1, 50),
        visit(manager, null, 'band', '5', 'won', 1, 90), visit(manager, null, 'stage', 'Sign', 'won', 1, 90),
      ]),
    );
  });

  it('loads only the deals asked for (an incremental run adds the deals just closed)', async () => {
    const visits = await loadCalibrationVisits(db.db, { organizationId: org.organizationId, bands: BANDS, ids: [ids.lost] });
    expect(visits.reduce((sum, v) => sum + v.deals, 0)).toBe(4);
    expect(new Set(visits.map((v) => v.status))).toEqual(new Set(['lost']));
    expect(await loadCalibrationVisits(db.db, { organizationId: org.organizationId, bands: BANDS, ids: [] })).toEqual([]);
  });
});
