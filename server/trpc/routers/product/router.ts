import type { TRPCRouterRecord } from '@trpc/server';
import { archiveProduct } from './archive-product';
import { createProduct } from './create-product';
import { getProduct } from './get-product';
import { listProducts } from './list-products';
import { updateProduct } from './update-product';

export const productRouter = {
  list: listProducts,
  get: getProduct,
  create: createProduct,
  update: updateProduct,
  archive: archiveProduct,
} satisfies TRPCRouterRecord;
