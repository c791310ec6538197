import { generateNKeysBetween } from 'fractional-indexing';
import type { Db } from '~/db/client';
import { opportunities } from '~/db/schema';
import { createOrgFixture, FIXTURE_PASSWORD } from '~/db/testing/fixtures';

export type TBenchUser = { email: string; name: string; userId: string; memberId: string };
export type TBenchCard = { id: string; version: number; rank: string };
export type TBenchOrg = {
  organizationId: string;
  password: string;
  /** Listens on sockets. */
  manager: TBenchUser;
  /** Moves cards (and owns them). */
  rep: TBenchUser;
  /** Every open card, in rank order. */
  cards: TBenchCard[];
};

/** Amounts (EUR minor units) and probabilities cycled through the generated cards. */
const AMOUNTS = [250_000, 1_200_000, 4_800_000, 19_900_000];
const PROBABILITIES = [10, 20, 40, 60, 80];

/**
 * The test fixture (a manager, a rep, one pipeline stage, one card) topped up
 * to `cardCount` open cards with ONE multi-row insert; ranks come from
 * fractional-indexing so the board order is realistic.
 */
export async function createBenchOrg(db: Db, slug: string, cardCount: number): Promise<TBenchOrg> {
  const fixture = await createOrgFixture(db, slug, ['manager', 'rep']);
  const extra = Math.max(0, cardCount - 1);
  const ranks = generateNKeysBetween(fixture.opportunity.rank, null, extra);
  const rows = ranks.map((rank, i) => ({
    organizationId: fixture.organizationId,
    title: `Bench deal ${slug} ${i + 2}`,
    customerId: fixture.customer.id,
    ownerId: fixture.byRole.rep.userId,
    pipelineId: fixture.pipeline.id,
    stageId: fixture.stage.id,
    amountMinor: AMOUNTS[i % AMOUNTS.length]!,
    currency: 'EUR',
    probability: PROBABILITIES[i % PROBABILITIES.length]!,
    expectedCloseDate: `2030-0${(i % 9) + 1}-15`,
    rank,
  }));
  const inserted = rows.length ? await db.insert(opportunities).values(rows).returning({ id: opportunities.id, version: opportunities.version, rank: opportunities.rank }) : [];
  const user = (role: 'manager' | 'rep'): TBenchUser => {
    const p = fixture.byRole[role];
    return { email: p.email, name: p.name, userId: p.userId, memberId: p.memberId };
  };
  const first = fixture.opportunity;
  return {
    organizationId: fixture.organizationId,
    password: FIXTURE_PASSWORD,
    manager: user('manager'),
    rep: user('rep'),
    cards: [{ id: first.id, version: first.version, rank: first.rank }, ...inserted],
  };
}
