import { describe, expect, it } from 'vitest';
import { AppError } from '../app-error';
import { assertOrderTransition, canChangeOrderStatus, manualOrderTargets, type TOrderChangeCause, type TOrderStatus } from './order-status';

describe('order state machine', () => {
  it.each<[TOrderStatus, TOrderStatus, TOrderChangeCause]>([
    ['entered', 'confirmed', 'manual'],
    ['entered', 'cancelled', 'manual'],
    ['confirmed', 'cancelled', 'manual'],
    ['confirmed', 'delivered', 'manual'],
    ['confirmed', 'partially_delivered', 'delivery'],
    ['confirmed', 'delivered', 'delivery'],
    ['partially_delivered', 'delivered', 'delivery'],
    ['partially_delivered', 'partially_delivered', 'delivery'],
    ['partially_delivered', 'delivered', 'manual'],
    ['delivered', 'invoiced', 'invoicing'],
    ['invoiced', 'delivered', 'invoicing'],
  ])('allows %s → %s (%s)', (from, to, cause) => {
    expect(canChangeOrderStatus(from, to, cause)).toBe(true);
    expect(() => assertOrderTransition(from, to, cause)).not.toThrow();
  });

  it.each<[TOrderStatus, TOrderStatus, TOrderChangeCause, RegExp]>([
    ['invoiced', 'cancelled', 'manual', /cannot be cancelled: it is already invoiced/],
    ['delivered', 'cancelled', 'manual', /cannot be cancelled: it is already delivered/],
    ['partially_delivered', 'cancelled', 'manual', /part of it has been delivered/],
    ['cancelled', 'cancelled', 'manual', /cannot be cancelled: it is cancelled/],
    ['cancelled', 'confirmed', 'manual', /cannot go from cancelled to confirmed/],
    ['delivered', 'invoiced', 'manual', /when its invoices are authorized/],
    ['confirmed', 'partially_delivered', 'manual', /partial delivery/],
    ['partially_delivered', 'partially_delivered', 'manual', /partial delivery/],
    ['entered', 'delivered', 'manual', /Confirm the order/],
    ['confirmed', 'entered', 'manual', /cannot go from confirmed to entered/],
    ['delivered', 'confirmed', 'manual', /cannot go from delivered to confirmed/],
    ['confirmed', 'invoiced', 'invoicing', /cannot go from confirmed to invoiced/],
    ['invoiced', 'delivered', 'manual', /cannot go from invoiced to delivered/],
  ])('refuses %s → %s (%s)', (from, to, cause, message) => {
    expect(canChangeOrderStatus(from, to, cause)).toBe(false);
    let error: unknown;
    try {
      assertOrderTransition(from, to, cause);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('INVALID_INPUT');
    expect((error as AppError).message).toMatch(message);
  });

  it.each<[TOrderStatus, TOrderStatus[]]>([
    ['entered', ['confirmed', 'cancelled']],
    ['confirmed', ['delivered', 'cancelled']],
    ['partially_delivered', ['delivered']],
    ['delivered', []],
    ['invoiced', []],
    ['cancelled', []],
  ])('offers %s → %j by hand', (from, targets) => {
    expect(manualOrderTargets(from)).toEqual(targets);
  });
});
