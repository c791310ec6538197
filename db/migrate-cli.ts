import { getEnv } from '~/env';
import { openDbFromEnv } from './open-from-env';

/** `npm run db:migrate`: applies pending migrations to the configured database and exits. */
try {
  const handle = await openDbFromEnv(getEnv());
  console.log(`migrations applied (${handle.driver}: ${handle.location})`);
  await handle.close();
} catch (error) {
  console.error('migration failed:', error instanceof Error ? error.message : error);
  process.exit(1);
}
