import { getTestEnv } from '~/env';

/**
 * The migrated template every Postgres test database of this run is cloned
 * from. Named per run (the global setup's pid, passed to workers through
 * vitest's provide/inject), so concurrent runs on one server never collide.
 */
export const templateDbName = (runId: string) => `dealflow_test_template_${runId}`;

/** TEST_DATABASE_URL, or undefined to test on PGlite. */
export function testDatabaseUrl(): string | undefined {
  return getTestEnv().TEST_DATABASE_URL;
}

/** The same server URL pointing at another database. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
