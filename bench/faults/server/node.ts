import { createInterface } from 'node:readline';
import { openDbFromEnv } from '~/db/open-from-env';
import { parseEnv } from '~/env';
import { createDealflowServer } from '~/server/create-server';
import { createBenchOrg } from '../../board/server/bench-org';
import { ZFaultServerConfigSchema, type TFaultServerConfig } from './config';
import { installKillPoint } from './kill-point';

/**
 * A real Dealflow server process (tRPC over HTTP and WebSocket, auth,
 * socket.io, health; no Next) for fault tests, on a fixed port so clients
 * reconnect to the same address after a restart. Started by
 * bench/faults/lib/server-process.ts; prints `ready` on stdout once listening.
 * `seed` mode creates an organization and prints it as JSON instead.
 */
async function main(config: TFaultServerConfig) {
  const env = parseEnv({
    NODE_ENV: 'test',
    PORT: String(config.port),
    HOST: '127.0.0.1',
    BASE_URL: `http://127.0.0.1:${config.port}`,
    SESSION_SECRET: 'fault-test-secret-'.padEnd(40, 'x'),
    SEED_DEMO: 'false',
    FORECAST_INTERVAL_MS: '0',
    LOG_LEVEL: 'warn',
    ...(config.db.driver === 'postgres' ? { DATABASE_URL: config.db.url } : { DATA_DIR: config.db.dataDir }),
    REDIS_URL: config.redisUrl,
  });
  const handle = await openDbFromEnv(env);
  if (config.mode === 'seed') {
    const org = await createBenchOrg(handle.db, config.seed!.slug, config.seed!.cards);
    process.stdout.write(`${JSON.stringify(org)}\n`);
    await handle.close();
    return;
  }
  const server = await createDealflowServer({ env, handle, graceMs: 1000 });
  if (config.killPoint) {
    const { arm } = installKillPoint(server.io, handle, config.killPoint);
    // The harness writes `arm` on stdin when the kill point may start counting.
    createInterface({ input: process.stdin }).on('line', (line) => line === 'arm' && arm());
  }
  await new Promise<void>((resolve, reject) => {
    server.httpServer.once('error', reject);
    server.httpServer.listen(env.PORT, env.HOST, resolve);
  });
  process.stdout.write('ready\n');
  const stop = () => void server.close().then(() => process.exit(0), () => process.exit(1));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main(ZFaultServerConfigSchema.parse(JSON.parse(process.argv[2] ?? '{}'))).catch((error: unknown) => {
  console.error('[fault-server] failed:', error);
  process.exit(1);
});
