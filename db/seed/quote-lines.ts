import { lineTotals, type TLineInput, type TLineTotals } from '~/domain/money/line-totals';
import { formatQuantity } from '~/domain/money/quantity';
import type { TRandom } from '~/domain/random';
import type { TDealTheme } from './data/deal-themes';
import type { TSeedProduct } from './types';

/** A priced line, ready to copy into a quote, order or invoice. */
export type TPricedLine = TLineInput & TLineTotals & { productId: string; description: string; position: number };

/** The line that absorbs what is left: engineering hours, in half hours. */
const ABSORB_SKU = 'SRV-ING-H';

/**
 * 1–4 quote lines from the deal's theme whose net total comes close to
 * `targetNetMinor`: a main product takes 60–85 %, up to two extras part of
 * the rest, and engineering hours absorb the remainder (each line capped at
 * a plausible quantity, so a huge target may end below it). Prices are list
 * prices with the customer's discount; totals come from domain/money.
 */
export function buildQuoteLines(
  random: TRandom,
  theme: TDealTheme,
  targetNetMinor: number,
  discountBps: number,
  taxRateBps: number,
  products: ReadonlyMap<string, TSeedProduct>,
): TPricedLine[] {
  const product = (sku: string) => products.get(sku)!;
  const unitNet = (p: TSeedProduct) => (p.unitPriceMinor * (10_000 - discountBps)) / 10_000;
  const picked: { product: TSeedProduct; thousandths: number }[] = [];
  const net = () => picked.reduce((sum, l) => sum + (l.thousandths / 1000) * unitNet(l.product), 0);

  const mains = theme.main.map(product);
  const affordable = mains.filter((p) => unitNet(p) <= targetNetMinor);
  const main = affordable.length > 0 ? random.pick(affordable) : mains.reduce((a, b) => (unitNet(a) <= unitNet(b) ? a : b));
  picked.push({ product: main, thousandths: toStep((targetNetMinor * random.float(0.6, 0.85)) / unitNet(main), main) });

  const extraCount = random.int(0, 2);
  for (const sku of random.shuffle(theme.extras)) {
    if (picked.length > extraCount || picked.some((l) => l.product.sku === sku)) continue;
    const extra = product(sku);
    const remaining = targetNetMinor - net();
    if (unitNet(extra) > remaining * 0.6) continue;
    picked.push({ product: extra, thousandths: toStep((remaining * random.float(0.2, 0.5)) / unitNet(extra), extra) });
  }

  // Far below target: sell more of the main item before adding hours.
  if (targetNetMinor - net() > targetNetMinor * 0.25) {
    const more = Math.floor(((targetNetMinor - net()) * 0.8) / unitNet(main) / (main.step / 1000)) * main.step;
    picked[0]!.thousandths = Math.min(main.maxQty * 1000, picked[0]!.thousandths + Math.max(0, more));
  }
  const hours = product(ABSORB_SKU);
  const rest = targetNetMinor - net();
  if (picked.length < 4 && rest >= unitNet(hours) && !picked.some((l) => l.product.sku === ABSORB_SKU)) {
    picked.push({ product: hours, thousandths: toStep(rest / unitNet(hours), hours) });
  }

  return picked.map((l, i) => {
    const input: TLineInput = { quantity: formatQuantity(l.thousandths), unitPriceMinor: l.product.unitPriceMinor, discountBps, taxRateBps };
    return { ...input, ...lineTotals(input), productId: l.product.id, description: l.product.name, position: i + 1 };
  });
}

/** `units` rounded to the product's step (in thousandths), between one step and `maxQty`. */
function toStep(units: number, product: TSeedProduct): number {
  const { step, maxQty } = product;
  return Math.min(maxQty * 1000, Math.max(step, Math.round((units * 1000) / step) * step));
}
