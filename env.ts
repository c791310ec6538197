import { z } from 'zod';

/**
 * The one validated configuration module. Nothing else reads `process.env`.
 *
 * A bad value stops start-up with a message naming the variable, e.g.
 * `PORT: must be a whole number from 1 to 65535 (got "http")`.
 */
const ZPostgresUrlSchema = z
  .string()
  .trim()
  .regex(/^postgres(ql)?:\/\/\S+$/, 'must be a postgres:// or postgresql:// URL');

const ZEnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: ZPostgresUrlSchema.optional(),
    DATA_DIR: z.string().trim().min(1).default('./data'),
    REDIS_URL: z
      .string()
      .trim()
      .regex(/^rediss?:\/\/\S+$/, 'must be a redis:// or rediss:// URL')
      .optional(),
    PORT: z.coerce
      .number({ error: 'must be a whole number from 1 to 65535' })
      .int('must be a whole number from 1 to 65535')
      .min(1, 'must be a whole number from 1 to 65535')
      .max(65535, 'must be a whole number from 1 to 65535')
      .default(3000),
    HOST: z.string().trim().min(1).default('0.0.0.0'),
    BASE_URL: z.url({ error: 'must be an absolute URL such as https://crm.example.com' }).optional(),
    SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    SEED_DEMO: z
      .enum(['true', 'false', '1', '0'], { error: 'must be true or false' })
      .default('true')
      .transform((v) => v === 'true' || v === '1'),
    /** pino level; default `info`, and `warn` under NODE_ENV=test so the suite stays quiet. */
    LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info'),
    /** Bearer token that opens `/metrics` to non-loopback scrapers; without it only loopback may scrape. */
    METRICS_TOKEN: z.string().trim().min(16, 'must be at least 16 characters').optional(),
    /**
     * Behind a reverse proxy or load balancer: take the client address from
     * the first X-Forwarded-For entry (sign-in throttling is per address).
     * Leave false when clients connect directly, or they could spoof it.
     */
    TRUST_PROXY: z
      .enum(['true', 'false', '1', '0'], { error: 'must be true or false' })
      .default('false')
      .transform((v) => v === 'true' || v === '1'),
    /** How often the server recomputes every organization's forecast (ms); 0 turns the schedule off (runs after changes stay). */
    FORECAST_INTERVAL_MS: z.coerce
      .number({ error: 'must be a whole number of milliseconds' })
      .int('must be a whole number of milliseconds')
      .min(0, 'must be 0 (off) or at least 10000')
      .refine((v) => v === 0 || v >= 10_000, 'must be 0 (off) or at least 10000')
      .default(300_000),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && env.DATABASE_URL && !env.SESSION_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['SESSION_SECRET'],
        message: 'is required in production with Postgres (generate one with `openssl rand -base64 48`)',
      });
    }
  });

export type TEnv = z.infer<typeof ZEnvSchema> & { BASE_URL: string };

/** Thrown when the environment is invalid; `message` lists every bad variable. */
export class EnvError extends Error {
  override name = 'EnvError';
}

/** Parses an environment record; pure, so tests can pass their own. */
export function parseEnv(source: Record<string, string | undefined>): TEnv {
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, v]) => v !== undefined && v !== ''),
  );
  const result = ZEnvSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const name = issue.path.join('.') || '(environment)';
      const got = cleaned[name];
      const shown = got === undefined ? '' : ` (got ${JSON.stringify(redact(name, got))})`;
      return `  ${name}: ${issue.message}${shown}`;
    });
    throw new EnvError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const env = result.data;
  const logLevel = cleaned.LOG_LEVEL === undefined && env.NODE_ENV === 'test' ? 'warn' : env.LOG_LEVEL;
  return { ...env, LOG_LEVEL: logLevel, BASE_URL: env.BASE_URL ?? `http://localhost:${env.PORT}` };
}

function redact(name: string, value: string): string {
  if (/SECRET|PASSWORD|TOKEN/.test(name)) return '***';
  return value.replace(/\/\/[^@/]*@/, '//***@');
}

const holder = globalThis as unknown as { __dealflowEnv?: TEnv };

/** The process environment, parsed once and cached for the process. */
export function getEnv(): TEnv {
  holder.__dealflowEnv ??= parseEnv(process.env);
  return holder.__dealflowEnv;
}

const ZTestEnvSchema = z.object({
  TEST_DATABASE_URL: ZPostgresUrlSchema.optional().or(z.literal('').transform(() => undefined)),
});

/** Test-harness configuration: TEST_DATABASE_URL switches integration tests to Postgres. */
export function getTestEnv() {
  const result = ZTestEnvSchema.safeParse({ TEST_DATABASE_URL: process.env.TEST_DATABASE_URL });
  if (!result.success) throw new EnvError(`Invalid configuration:\n  TEST_DATABASE_URL: ${result.error.issues[0]?.message}`);
  return result.data;
}
