/**
 * Pure summaries for a customer's 360° page. Amounts are integer minor units;
 * only documents in the organization's currency are summed, the others are
 * counted in `otherCurrency` so a total never mixes currencies. Dates are
 * 'YYYY-MM-DD' in the organization's time zone.
 */
export type TTile = { count: number; grossMinor: number };
const emptyTile = (): TTile => ({ count: 0, grossMinor: 0 });

type TDoc = { grossMinor: number; currency: string };
export type TInvoiceRow = TDoc & { status: 'draft' | 'authorized' | 'paid' | 'cancelled'; dueDate: string };
export type TOrderRow = TDoc & { status: 'entered' | 'confirmed' | 'partially_delivered' | 'delivered' | 'invoiced' | 'cancelled' };
export type TQuoteRow = TDoc & { status: 'draft' | 'sent' | 'accepted' | 'rejected' | 'expired' };

/**
 * What an invoice means to the customer today: an authorized, unpaid invoice
 * is `overdue` once its due date has passed (due today is still `pending`).
 */
export type TInvoiceState = 'draft' | 'pending' | 'overdue' | 'paid' | 'cancelled';
export function invoiceState(invoice: Pick<TInvoiceRow, 'status' | 'dueDate'>, today: string): TInvoiceState {
  if (invoice.status !== 'authorized') return invoice.status;
  return invoice.dueDate < today ? 'overdue' : 'pending';
}

function add(tile: TTile, doc: TDoc) {
  tile.count += 1;
  tile.grossMinor += doc.grossMinor;
}

/** Authorized (= pending + overdue, still to collect), pending, overdue and paid. Drafts and cancelled are left out. */
export function summarizeInvoices(rows: readonly TInvoiceRow[], currency: string, today: string) {
  const out = { authorized: emptyTile(), pending: emptyTile(), overdue: emptyTile(), paid: emptyTile(), otherCurrency: 0 };
  for (const row of rows) {
    const state = invoiceState(row, today);
    if (state === 'draft' || state === 'cancelled') continue;
    if (row.currency !== currency) {
      out.otherCurrency += 1;
      continue;
    }
    if (state === 'paid') add(out.paid, row);
    else {
      add(out.authorized, row);
      add(state === 'overdue' ? out.overdue : out.pending, row);
    }
  }
  return out;
}

/** Orders: total (everything not cancelled), closed (delivered or invoiced) and open (the rest). */
export function summarizeOrders(rows: readonly TOrderRow[], currency: string) {
  const out = { total: emptyTile(), closed: emptyTile(), open: emptyTile(), otherCurrency: 0 };
  for (const row of rows) {
    if (row.status === 'cancelled') continue;
    if (row.currency !== currency) {
      out.otherCurrency += 1;
      continue;
    }
    add(out.total, row);
    add(row.status === 'delivered' || row.status === 'invoiced' ? out.closed : out.open, row);
  }
  return out;
}

/** Quotes: open (draft or sent), accepted, and all of them. */
export function summarizeQuotes(rows: readonly TQuoteRow[], currency: string) {
  const out = { total: emptyTile(), open: emptyTile(), accepted: emptyTile(), otherCurrency: 0 };
  for (const row of rows) {
    if (row.currency !== currency) {
      out.otherCurrency += 1;
      continue;
    }
    add(out.total, row);
    if (row.status === 'draft' || row.status === 'sent') add(out.open, row);
    if (row.status === 'accepted') add(out.accepted, row);
  }
  return out;
}
