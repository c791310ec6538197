import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { CLIENT_IP_HEADER, clientIp, stampClientIp } from './client-ip';

const request = (headers: Record<string, string | string[]>, remoteAddress = '10.0.0.7') => ({ headers: { ...headers }, socket: { remoteAddress } }) as unknown as IncomingMessage;

describe('client address for sign-in throttling', () => {
  it('uses the TCP peer unless told to trust a proxy', () => {
    expect(clientIp(request({ 'x-forwarded-for': '1.2.3.4' }), false)).toBe('10.0.0.7');
    expect(clientIp(request({ 'x-forwarded-for': '1.2.3.4, 10.0.0.1' }), true)).toBe('1.2.3.4');
    expect(clientIp(request({}), true)).toBe('10.0.0.7');
  });

  it('overwrites a client-sent value of our header', () => {
    const req = request({ [CLIENT_IP_HEADER]: '9.9.9.9' });
    stampClientIp(req, false);
    expect(req.headers[CLIENT_IP_HEADER]).toBe('10.0.0.7');
  });
});
