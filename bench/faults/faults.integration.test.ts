import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '~/db/testing/postgres-admin';
import { createFaultTarget, type TFaultTarget } from './lib/target';
import { runConvergence } from './scenarios/convergence';

const pgUrl = testDatabaseUrl();
const driver = pgUrl ? 'postgres' : 'pglite';

/**
 * Reduced fault runs against real server processes (see bench/faults/README
 * section in bench/README.md; `npm run bench:faults` runs the full sizes).
 */
describe(`fault harness on ${driver}`, () => {
  let target: TFaultTarget;
  beforeAll(async () => {
    target = await createFaultTarget({ driver, pgAdminUrl: pgUrl, cards: 24 });
  });
  afterAll(async () => {
    await target?.dispose();
  });

  it('10 clients × 500 partly conflicting moves: no lost write, every client converges', async () => {
    const result = await runConvergence(target, { clients: 10, moves: 500 });
    expect(result.diverged).toEqual([]);
    expect(result.violations).toEqual({ lostWrites: [], badRefusals: [], versionGaps: [], duplicates: [] });
    expect(result.moves).toBe(500);
    expect(result.ok).toBeGreaterThan(100);
    expect(result.conflicts).toBeGreaterThan(0);
  }, 60_000);
});
