import { describe, expect, it } from 'vitest';
import { messageParams, NONE } from './message-params';

describe('messageParams', () => {
  it('reads the board move notification the move statement writes', () => {
    const data = { opportunityId: 'x', title: 'Renovación Acme', actorName: 'Ana García', change: 'moved', probability: 75, stageId: 's' };
    expect(messageParams('deal_changed', data, null, 'Someone')).toEqual({
      key: 'deal_changed',
      params: { actor: 'Ana García', title: 'Renovación Acme', change: 'moved', probability: '75', to: '' },
    });
  });

  it('accepts aliases and leaves missing optional parts out', () => {
    expect(messageParams('approval_requested', { quoteNumber: 'Q-2026-0007' }, 'Luis', 'Someone')).toEqual({
      key: 'approval_requested',
      params: { actor: 'Luis', number: 'Q-2026-0007', customer: NONE },
    });
    expect(messageParams('invoice_overdue', { invoiceNumber: 'F-2026-0001', customerName: 'Acme', dueDate: '2026-04-01' }, null, 'Someone').params).toEqual({
      number: 'F-2026-0001', customer: 'Acme', due: '2026-04-01',
    });
    expect(messageParams('order_status', { number: 'O-1', toStatus: 'confirmed' }, null, 'x').params.status).toBe('confirmed');
    expect(messageParams('approval_decided', { number: 'Q-1', decision: 'rejected', note: '  ' }, null, 'Alguien').params).toEqual({
      actor: 'Alguien', number: 'Q-1', decision: 'rejected', note: NONE,
    });
  });

  it('words an unknown kind generically', () => {
    expect(messageParams('something_new', {}, null, 'x')).toEqual({ key: 'other', params: {} });
  });
});
