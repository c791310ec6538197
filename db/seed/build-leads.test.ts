import { describe, expect, it } from 'vitest';
import { buildDemoData } from './build-demo-data';

describe('demo leads', () => {
  const data = buildDemoData(new Date('2026-03-18T10:00:00Z'), 'hash');
  it('has 25 leads: new, disqualified with a reason, and qualified into real customer/contact/opportunity links', () => {
    const of = (status: string) => data.leads.filter((l) => l.status === status);
    const byStatus = { new: of('new'), disqualified: of('disqualified'), qualified: of('qualified') };
    expect(data.leads).toHaveLength(25);
    expect(byStatus.new).toHaveLength(18);
    expect(byStatus.disqualified.every((l) => l.disqualifyReason && l.decidedBy && l.decidedAt)).toBe(true);
    expect(byStatus.qualified).toHaveLength(3);
    for (const lead of byStatus.qualified) {
      const opportunity = data.opportunities.find((o) => o.id === lead.opportunityId)!;
      expect(opportunity.customerId).toBe(lead.customerId);
      expect(data.contacts.find((c) => c.id === lead.contactId)!.customerId).toBe(lead.customerId);
      expect(lead.decidedAt!.getTime()).toBeGreaterThanOrEqual(lead.createdAt!.getTime());
    }
  });

  it('is deterministic for a day', () => {
    const again = buildDemoData(new Date('2026-03-18T22:00:00Z'), 'other-hash');
    expect(again.leads).toEqual(data.leads);
  });
});
