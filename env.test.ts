import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from './env';

describe('parseEnv', () => {
  it('fills defaults for an empty environment', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ NODE_ENV: 'development', PORT: 3000, DATA_DIR: './data', SEED_DEMO: true });
    expect(env.BASE_URL).toBe('http://localhost:3000');
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it.each([
    [{ PORT: 'http' }, 'PORT: must be a whole number from 1 to 65535 (got "http")'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL: must be a postgres:// or postgresql:// URL'],
    [{ REDIS_URL: 'localhost:6379' }, 'REDIS_URL'],
    [{ BASE_URL: 'crm.example.com' }, 'BASE_URL'],
    [{ SESSION_SECRET: 'short' }, 'SESSION_SECRET: must be at least 32 characters (got "***")'],
    [{ SEED_DEMO: 'maybe' }, 'SEED_DEMO'],
    [{ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x' }, 'SESSION_SECRET: is required in production with Postgres'],
    [{ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL'],
    [{ METRICS_TOKEN: 'short' }, 'METRICS_TOKEN: must be at least 16 characters (got "***")'],
  ])('rejects %j naming the variable', (source, expected) => {
    expect(() => parseEnv(source)).toThrow(EnvError);
    expect(() => parseEnv(source)).toThrow(expected);
  });

  it('logs at warn under test unless LOG_LEVEL says otherwise', () => {
    expect(parseEnv({ NODE_ENV: 'test' }).LOG_LEVEL).toBe('warn');
    expect(parseEnv({ NODE_ENV: 'test', LOG_LEVEL: 'debug' }).LOG_LEVEL).toBe('debug');
    expect(parseEnv({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) }).LOG_LEVEL).toBe('info');
  });

  it('hides credentials in database URLs', () => {
    expect(() => parseEnv({ DATABASE_URL: 'postgres://u:pw@ db' })).toThrow(/postgres:\/\/\*\*\*@ db/);
  });

  it('accepts a complete production configuration', () => {
    const env = parseEnv({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://app@db:5432/dealflow',
      SESSION_SECRET: 'x'.repeat(40),
      PORT: '8080',
      BASE_URL: 'https://crm.example.com',
      REDIS_URL: 'redis://127.0.0.1:6379',
    });
    expect(env.PORT).toBe(8080);
    expect(env.BASE_URL).toBe('https://crm.example.com');
  });
});
