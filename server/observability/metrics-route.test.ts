import type http from 'node:http';
import { describe, expect, it } from 'vitest';
import { mayScrape } from './metrics-route';

const request = (remoteAddress: string, headers: http.IncomingHttpHeaders = {}) => ({ socket: { remoteAddress }, headers }) as unknown as http.IncomingMessage;
const TOKEN = 'a-metrics-token-of-32-characters';

describe('mayScrape', () => {
  it.each([
    ['loopback v4', request('127.0.0.1'), undefined, true],
    ['loopback v6', request('::1'), undefined, true],
    ['loopback mapped', request('::ffff:127.0.0.1'), undefined, true],
    ['proxied through a local proxy', request('127.0.0.1', { 'x-forwarded-for': '203.0.113.9' }), undefined, false],
    ['remote, no token configured', request('10.0.0.5', { authorization: `Bearer ${TOKEN}` }), undefined, false],
    ['remote with the token', request('10.0.0.5', { authorization: `Bearer ${TOKEN}` }), TOKEN, true],
    ['remote with a wrong token', request('10.0.0.5', { authorization: `Bearer ${TOKEN.slice(1)}x` }), TOKEN, false],
    ['remote with a shorter token', request('10.0.0.5', { authorization: 'Bearer a' }), TOKEN, false],
    ['remote with basic auth', request('10.0.0.5', { authorization: `Basic ${TOKEN}` }), TOKEN, false],
  ])('%s', (_name, req, token, allowed) => {
    expect(mayScrape(req, token)).toBe(allowed);
  });
});
