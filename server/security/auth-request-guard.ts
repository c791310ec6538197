import type http from 'node:http';
import { z } from 'zod';
import { clientIp } from '~/server/http/client-ip';
import { SIGN_IN_WINDOW_S, type TRateLimiters } from './rate-limit';
import { readLimitedBody } from './read-limited-body';

/** Largest accepted body of an auth request (bytes): credentials and settings are tiny. */
export const MAX_AUTH_BODY_BYTES = 64 * 1024;

const ZSignInSchema = z.object({ email: z.string().max(320) });

function sendJson(res: http.ServerResponse, status: number, body: { code: string; message: string }, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/**
 * Runs before better-auth on /api/auth: refuses bodies over
 * MAX_AUTH_BODY_BYTES with 413 (reading at most that much), and throttles
 * email sign-in per account (the email, lower-cased) and per client address:
 * after too many failed attempts within 15 minutes the next ones are refused
 * with 429, whatever the password. A successful sign-in clears the account's
 * count. The body it read is handed on as `req.body` (better-auth's Node
 * adapter reads it from there). Returns false when it has answered.
 */
export async function guardAuthRequest(req: http.IncomingMessage, res: http.ServerResponse, limiters: TRateLimiters, trustProxy: boolean): Promise<boolean> {
  if (req.method === 'GET' || req.method === 'HEAD') return true;
  const body = await readLimitedBody(req, MAX_AUTH_BODY_BYTES);
  if (!body) {
    sendJson(res, 413, { code: 'PAYLOAD_TOO_LARGE', message: `The request is larger than ${MAX_AUTH_BODY_BYTES / 1024} KB.` }, { connection: 'close' });
    return false;
  }
  const text = body.toString('utf8');
  if (text.length > 0) (req as http.IncomingMessage & { body?: string }).body = text;
  if (!req.url?.startsWith('/api/auth/sign-in/email')) return true;

  const parsed = ZSignInSchema.safeParse(safeJson(text));
  const account = parsed.success ? parsed.data.email.trim().toLowerCase() : '';
  const address = clientIp(req, trustProxy);
  const [byAccount, byAddress] = await Promise.all([limiters.signInPerAccount.get(account), limiters.signInPerAddress.get(address)]);
  const blocked = [
    byAccount && byAccount.consumedPoints >= limiters.limits.signInFailuresPerAccount ? byAccount : null,
    byAddress && byAddress.consumedPoints >= limiters.limits.signInFailuresPerAddress ? byAddress : null,
  ].find(Boolean);
  if (blocked) {
    const minutes = Math.max(1, Math.ceil(blocked.msBeforeNext / 60_000));
    const retryAfter = String(Math.ceil(blocked.msBeforeNext / 1000) || SIGN_IN_WINDOW_S);
    sendJson(res, 429, { code: 'TOO_MANY_ATTEMPTS', message: `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.` }, { 'retry-after': retryAfter });
    return false;
  }
  res.once('finish', () => {
    if (res.statusCode === 401) {
      void limiters.signInPerAccount.penalty(account);
      void limiters.signInPerAddress.penalty(address);
    } else if (res.statusCode < 300) {
      void limiters.signInPerAccount.delete(account);
    }
  });
  return true;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
