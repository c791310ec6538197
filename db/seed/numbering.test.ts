import { describe, expect, it } from 'vitest';
import { assignNumbers } from './numbering';
import { apportion } from './plan-closed-deals';

describe('assignNumbers', () => {
  it('numbers per year in date order without gaps', () => {
    const docs = [
      { id: 'c', number: '', date: '2026-01-05' },
      { id: 'a', number: '', date: '2025-12-30' },
      { id: 'b', number: '', date: '2026-01-05', createdAt: new Date('2026-01-05T08:00:00Z') },
      { id: 'd', number: '', date: '2025-11-02' },
    ];
    assignNumbers(docs, 'INV', (d) => d.date);
    expect(Object.fromEntries(docs.map((d) => [d.id, d.number]))).toEqual({
      d: 'INV-2025-0001',
      a: 'INV-2025-0002',
      c: 'INV-2026-0001', // no createdAt sorts first on the same day
      b: 'INV-2026-0002',
    });
  });
});

describe('apportion', () => {
  it('splits a total proportionally and exactly', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(1200, [0.45, 1.4, 1]).reduce((a, b) => a + b, 0)).toBe(1200);
  });
});
