import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scanForSecrets, secretNeedles, SERVER_ONLY_MARKERS } from './bundle-secrets';

describe('the client bundle secret scanner', () => {
  let dir: string;
  const bundle = (files: Record<string, string>) => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'bundle-scan-'));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
    return dir;
  };
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const secret = 'super-secret-signing-key-0123456789';
  const needles = [...secretNeedles({ SESSION_SECRET: secret, DATABASE_URL: 'postgres://app:pw@db:5432/app', PORT: '3000', EMPTY: '' }), ...SERVER_ONLY_MARKERS];

  it('finds nothing in a clean bundle', () => {
    expect(scanForSecrets(bundle({ 'chunks/app.js': 'console.log("hello")', 'css/app.css': 'body{}' }), needles)).toEqual([]);
  });

  it('finds a secret value, plain or URL-encoded, in any file of the tree', () => {
    const leaks = scanForSecrets(
      bundle({ 'chunks/deep/a.js': `const k="${secret}"`, 'media/b.txt': `x=${encodeURIComponent('postgres://app:pw@db:5432/app')}` }),
      needles,
    );
    expect(leaks).toEqual(
      expect.arrayContaining([
        { file: path.join('chunks', 'deep', 'a.js'), label: 'the value of SESSION_SECRET' },
        { file: path.join('media', 'b.txt'), label: 'the value of DATABASE_URL' },
      ]),
    );
  });

  it('finds server-only markers (a bundled env.ts or server module)', () => {
    const leaks = scanForSecrets(bundle({ 'chunks/env.js': 'if(!process.env.SESSION_SECRET)throw Error("DATABASE_URL")' }), needles);
    expect(leaks.map((l) => l.label)).toEqual(expect.arrayContaining([expect.stringContaining('SESSION_SECRET'), expect.stringContaining('DATABASE_URL')]));
  });

  it('skips short configuration values, which would match by chance', () => {
    expect(secretNeedles({ PORT: '3000', HOST: 'localhost' })).toEqual([]);
  });
});
