/** The product fields a new document line starts from. */
export type TLineProduct = { name: string; sku: string; unitPriceMinor: number; taxRateBps: number };

/** The customer's commercial terms (see customers.discountBps / paymentTermsDays). */
export type TCustomerTerms = { discountBps: number; paymentTermsDays: number };

export type TLineDefaultsInput = {
  product: TLineProduct;
  /** Price on the customer's own price list (minor units), when the product is on it. */
  priceListPrice?: number | null;
  /** Price on the organization's default price list, when the product is on it. */
  defaultListPrice?: number | null;
  customer: TCustomerTerms;
};

export type TPriceSource = 'customer_list' | 'default_list' | 'product';

export type TLineDefaults = {
  description: string;
  unitPriceMinor: number;
  discountBps: number;
  taxRateBps: number;
  /** Where the unit price came from, shown next to the price in the line editor. */
  priceSource: TPriceSource;
};

/**
 * What a new line for `product` gets before anyone edits it: the unit price
 * from the customer's price list, else the organization's default list, else
 * the product's own price; the customer's discount; the product's tax rate.
 * All prices are integer minor units of the document currency (the caller
 * passes only list prices in that currency).
 */
export function lineDefaults({ product, priceListPrice, defaultListPrice, customer }: TLineDefaultsInput): TLineDefaults {
  const [unitPriceMinor, priceSource]: [number, TPriceSource] =
    priceListPrice != null
      ? [priceListPrice, 'customer_list']
      : defaultListPrice != null
        ? [defaultListPrice, 'default_list']
        : [product.unitPriceMinor, 'product'];
  return {
    description: product.name,
    unitPriceMinor,
    discountBps: customer.discountBps,
    taxRateBps: product.taxRateBps,
    priceSource,
  };
}
