import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { createTestDb } from '~/db/testing/test-db';
import { realtimeCensus } from './census';
import { runCycles } from './cycles';
import { openResidents, settleToBaseline, startSoakServer } from './soak-world';

/**
 * The short leak soak (bench:soak runs 10,000 cycles with a heap check):
 * 500 connect/join/disconnect cycles, a third of them dropped mid-handshake,
 * and the server's rooms, presence and sockets must return to baseline.
 */
describe('leak soak (short)', () => {
  let db: Awaited<ReturnType<typeof createTestDb>>;
  let world: Awaited<ReturnType<typeof startSoakServer>>;
  let residents: Socket[] = [];

  beforeAll(async () => {
    db = await createTestDb();
    world = await startSoakServer(db);
    residents = await openResidents(world.clients);
  });
  afterAll(async () => {
    for (const s of residents) s.close();
    await world?.app.close();
    await db?.drop();
  });

  it('500 cycles leave rooms, presence and sockets at baseline', async () => {
    const census = () => realtimeCensus(world.app.server);
    const baseline = census();
    expect(baseline).toMatchObject({ sockets: residents.length, boardWatchers: residents.length, engineClients: residents.length });

    const totals = await runCycles(world.clients, { cycles: 500, parallel: 6 });
    expect(totals.failed, totals.firstError).toBe(0);
    expect(totals).toMatchObject({ full: 250, 'watch-drop': 50, 'mid-auth': 150, 'mid-upgrade': 50 });

    const settled = await settleToBaseline(census, baseline);
    expect(settled.diff).toEqual([]);
  }, 120_000); // ~10 s on a quiet machine; connections are CPU-bound (session and membership lookups)
});
