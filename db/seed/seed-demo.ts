import { hashPassword } from 'better-auth/crypto';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, DbOrTx } from '~/db/client';
import { AppError } from '~/domain/app-error';
import { buildDemoData } from './build-demo-data';
import { isDatabaseEmpty, truncateAllTables } from './database-state';
import { DEMO_PASSWORD } from './data/people';
import type { TDemoData } from './types';
import { writeDemoData } from './write-demo-data';

const ZSeedOptionsSchema = z.object({
  /** The current time; data is anchored to 00:00 UTC of its day. */
  now: z.date({ error: 'now must be a valid Date' }),
});
export type TSeedOptions = z.infer<typeof ZSeedOptionsSchema>;

/** Row counts per table of what was written. */
export type TSeedSummary = { organizationId: string; rows: Record<keyof TDemoData, number> };

/** Arbitrary key of the advisory lock that serialises concurrent seeders. */
const SEED_LOCK_KEY = 727_002;

/**
 * Seeds the demo organization in one transaction. Refuses (CONFLICT) unless
 * the database is empty, so it never mixes demo data into real data; two
 * processes seeding at once are serialised and the second one refuses.
 */
export async function seedDemo(db: Db, options: TSeedOptions): Promise<TSeedSummary> {
  const { now } = ZSeedOptionsSchema.parse(options);
  const data = buildDemoData(now, await hashPassword(DEMO_PASSWORD));
  await db.transaction(async (tx) => {
    await lockSeeding(tx);
    if (!(await isDatabaseEmpty(tx))) {
      throw new AppError('CONFLICT', {
        message: 'The database already has data, so the demo was not seeded. Run `npm run db:seed -- --reset` to wipe it and seed again.',
      });
    }
    await writeDemoData(tx, data);
  });
  return summarize(data);
}

/** Deletes every row of every app table, then seeds the demo, all in one transaction. */
export async function resetAndSeed(db: Db, options: TSeedOptions): Promise<TSeedSummary> {
  const { now } = ZSeedOptionsSchema.parse(options);
  const data = buildDemoData(now, await hashPassword(DEMO_PASSWORD));
  await db.transaction(async (tx) => {
    await lockSeeding(tx);
    await truncateAllTables(tx);
    await writeDemoData(tx, data);
  });
  return summarize(data);
}

async function lockSeeding(tx: DbOrTx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
}

function summarize(data: TDemoData): TSeedSummary {
  const rows = Object.fromEntries(Object.entries(data).map(([table, list]) => [table, list.length])) as TSeedSummary['rows'];
  return { organizationId: data.organizations[0]!.id, rows };
}
