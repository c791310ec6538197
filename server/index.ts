import { getEnv, EnvError, type TEnv } from '~/env';
import { openDbFromEnv } from '~/db/open-from-env';
import { eq } from 'drizzle-orm';
import type { Db } from '~/db/client';
import { organizations } from '~/db/schema';
import { AppError } from '~/domain/app-error';
import { demoLogins, DEMO_PASSWORD, isDatabaseEmpty, seedDemo } from '~/db/seed';
import { createDealflowServer, type TDealflowServer } from './create-server';
import { createNextHandlers } from './next-handlers';
import { rootLogger } from './observability/logger';

/**
 * Process entry point: validate env, open and migrate the database, seed the
 * demo organization on an empty database, start Next + tRPC + socket.io on
 * one port, and shut down gracefully on SIGTERM/SIGINT.
 */
async function main() {
  let env: TEnv;
  try {
    env = getEnv();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  const holder = globalThis as unknown as { __dealflowServer?: TDealflowServer };
  const log = rootLogger();
  const handle = await openDbFromEnv(env);
  log.info({ driver: handle.driver, location: handle.location }, 'database open');
  let seeded = false;
  if (env.SEED_DEMO && (await isDatabaseEmpty(handle.db))) {
    const started = Date.now();
    log.info('empty database: seeding the demo organization');
    try {
      await seedDemo(handle.db, { now: new Date() });
      log.info({ ms: Date.now() - started }, 'demo data ready');
      seeded = true;
    } catch (error) {
      // Another process seeded first (the seed holds an advisory lock): nothing to do.
      if (!(error instanceof AppError && error.code === 'CONFLICT')) throw error;
      log.info('another process seeded the database meanwhile');
    }
  }

  const nextHandlers = await createNextHandlers(env);
  const server = await createDealflowServer({ env, handle, next: nextHandlers, logger: log });
  holder.__dealflowServer = server;
  await new Promise<void>((resolve, reject) => {
    server.httpServer.once('error', reject);
    server.httpServer.listen(env.PORT, env.HOST, resolve);
  });

  log.info({ url: env.BASE_URL, nodeEnv: env.NODE_ENV }, `Dealflow is running at ${env.BASE_URL}`);
  if (seeded || (await hasDemoOrganization(handle.db))) printLogins();

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 20_000);
    force.unref();
    server
      .close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

async function hasDemoOrganization(db: Db): Promise<boolean> {
  const rows = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, 'demo')).limit(1);
  return rows.length > 0;
}

function printLogins() {
  console.log('  Demo logins (password for all: %s):', DEMO_PASSWORD);
  for (const login of demoLogins) console.log(`    ${login.role.padEnd(8)} ${login.email}  (${login.name})`);
  console.log('');
}

main().catch((error: unknown) => {
  rootLogger().fatal({ err: error }, 'failed to start');
  process.exit(1);
});
