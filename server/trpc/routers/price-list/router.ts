import type { TRPCRouterRecord } from '@trpc/server';
import { createPriceList } from './create-price-list';
import { getPriceList } from './get-price-list';
import { listPriceLists } from './list-price-lists';
import { removePrice } from './remove-price';
import { setPrice } from './set-price';
import { updatePriceList } from './update-price-list';

export const priceListRouter = {
  list: listPriceLists,
  get: getPriceList,
  create: createPriceList,
  update: updatePriceList,
  setPrice,
  removePrice,
} satisfies TRPCRouterRecord;
