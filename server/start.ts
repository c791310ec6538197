import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './next-handlers';

/**
 * `npm start`: builds the Next app when no production build exists (so that
 * `npm install && npm start` works on a fresh clone), then starts the server.
 */
if (!existsSync(path.join(projectRoot, '.next', 'BUILD_ID'))) {
  console.log('[dealflow] no production build found: running `next build` (about 30 s)…');
  const result = spawnSync('npx', ['next', 'build'], { cwd: projectRoot, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
await import('./index');
