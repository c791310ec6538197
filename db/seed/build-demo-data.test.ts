import { describe, expect, it } from 'vitest';
import { buildDemoData } from './build-demo-data';
import { addDays, DAY_MS, isoDate } from './calendar';

const cache = new Map<string, ReturnType<typeof buildDemoData>>();
const build = (now: string) => cache.get(now) ?? cache.set(now, buildDemoData(new Date(now), 'hash')).get(now)!;

/** Every Date value in the data, with where it came from. */
function instants(data: ReturnType<typeof buildDemoData>): [string, Date][] {
  return Object.entries(data).flatMap(([table, rows]: [string, Record<string, unknown>[]]) =>
    rows.flatMap((row) => Object.entries(row).flatMap(([key, v]) => (v instanceof Date ? [[`${table}.${key}`, v] as [string, Date]] : []))),
  );
}

describe('buildDemoData anchoring', () => {
  it.each([
    // now, closes expected in the month so far [min, max]
    ['2026-11-01T10:00:00Z', 0, 0],
    ['2026-11-22T10:00:00Z', 30, 55],
    ['2026-02-28T10:00:00Z', 35, 60],
  ])('looks live on %s', (now, minMonthCloses, maxMonthCloses) => {
    const data = build(now);
    const anchor = new Date(`${now.slice(0, 10)}T00:00:00Z`);
    const month = new Date(`${now.slice(0, 8)}01T00:00:00Z`);
    const late = instants(data).filter(([, t]) => t >= anchor);
    expect(late).toEqual([]);
    expect([...data.quotes.map((q) => q.issueDate), ...data.orders.map((o) => o.orderDate), ...data.invoices.map((i) => i.issueDate)].every((d) => d < isoDate(anchor))).toBe(true);

    const closed = data.opportunities.filter((o) => o.status !== 'open');
    expect(closed.filter((o) => o.closedAt! < month)).toHaveLength(1200);
    const thisMonth = closed.filter((o) => o.closedAt! >= month);
    expect(thisMonth.length).toBeGreaterThanOrEqual(minMonthCloses);
    expect(thisMonth.length).toBeLessThanOrEqual(maxMonthCloses);
    expect(closed.every((o) => o.closedAt!.getUTCDay() % 6 !== 0)).toBe(true);
    // This month's wins have their orders.
    const wonIds = new Set(thisMonth.filter((o) => o.status === 'won').map((o) => o.id));
    expect(data.orders.filter((o) => wonIds.has(o.opportunityId ?? '')).length).toBe(wonIds.size);

    const open = data.opportunities.filter((o) => o.status === 'open');
    expect(open).toHaveLength(300);
    const rottingDays = new Map(data.stages.map((s) => [s.id!, s.rottingDays!]));
    const rotting = (at: Date) => open.filter((o) => o.stageEnteredAt!.getTime() < at.getTime() - rottingDays.get(o.stageId)! * DAY_MS).length;
    expect(rotting(anchor)).toBe(54); // 18 %
    expect(rotting(new Date(anchor.getTime() + DAY_MS - 1))).toBe(54); // all day long
    const overdue = (date: Date) => open.filter((o) => o.expectedCloseDate < isoDate(date)).length;
    expect(overdue(anchor)).toBe(18); // 6 %
    expect(overdue(addDays(anchor, 2))).toBe(18); // also on the next day in Madrid
    expect(open.every((o) => o.expectedCloseDate <= isoDate(addDays(anchor, 186)))).toBe(true);
    expect(data.quotas.every((q) => q.month.endsWith('-01'))).toBe(true);
  });

  it('is identical for the same day and keeps cast and full months within a month', () => {
    expect(buildDemoData(new Date('2026-11-22T23:59:59Z'), 'hash')).toEqual(build('2026-11-22T10:00:00Z'));
    const first = build('2026-11-01T10:00:00Z');
    const later = build('2026-11-22T10:00:00Z');
    expect(later.users).toEqual(first.users);
    expect(later.products).toEqual(first.products);
    const cast = (d: typeof first) => d.customers.map(({ createdAt: _c, updatedAt: _u, ...c }) => c);
    expect(cast(later)).toEqual(cast(first));
    const history = (d: typeof first) => d.opportunities.filter((o) => o.closedAt && o.closedAt < new Date('2026-11-01T00:00:00Z'));
    expect(history(later)).toHaveLength(1200);
    expect(history(later).map((o) => [o.id, o.closedAt, o.amountMinor])).toEqual(history(first).map((o) => [o.id, o.closedAt, o.amountMinor]));
    expect(later.quotas).toEqual(first.quotas);
  });
});
