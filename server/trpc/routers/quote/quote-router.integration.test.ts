import { beforeEach, describe, expect, it } from 'vitest';
import type { TOrgFixture } from '~/db/testing/fixtures';
import { useBoardWorld, type TWho } from '~/server/testing/board-world';

/** The quote API over real HTTP: who may read, edit and decide, and what another organization gets. */
describe('quote router roles and scoping', () => {
  const world = useBoardWorld();
  let app: typeof world.app;
  let a: TOrgFixture;
  const cookie = world.cookie;
  beforeEach(() => {
    ({ app, a } = world);
  });
  const mutate = (who: TWho, path: string, input: unknown) => app.call('mutation', `quote.${path}`, input, cookie[who]);
  const query = (who: TWho, path: string, input: unknown) => app.call('query', `quote.${path}`, input, cookie[who]);
  const freeLine = { productId: null, description: 'Instalación', quantity: '1', unitPriceMinor: 100_000, discountBps: 3000, taxRateBps: 2100 };

  it('lets reps edit, only managers decide, viewers read, and keeps other organizations out', async () => {
    expect((await mutate('viewer', 'create', { opportunityId: a.opportunity.id })).status).toBe(403);
    const created = await mutate('rep', 'create', { opportunityId: a.opportunity.id });
    expect(created.status).toBe(200);
    const id = created.data.id as string;
    expect((await mutate('viewer', 'addLine', { quoteId: id, version: 1, line: freeLine })).status).toBe(403);
    const added = await mutate('rep', 'addLine', { quoteId: id, version: 1, line: freeLine });
    expect(added.data).toMatchObject({ netMinor: 70_000, taxMinor: 14_700, grossMinor: 84_700, version: 2 });

    const stale = await mutate('rep', 'addLine', { quoteId: id, version: 1, line: freeLine });
    expect(stale.status).toBe(409);
    const badLine = await mutate('rep', 'addLine', { quoteId: id, version: 2, line: { productId: null, quantity: '1,5' } });
    expect(badLine.status).toBe(400);
    expect(badLine.error?.message).toMatch(/quantity: Quantity must be a positive number/);

    expect((await mutate('rep', 'send', { id, version: 2 })).status).toBe(400);
    expect((await mutate('rep', 'requestApproval', { id, version: 2 })).status).toBe(200);
    const repDecides = await mutate('rep', 'decideApproval', { id, version: 3, decision: 'approved' });
    expect(repDecides.status).toBe(403);
    const noReason = await mutate('manager', 'decideApproval', { id, version: 3, decision: 'rejected', note: ' ' });
    expect(noReason.status).toBe(400);
    expect(noReason.error?.message).toMatch(/Say why/);
    expect((await mutate('manager', 'decideApproval', { id, version: 3, decision: 'approved', note: 'Cliente estratégico' })).status).toBe(200);

    const read = await query('viewer', 'get', { id });
    expect(read.status).toBe(200);
    expect(read.data).toMatchObject({
      quote: { id, status: 'draft', ownerName: a.byRole.rep.name },
      customer: { id: a.customer.id, legalName: a.customer.legalName },
      opportunity: { id: a.opportunity.id, title: a.opportunity.title },
      approval: { required: true, status: 'approved', decidedByName: a.byRole.manager.name, note: 'Cliente estratégico', sendBlocker: null },
      orders: [],
    });
    expect((await mutate('viewer', 'send', { id, version: 4 })).status).toBe(403);
    expect((await mutate('rep', 'send', { id, version: 4 })).status).toBe(200);
    expect((await mutate('viewer', 'acceptAndWin', { id, version: 5 })).status).toBe(403);
    const won = await mutate('rep', 'acceptAndWin', { id, version: 5 });
    expect(won.status).toBe(200);
    expect(won.data.order).toMatchObject({ status: 'entered', quoteId: id });
    expect((await query('viewer', 'list', { status: 'accepted' })).data.rows.map((r: { id: string }) => r.id)).toEqual([id]);

    expect((await query('other', 'get', { id })).status).toBe(404);
    expect((await query('other', 'list', {})).data.total).toBe(0);
    expect((await mutate('other', 'convertToOrder', { id, version: 6 })).status).toBe(404);
  });
});
