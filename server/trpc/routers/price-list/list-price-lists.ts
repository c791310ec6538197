import { listPriceLists as listPriceListsService } from '~/server/services/price-list/list-price-lists';
import { orgProcedure } from '../../init';

/** Every price list, default first. */
export const listPriceLists = orgProcedure.query(({ ctx }) => listPriceListsService(ctx.db, ctx.viewer.organizationId));
