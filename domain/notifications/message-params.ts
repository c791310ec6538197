/** The notification kinds the centre knows how to word. */
export const notificationKinds = ['approval_requested', 'approval_decided', 'deal_changed', 'order_status', 'invoice_overdue'] as const;
export type TKnownKind = (typeof notificationKinds)[number];

/** ICU `select` value meaning "leave this part out". */
export const NONE = 'none';

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : typeof value === 'number' ? String(value) : null);
const first = (data: Record<string, unknown>, keys: readonly string[]) => {
  for (const key of keys) {
    const value = text(data[key]);
    if (value !== null) return value;
  }
  return null;
};

/**
 * The message key and ICU parameters for one notification, from its kind
 * and stored `data` (written by whoever raised it; see notify.ts). Tolerant:
 * accepts the usual aliases (quoteNumber / orderNumber / invoiceNumber /
 * number, customerName / customer, ...) and turns a missing optional part
 * into NONE so the sentence leaves it out. Dates stay 'YYYY-MM-DD' for the
 * UI to format; `status` is an order state for the UI to translate.
 */
export function messageParams(kind: string, data: Record<string, unknown>, actorName: string | null, someone: string): { key: TKnownKind | 'other'; params: Record<string, string> } {
  const actor = first(data, ['actorName', 'actor', 'byName']) ?? actorName ?? someone;
  const number = first(data, ['number', 'quoteNumber', 'orderNumber', 'invoiceNumber', 'documentNumber']) ?? '';
  const customer = first(data, ['customerName', 'customer']) ?? NONE;
  switch (kind as TKnownKind) {
    case 'approval_requested':
      return { key: 'approval_requested', params: { actor, number, customer } };
    case 'approval_decided':
      return {
        key: 'approval_decided',
        params: { actor, number, decision: first(data, ['decision', 'approvalStatus', 'status']) ?? 'other', note: first(data, ['note', 'reason', 'approvalNote']) ?? NONE },
      };
    case 'deal_changed':
      return {
        key: 'deal_changed',
        params: {
          actor,
          title: first(data, ['title', 'opportunityTitle']) ?? '',
          change: first(data, ['change', 'kind']) ?? 'other',
          probability: first(data, ['probability']) ?? NONE,
          to: first(data, ['to', 'expectedCloseDate']) ?? '',
        },
      };
    case 'order_status':
      return { key: 'order_status', params: { number, customer, status: first(data, ['status', 'toStatus', 'to']) ?? 'other' } };
    case 'invoice_overdue':
      return { key: 'invoice_overdue', params: { number, customer, due: first(data, ['dueDate', 'due']) ?? NONE } };
    default:
      return { key: 'other', params: {} };
  }
}
