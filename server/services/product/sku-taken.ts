import { AppError } from '~/domain/app-error';

/** The clear error for a duplicate SKU (unique per organization). */
export function skuTaken(sku: string, cause: unknown) {
  return new AppError('CONFLICT', { message: `SKU ${sku} is already used by another product.`, cause, data: { field: 'sku' } });
}
