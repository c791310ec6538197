import { describe, expect, it } from 'vitest';
import { AppError } from '../app-error';
import { assertQuoteEditable, assertQuoteTransition, canTransitionQuote, quoteStatuses, type TQuoteStatus } from './quote-status';

const allowed: [TQuoteStatus, TQuoteStatus][] = [
  ['draft', 'sent'],
  ['sent', 'accepted'],
  ['sent', 'rejected'],
  ['sent', 'expired'],
];
const isAllowed = (from: TQuoteStatus, to: TQuoteStatus) => allowed.some(([f, t]) => f === from && t === to);
const every = quoteStatuses.flatMap((from) => quoteStatuses.map((to) => [from, to] as [TQuoteStatus, TQuoteStatus]));

describe('quote status machine', () => {
  it.each(every)('%s → %s', (from, to) => {
    expect(canTransitionQuote(from, to)).toBe(isAllowed(from, to));
    if (isAllowed(from, to)) expect(() => assertQuoteTransition(from, to)).not.toThrow();
    else expect(() => assertQuoteTransition(from, to)).toThrow(AppError);
  });

  it.each([
    ['draft', 'accepted', 'A draft quote cannot become accepted (from draft it can only become sent).'],
    ['sent', 'draft', 'A sent quote cannot become draft (from sent it can only become accepted or rejected or expired).'],
    ['accepted', 'rejected', 'A accepted quote cannot become rejected (accepted is final).'],
  ] as const)('explains %s → %s', (from, to, message) => {
    try {
      assertQuoteTransition(from, to);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'INVALID_INPUT', message });
    }
  });

  it.each(quoteStatuses)('only drafts are editable: %s', (status) => {
    if (status === 'draft') expect(() => assertQuoteEditable(status)).not.toThrow();
    else expect(() => assertQuoteEditable(status)).toThrow(/only draft quotes can be edited/);
  });
});
