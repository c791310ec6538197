import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { priceLists, products } from '~/db/schema';
import type { TOrgFixture } from '~/db/testing/fixtures';
import { useBoardWorld } from '~/server/testing/board-world';

/** Products and price lists: SKU uniqueness, one default list, prices, roles and scoping. */
describe('products and price lists', () => {
  const world = useBoardWorld();
  let a: TOrgFixture;
  const call = (...args: Parameters<typeof world.app.call>) => world.app.call(...args);
  beforeEach(() => {
    ({ a } = world);
  });
  const product = (sku: string, cookie = world.cookie.manager) =>
    call('mutation', 'product.create', { sku, name: `Sensor ${sku}`, family: 'Sensores', unitPriceMinor: 12_50, currency: 'EUR', taxRateBps: 2100 }, cookie);

  it('keeps SKUs unique per organization with a clear error', async () => {
    expect((await product('SEN-01')).status).toBe(200);
    const dup = await product('SEN-01');
    expect(dup.status).toBe(409);
    expect(dup.error?.message).toBe('SKU SEN-01 is already used by another product.');
    expect((await product('SEN-01', world.cookie.other)).status).toBe(403); // a rep, even in another org
    const other = await product('SEN-02');
    const clash = await call('mutation', 'product.update', { id: other.data.id, patch: { sku: 'SEN-01' } }, world.cookie.manager);
    expect(clash.error?.message).toBe('SKU SEN-01 is already used by another product.');
  });

  it('archives products out of the default list and back', async () => {
    const p = await product('SEN-03');
    await call('mutation', 'product.archive', { id: p.data.id }, world.cookie.manager);
    expect((await call('query', 'product.list', {}, world.cookie.rep)).data.total).toBe(0);
    expect((await call('query', 'product.list', { includeArchived: true }, world.cookie.rep)).data.total).toBe(1);
    await call('mutation', 'product.archive', { id: p.data.id, archived: false }, world.cookie.manager);
    expect((await call('query', 'product.list', { search: 'sen-03' }, world.cookie.rep)).data.total).toBe(1);
  });

  it('has at most one default price list, and sets and removes prices', async () => {
    const first = await call('mutation', 'priceList.create', { name: 'Tarifa 2026', currency: 'EUR', isDefault: true }, world.cookie.manager);
    const second = await call('mutation', 'priceList.create', { name: 'Distribuidores', currency: 'EUR', isDefault: true, validFrom: '2026-01-01', validTo: '2026-12-31' }, world.cookie.manager);
    expect(second.status).toBe(200);
    let defaults = await world.db.db.select().from(priceLists).where(eq(priceLists.isDefault, true));
    expect(defaults.map((l) => l.id)).toEqual([second.data.id]);
    await call('mutation', 'priceList.update', { id: first.data.id, patch: { isDefault: true } }, world.cookie.manager);
    defaults = await world.db.db.select().from(priceLists).where(eq(priceLists.isDefault, true));
    expect(defaults.map((l) => l.id)).toEqual([first.data.id]);

    const backwards = await call('mutation', 'priceList.update', { id: second.data.id, patch: { validTo: '2025-06-30' } }, world.cookie.manager);
    expect(backwards.error?.message).toBe('The list must start before it ends.');
    const dupName = await call('mutation', 'priceList.create', { name: 'Distribuidores', currency: 'EUR' }, world.cookie.manager);
    expect(dupName.error?.message).toBe('A price list named “Distribuidores” already exists.');

    const p = await product('SEN-04');
    await call('mutation', 'priceList.setPrice', { priceListId: second.data.id, productId: p.data.id, unitPriceMinor: 10_00 }, world.cookie.manager);
    await call('mutation', 'priceList.setPrice', { priceListId: second.data.id, productId: p.data.id, unitPriceMinor: 9_50 }, world.cookie.manager);
    const list = await call('query', 'priceList.get', { id: second.data.id }, world.cookie.viewer);
    expect(list.data.items).toMatchObject([{ sku: 'SEN-04', unitPriceMinor: 9_50, catalogPriceMinor: 12_50 }]);
    await call('mutation', 'priceList.removePrice', { priceListId: second.data.id, productId: p.data.id }, world.cookie.manager);
    expect((await call('query', 'priceList.get', { id: second.data.id }, world.cookie.viewer)).data.items).toEqual([]);

    const assigned = await call('mutation', 'customer.update', { id: a.customer.id, patch: { priceListId: second.data.id, discountBps: 750, paymentTermsDays: 45 } }, world.cookie.rep);
    expect(assigned.data).toMatchObject({ priceListId: second.data.id, discountBps: 750, paymentTermsDays: 45 });
  });

  it('lets only managers change the catalogue and keeps other organizations out', async () => {
    expect((await product('SEN-05', world.cookie.rep)).status).toBe(403);
    expect((await product('SEN-05', world.cookie.viewer)).status).toBe(403);
    const p = await product('SEN-06');
    const list = await call('mutation', 'priceList.create', { name: 'Tarifa', currency: 'EUR' }, world.cookie.manager);
    expect((await call('mutation', 'priceList.update', { id: list.data.id, patch: { name: 'x y' } }, world.cookie.rep)).status).toBe(403);
    expect((await call('query', 'product.get', { id: p.data.id }, world.cookie.other)).status).toBe(404);
    expect((await call('query', 'priceList.get', { id: list.data.id }, world.cookie.other)).status).toBe(404);
    expect((await call('query', 'product.list', {}, world.cookie.other)).data.total).toBe(0);
    const foreignList = await call('mutation', 'customer.update', { id: world.b.customer.id, patch: { priceListId: list.data.id } }, world.cookie.other);
    expect(foreignList.status).toBe(400);
    expect(await world.db.db.select().from(products).where(eq(products.organizationId, world.b.organizationId))).toHaveLength(0);
  });
});
