import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERVER_NODE_FLAGS } from './node-flags';

describe('SERVER_NODE_FLAGS', () => {
  it('are the flags `npm start` gives the server (so benchmarks measure what production runs)', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };
    const options = /NODE_OPTIONS="([^"]*)"/.exec(pkg.scripts.start ?? '')?.[1]?.split(/\s+/) ?? [];
    for (const flag of SERVER_NODE_FLAGS) expect(options).toContain(flag);
  });
});
