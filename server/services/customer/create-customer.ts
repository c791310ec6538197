import type { Db } from '~/db/client';
import { customers } from '~/db/schema';
import type { TCustomerCreateInput } from '~/domain/schemas/customer';
import { checkedTaxId } from './checked-tax-id';
import { getCustomer } from './get-customer';
import { assertPriceListOfOrg } from './price-list-guard';

/** Creates a customer of the organization; the tax id is checked against the country and stored in its printed form. */
export async function createCustomer(db: Db, organizationId: string, input: TCustomerCreateInput) {
  const taxId = checkedTaxId(input.country, input.taxId);
  await assertPriceListOfOrg(db, organizationId, input.priceListId);
  const [row] = await db
    .insert(customers)
    .values({ ...input, taxId, organizationId })
    .returning({ id: customers.id });
  return getCustomer(db, organizationId, row!.id);
}
