import { randomUUID } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import type { Db } from '../client';
import { accounts, customers, members, opportunities, organizations, pipelines, stages, users } from '../schema';
import type { TRole } from '~/domain/roles';

export const FIXTURE_PASSWORD = 'correct-horse-battery';

export type TOrgFixture = Awaited<ReturnType<typeof createOrgFixture>>;

/**
 * A small organization for integration tests: one user per requested role,
 * one customer, one pipeline with a stage and one open opportunity.
 */
export async function createOrgFixture(db: Db, slug: string, roles: TRole[] = ['admin', 'manager', 'rep', 'viewer'], opts: { currency?: string } = {}) {
  const currency = opts.currency ?? 'EUR';
  const organizationId = `org-${slug}`;
  const password = await hashPassword(FIXTURE_PASSWORD);
  await db.insert(organizations).values({ id: organizationId, name: `Org ${slug}`, slug, currency });
  const people = roles.map((role) => ({
    role,
    userId: randomUUID(),
    memberId: randomUUID(),
    email: `${role}@${slug}.test`,
    name: `${role} ${slug}`,
  }));
  await db.insert(users).values(people.map((p) => ({ id: p.userId, name: p.name, email: p.email, emailVerified: true })));
  await db.insert(accounts).values(
    people.map((p) => ({ id: randomUUID(), accountId: p.userId, providerId: 'credential', userId: p.userId, password })),
  );
  await db.insert(members).values(people.map((p) => ({ id: p.memberId, organizationId, userId: p.userId, role: p.role })));
  const [customer] = await db
    .insert(customers)
    .values({ organizationId, legalName: `Cliente ${slug} S.L.`, country: 'ES', taxId: 'B00000000' })
    .returning();
  const [pipeline] = await db.insert(pipelines).values({ organizationId, name: 'Main', isDefault: true }).returning();
  const [stage] = await db
    .insert(stages)
    .values({ organizationId, pipelineId: pipeline!.id, name: 'Qualify', position: 0, defaultProbability: 20, rottingDays: 14 })
    .returning();
  const owner = people.find((p) => p.role === 'rep') ?? people[0]!;
  const [opportunity] = await db
    .insert(opportunities)
    .values({
      organizationId,
      title: `Deal ${slug}`,
      customerId: customer!.id,
      ownerId: owner.userId,
      pipelineId: pipeline!.id,
      stageId: stage!.id,
      amountMinor: 1_000_000,
      currency,
      probability: 20,
      expectedCloseDate: '2030-01-31',
      rank: 'a0',
    })
    .returning();
  const byRole = Object.fromEntries(people.map((p) => [p.role, p])) as Record<TRole, (typeof people)[number]>;
  return { organizationId, people, byRole, customer: customer!, pipeline: pipeline!, stage: stage!, opportunity: opportunity! };
}
