import tseslint from 'typescript-eslint';

/**
 * Lint = type-aware-free TypeScript rules plus the architecture rules of
 * STYLE.md: who may import what, and `process.env` only in env.ts.
 */
const restrict = (patterns) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { patterns: patterns.map((p) => ({ ...p, allowTypeImports: p.allowTypeImports ?? false })) }],
});

const serverRuntime = { group: ['~/server/*', '~/server/**', '**/server/**'], message: 'app/ may only import types from server/.', allowTypeImports: true };
const dbRuntime = { group: ['~/db/*', '~/db/**', '**/db/**'], message: 'app/ never imports db/.', allowTypeImports: true };
const envModule = { group: ['~/env', '**/env'], message: 'Only server/, db/ and jobs/ read configuration.' };

export default tseslint.config(
  { ignores: ['node_modules/**', '.next/**', 'data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', 'db/migrations/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration through env.ts.' }],
    },
  },
  { files: ['env.ts'], rules: { 'no-restricted-properties': 'off' } },
  { files: ['app/**'], rules: restrict([serverRuntime, dbRuntime, envModule, { group: ['~/jobs/**'], message: 'app/ never imports jobs/.' }]) },
  {
    files: ['domain/**'],
    rules: restrict([
      { group: ['~/server/**', '~/db/**', '~/jobs/**', '~/app/**', '~/env', 'node:*', 'postgres', 'drizzle-orm*', 'socket.io*'], message: 'domain/ is pure: no I/O, no env, no other layers.' },
    ]),
  },
  { files: ['db/**'], rules: restrict([{ group: ['~/server/**', '~/app/**', '~/jobs/**'], message: 'db/ may import only env and domain.' }]) },
  { files: ['jobs/**'], rules: restrict([{ group: ['~/server/**', '~/app/**'], message: 'jobs/ may import db/, domain/ and env only.' }]) },
  { files: ['server/**'], rules: restrict([{ group: ['~/app/**', '~/jobs/**'], message: 'server/ never imports app/ or jobs/.' }]) },
);
