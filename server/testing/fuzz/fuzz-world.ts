import { createOrgFixture, FIXTURE_PASSWORD, type TOrgFixture } from '~/db/testing/fixtures';
import type { Db } from '~/db/client';
import { insertOrder } from '../order-fixture';
import type { TIdPool } from './hostile-values';

/** The ids of one organization's rows that hostile inputs plant in id fields. */
async function idsOf(db: Db, org: TOrgFixture): Promise<string[]> {
  const { order, quote, lineA } = await insertOrder(db, org, { withQuote: true });
  return [
    org.opportunity.id, org.customer.id, org.pipeline.id, org.stage.id, order.id, quote!.id, lineA.id,
    ...org.people.flatMap((p) => [p.userId, p.memberId]),
  ];
}

/**
 * Two organizations for fuzzing: "alpha" (rep, viewer, manager) whose members
 * call, and "beta" whose rows are the foreign ids; each has an order from a
 * quote besides the fixture's customer, pipeline and opportunity.
 */
export async function createFuzzWorld(db: Db, signIn: (email: string, password: string) => Promise<string>) {
  const a = await createOrgFixture(db, 'alpha', ['manager', 'rep', 'viewer']);
  const b = await createOrgFixture(db, 'beta', ['rep']);
  const ids: TIdPool = { own: await idsOf(db, a), foreign: await idsOf(db, b) };
  const cookie = {
    rep: await signIn(a.byRole.rep.email, FIXTURE_PASSWORD),
    viewer: await signIn(a.byRole.viewer.email, FIXTURE_PASSWORD),
  };
  return { a, b, ids, cookie };
}
