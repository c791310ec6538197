import { AppError } from '../app-error';
import { formatQuantity, parseQuantity } from '../money/quantity';
import type { TOrderStatus } from './order-status';

/** An order line as delivery needs it; quantities are numeric(14,3) strings. */
export type TDeliveryLine = { id: string; position: number; quantity: string; deliveredQuantity: string };

export type TDeliveryResult = {
  /** New delivered quantity per changed line id (numeric(14,3) strings). */
  delivered: Map<string, string>;
  /** The order's state after the delivery. */
  status: 'partially_delivered' | 'delivered';
};

/**
 * Adds the quantities delivered now (`add`, by order-line id, decimal strings)
 * to the lines. Refuses unknown lines, zero or negative quantities and more
 * than what is still to deliver. All in integer thousandths, no floats. The
 * order is 'delivered' when every line is complete, else 'partially_delivered'.
 */
export function applyDelivery(status: TOrderStatus, lines: readonly TDeliveryLine[], add: ReadonlyMap<string, string>): TDeliveryResult {
  assertAcceptsDeliveries(status);
  const byId = new Map(lines.map((l) => [l.id, l]));
  const delivered = new Map<string, string>();
  for (const [lineId, text] of add) {
    const line = byId.get(lineId);
    if (!line) throw new AppError('INVALID_INPUT', { message: 'A delivered line is not part of this order.' });
    const quantity = parseQuantity(text);
    if (quantity === 0n) continue;
    if (quantity < 0n) throw new AppError('INVALID_INPUT', { message: `Line ${line.position}: delivered quantity must be positive.` });
    const open = parseQuantity(line.quantity) - parseQuantity(line.deliveredQuantity);
    if (quantity > open) {
      throw new AppError('INVALID_INPUT', {
        message: `Line ${line.position}: only ${trim(open)} left to deliver (got ${trim(quantity)}).`,
      });
    }
    delivered.set(lineId, formatQuantity(parseQuantity(line.deliveredQuantity) + quantity));
  }
  if (delivered.size === 0) throw new AppError('INVALID_INPUT', { message: 'Enter a delivered quantity for at least one line.' });
  const complete = lines.every((l) => parseQuantity(delivered.get(l.id) ?? l.deliveredQuantity) >= parseQuantity(l.quantity));
  return { delivered, status: complete ? 'delivered' : 'partially_delivered' };
}

/** Everything still to deliver, by line id: what "mark delivered" delivers. */
export function remainingToDeliver(lines: readonly TDeliveryLine[]): Map<string, string> {
  const open = new Map<string, string>();
  for (const l of lines) {
    const rest = parseQuantity(l.quantity) - parseQuantity(l.deliveredQuantity);
    if (rest > 0n) open.set(l.id, formatQuantity(rest));
  }
  return open;
}

export function assertAcceptsDeliveries(status: TOrderStatus): void {
  if (status === 'confirmed' || status === 'partially_delivered') return;
  const message =
    status === 'entered'
      ? 'Confirm the order before recording deliveries.'
      : `This order is ${status.replace('_', ' ')} and takes no more deliveries.`;
  throw new AppError('INVALID_INPUT', { message });
}

/** "12.500" → "12.5", "3.000" → "3": quantities as people write them. */
export function trim(thousandths: bigint): string {
  return formatQuantity(thousandths).replace(/\.?0+$/, '');
}
