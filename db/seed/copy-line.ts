/** The fields a document line carries over unchanged from the line it comes from (quote → order → invoice). */
type TLineFields = {
  position: number;
  productId?: string | null;
  description: string;
  quantity: string;
  unitPriceMinor?: number;
  discountBps?: number;
  taxRateBps?: number;
  netMinor?: number;
  taxMinor?: number;
  grossMinor?: number;
};

export function copyLine(l: TLineFields): TLineFields {
  const { position, productId, description, quantity, unitPriceMinor, discountBps, taxRateBps, netMinor, taxMinor, grossMinor } = l;
  return { position, productId, description, quantity, unitPriceMinor, discountBps, taxRateBps, netMinor, taxMinor, grossMinor };
}
