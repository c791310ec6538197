import { describe, expect, it } from 'vitest';
import { invoiceBucket } from './invoice-bucket';

describe('invoiceBucket (overdue is derived from the due date)', () => {
  const today = '2026-05-10';
  it.each([
    ['authorized', '2026-05-11', 'pending'],
    ['authorized', '2026-05-10', 'pending'],
    ['authorized', '2026-05-09', 'overdue'],
    ['paid', '2026-01-01', 'paid'],
    ['draft', '2026-01-01', 'draft'],
    ['cancelled', '2026-01-01', null],
  ] as const)('%s due %s → %s', (status, due, expected) => {
    expect(invoiceBucket(status, due, today)).toBe(expected);
  });
});
