import { describe, expect, it } from 'vitest';
import { AppError } from '../app-error';
import { dueDate, isoDateIn } from './due-date';
import { assertInvoiceTransition, invoiceDisplayStatus, type TInvoiceStatus } from './invoice-status';

describe('invoice state machine', () => {
  it.each<[TInvoiceStatus, TInvoiceStatus]>([
    ['draft', 'authorized'],
    ['draft', 'cancelled'],
    ['authorized', 'paid'],
    ['authorized', 'cancelled'],
  ])('allows %s → %s', (from, to) => {
    expect(() => assertInvoiceTransition(from, to)).not.toThrow();
  });

  it.each<[TInvoiceStatus, TInvoiceStatus, RegExp]>([
    ['draft', 'paid', /Authorize the invoice before marking it paid/],
    ['paid', 'cancelled', /is paid and cannot change/],
    ['paid', 'authorized', /is paid and cannot change/],
    ['cancelled', 'authorized', /is cancelled and cannot change/],
    ['authorized', 'authorized', /already authorized/],
    ['authorized', 'draft', /cannot go from authorized to draft/],
  ])('refuses %s → %s', (from, to, message) => {
    expect(() => assertInvoiceTransition(from, to)).toThrow(message);
    expect(() => assertInvoiceTransition(from, to)).toThrow(AppError);
  });
});

describe('invoiceDisplayStatus', () => {
  it.each<[TInvoiceStatus, string, string, string]>([
    ['authorized', '2026-03-10', '2026-03-09', 'pending'],
    ['authorized', '2026-03-10', '2026-03-10', 'pending'], // due today is not overdue yet
    ['authorized', '2026-03-10', '2026-03-11', 'overdue'],
    ['authorized', '2025-12-31', '2026-01-01', 'overdue'],
    ['paid', '2020-01-01', '2026-01-01', 'paid'],
    ['draft', '2020-01-01', '2026-01-01', 'draft'],
    ['cancelled', '2020-01-01', '2026-01-01', 'cancelled'],
  ])('%s due %s on %s → %s', (status, due, today, expected) => {
    expect(invoiceDisplayStatus({ status, dueDate: due }, today)).toBe(expected);
  });
});

describe('dueDate from payment terms', () => {
  it.each([
    ['2026-01-31', 30, '2026-03-02'],
    ['2024-02-15', 15, '2024-03-01'], // leap year
    ['2026-12-15', 30, '2027-01-14'],
    ['2026-06-01', 0, '2026-06-01'],
    ['2026-03-28', 60, '2026-05-27'], // across the DST change: calendar days, no drift
  ])('%s + %i days → %s', (issue, days, due) => {
    expect(dueDate(issue, days)).toBe(due);
  });

  it.each([
    ['2026-02-30', 30],
    ['31/01/2026', 30],
    ['2026-01-31', -1],
    ['2026-01-31', 1.5],
  ])('refuses %s + %s', (issue, days) => {
    expect(() => dueDate(issue, days)).toThrow(AppError);
  });

  it('reads today in the organization time zone', () => {
    const now = new Date('2026-03-31T22:30:00Z');
    expect(isoDateIn(now, 'Europe/Madrid')).toBe('2026-04-01');
    expect(isoDateIn(now, 'America/Lima')).toBe('2026-03-31');
  });
});
