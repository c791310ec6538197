import path from 'node:path';
import { fileURLToPath } from 'node:url';
import next from 'next';
import type { TEnv } from '~/env';
import type { TNextHandlers } from './create-server';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Prepares Next (dev with hot reload, or the production build) for the custom server. */
export async function createNextHandlers(env: TEnv): Promise<TNextHandlers> {
  const dev = env.NODE_ENV !== 'production';
  const app = next({ dev, dir: projectRoot, hostname: 'localhost', port: env.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();
  return {
    handle: (req, res) => handle(req, res),
    upgrade: dev ? app.getUpgradeHandler() : undefined,
    close: () => app.close(),
  };
}
