import { eq } from 'drizzle-orm';
import type { TDbHandle } from '~/db/client';
import { openDb } from '~/db/client';
import { runMigrations } from '~/db/migrate';
import { customers, opportunities } from '~/db/schema';
import { createFuzzWorld } from '~/server/testing/fuzz/fuzz-world';
import { organizationDigest } from '~/server/testing/fuzz/organization-rows';
import { startTestServer } from '~/server/testing/test-server';
import type { TStartInput } from '../../board/server/handlers';

type TState = { handle: TDbHandle; app: Awaited<ReturnType<typeof startTestServer>> };
let state: TState | undefined;

function current(): TState {
  if (!state) throw new Error('fuzz bench server not started');
  return state;
}

/**
 * The fuzz bench's server process: owns the database and the real server
 * (default limits, as in production), builds the fuzz world and digests an
 * organization's rows on request.
 */
export const fuzzServerHandlers = {
  async start(input: TStartInput) {
    const handle = await openDb(input.driver === 'postgres' ? { driver: 'postgres', url: input.url } : { driver: 'pglite' });
    await runMigrations(handle);
    const app = await startTestServer(handle);
    state = { handle, app };
    return { baseUrl: app.baseUrl };
  },
  /**
   * The fuzz world (cookies are made by the parent: sign-in is over HTTP) plus
   * a card of its own for the mover, on a customer of its own, so the fuzzer
   * (which plants the world's ids) cannot move or delete it.
   */
  async createWorld(input: { baseUrl: string }) {
    const { db } = current().handle;
    const { signIn } = await import('~/server/testing/sign-in');
    const world = await createFuzzWorld(db, (email, password) => signIn(input.baseUrl, email, password));
    const [customer] = await db.insert(customers).values({ organizationId: world.a.organizationId, legalName: 'Mover S.L.', country: 'ES' }).returning();
    const [fixture] = await db.select().from(opportunities).where(eq(opportunities.id, world.a.opportunity.id));
    const { id: _id, ...copy } = fixture!;
    const [card] = await db.insert(opportunities).values({ ...copy, title: 'Mover card', customerId: customer!.id, rank: 'a5' }).returning();
    return {
      ids: world.ids,
      cookie: world.cookie,
      manager: { email: world.a.byRole.manager.email },
      foreignOrganizationId: world.b.organizationId,
      moverCard: { id: card!.id, version: card!.version, rank: card!.rank },
    };
  },
  digest: async (input: { organizationId: string }) => organizationDigest(current().handle.db, input.organizationId),
  async close() {
    const closing = state;
    state = undefined;
    if (!closing) return;
    await closing.app.close();
    await closing.handle.close();
  },
};

export type TFuzzServerHandlers = typeof fuzzServerHandlers;
