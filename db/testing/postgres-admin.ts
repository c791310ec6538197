import { getTestEnv } from '~/env';

/** The migrated template every Postgres test database is cloned from. */
export const TEMPLATE_DB = 'dealflow_test_template';

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
