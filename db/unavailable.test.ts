import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './unavailable';

const wrapped = (code: string) => Object.assign(new Error('Failed query: update …'), { cause: Object.assign(new Error('driver'), { code }) });

describe('isDatabaseUnavailable', () => {
  it.each(['ECONNREFUSED', 'ECONNRESET', 'CONNECTION_CLOSED', 'CONNECT_TIMEOUT', '57P01', '57P03', '08006', '08001'])('%s (wrapped by drizzle) is an outage', (code) => {
    expect(isDatabaseUnavailable(wrapped(code))).toBe(true);
  });
  it.each(['23505', '40001', '42P01', 'ENOENT'])('%s is not', (code) => {
    expect(isDatabaseUnavailable(wrapped(code))).toBe(false);
  });
  it('ignores errors without a code', () => {
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});
