import { describe, expect, it } from 'vitest';
import { isLocalDatabase, sessionIdOf } from './backend-priority';

describe('isLocalDatabase', () => {
  it.each([
    ['postgres://postgres@127.0.0.1:5432/test', true],
    ['postgres://app@localhost/dealflow', true],
    ['postgres://app@[::1]:5432/dealflow', true],
    ['postgres://app@db/dealflow?host=/var/run/postgresql', true],
    ['postgres://app:secret@db.internal:5433/dealflow?sslmode=require', false],
    ['postgres://app@10.0.0.7/dealflow', false],
    ['postgres://app@127.0.0.1.example.com/dealflow', false],
  ])('%s → %s', (url, local) => {
    expect(isLocalDatabase(url)).toBe(local);
  });
});

describe('sessionIdOf', () => {
  it.each([
    ['13084 (postgres) S 2202 13084 13084 0 -1 4194560 90', 13084],
    ['4242 (node (worker) x) R 4200 4200 4100 0 -1 4194304', 4100],
  ])('%s → %i', (stat, sid) => {
    expect(sessionIdOf(stat)).toBe(sid);
  });
});
