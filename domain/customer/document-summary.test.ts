import { describe, expect, it } from 'vitest';
import { invoiceState, summarizeInvoices, summarizeOrders, summarizeQuotes } from './document-summary';
import { mergeTimeline, type TTimelineEntry } from './timeline';

const TODAY = '2026-03-15';

describe('invoiceState', () => {
  it.each([
    ['authorized', '2026-03-14', 'overdue'],
    ['authorized', '2026-03-15', 'pending'], // due today is not late yet
    ['authorized', '2026-04-30', 'pending'],
    ['paid', '2026-01-01', 'paid'], // paid late is still just paid
    ['draft', '2026-01-01', 'draft'],
    ['cancelled', '2026-01-01', 'cancelled'],
  ] as const)('%s due %s is %s', (status, dueDate, state) => {
    expect(invoiceState({ status, dueDate }, TODAY)).toBe(state);
  });
});

describe('summaries', () => {
  it('splits invoices into authorized = pending + overdue, and paid; skips drafts, cancelled and other currencies', () => {
    const s = summarizeInvoices(
      [
        { status: 'authorized', dueDate: '2026-03-01', grossMinor: 1000, currency: 'EUR' },
        { status: 'authorized', dueDate: '2026-03-31', grossMinor: 250, currency: 'EUR' },
        { status: 'paid', dueDate: '2026-02-01', grossMinor: 700, currency: 'EUR' },
        { status: 'draft', dueDate: '2026-02-01', grossMinor: 9, currency: 'EUR' },
        { status: 'cancelled', dueDate: '2026-02-01', grossMinor: 9, currency: 'EUR' },
        { status: 'authorized', dueDate: '2026-03-01', grossMinor: 5, currency: 'USD' },
      ],
      'EUR',
      TODAY,
    );
    expect(s).toEqual({
      authorized: { count: 2, grossMinor: 1250 },
      pending: { count: 1, grossMinor: 250 },
      overdue: { count: 1, grossMinor: 1000 },
      paid: { count: 1, grossMinor: 700 },
      otherCurrency: 1,
    });
  });

  it('counts orders as total (not cancelled), closed (delivered/invoiced) and open', () => {
    const s = summarizeOrders(
      [
        { status: 'entered', grossMinor: 100, currency: 'EUR' },
        { status: 'partially_delivered', grossMinor: 200, currency: 'EUR' },
        { status: 'delivered', grossMinor: 300, currency: 'EUR' },
        { status: 'invoiced', grossMinor: 400, currency: 'EUR' },
        { status: 'cancelled', grossMinor: 999, currency: 'EUR' },
      ],
      'EUR',
    );
    expect(s.total).toEqual({ count: 4, grossMinor: 1000 });
    expect(s.closed).toEqual({ count: 2, grossMinor: 700 });
    expect(s.open).toEqual({ count: 2, grossMinor: 300 });
  });

  it('counts open quotes as draft or sent', () => {
    const s = summarizeQuotes(
      [
        { status: 'draft', grossMinor: 1, currency: 'EUR' },
        { status: 'sent', grossMinor: 2, currency: 'EUR' },
        { status: 'accepted', grossMinor: 4, currency: 'EUR' },
        { status: 'expired', grossMinor: 8, currency: 'EUR' },
      ],
      'EUR',
    );
    expect(s).toMatchObject({ total: { count: 4, grossMinor: 15 }, open: { count: 2, grossMinor: 3 }, accepted: { count: 1, grossMinor: 4 } });
  });
});

describe('mergeTimeline', () => {
  const entry = (id: string, at: string): TTimelineEntry => ({ id, at, source: 'order', action: 'x', refId: id, refLabel: id, actorName: null });
  it('merges sources newest first, stable on ties, and keeps the limit', () => {
    const merged = mergeTimeline(
      [
        [entry('a', '2026-03-01T10:00:00.000Z'), entry('b', '2026-03-03T10:00:00.000Z')],
        [entry('d', '2026-03-02T10:00:00.000Z'), entry('c', '2026-03-02T10:00:00.000Z')],
      ],
      3,
    );
    expect(merged.map((e) => e.id)).toEqual(['b', 'c', 'd']);
  });
});
