import type http from 'node:http';
import type { RateLimiterRes } from 'rate-limiter-flexible';
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
 * with 429, whatever the password. Each attempt is counted when it arrives
 * (so parallel guesses cannot all slip through) and given back unless it was
 * answered 401. A successful sign-in clears the account's count. The body it read is handed on as `req.body` (better-auth's Node
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

  const account = signInEmail(text, req.headers['content-type']);
  const address = clientIp(req, trustProxy);
  // Every attempt takes its point on arrival, before the password is checked: counting failures only once they were
  // answered let a burst of parallel guesses all pass the check. Attempts that turn out not to be wrong passwords
  // give their points back below. A body with no email names no account (better-auth answers 400): only the address counts.
  const none = { refused: false, msBeforeNext: 0, until: 0 };
  const [byAccount, byAddress] = await Promise.all([account ? take(limiters.signInPerAccount, account) : none, take(limiters.signInPerAddress, address)]);
  const giveBack = (limiter: TRateLimiters['signInPerAccount'], key: string, taken: TTaken) => {
    // After the window ended the count started afresh: a point given back then would make it negative.
    if (key && !taken.refused && Date.now() < taken.until) void limiter.reward(key, 1);
  };
  const blocked = [byAccount, byAddress].find((r) => r.refused);
  if (blocked) {
    // A refused attempt was no guess at the password: only the limiter that refused keeps counting it.
    giveBack(limiters.signInPerAccount, account, byAccount);
    giveBack(limiters.signInPerAddress, address, byAddress);
    const minutes = Math.max(1, Math.ceil(blocked.msBeforeNext / 60_000));
    const retryAfter = String(Math.ceil(blocked.msBeforeNext / 1000) || SIGN_IN_WINDOW_S);
    sendJson(res, 429, { code: 'TOO_MANY_ATTEMPTS', message: `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.` }, { 'retry-after': retryAfter });
    return false;
  }
  // 'finish': the answer went out. An attempt whose client hung up before its answer keeps its point (it may have been a guess).
  res.once('finish', () => {
    if (res.statusCode === 401) return;
    // Signed in: the account starts afresh. Anything else (a malformed request, a refused origin, a server error) was no wrong password.
    if (res.statusCode < 300 && account) void limiters.signInPerAccount.delete(account);
    else giveBack(limiters.signInPerAccount, account, byAccount);
    giveBack(limiters.signInPerAddress, address, byAddress);
  });
  return true;
}

type TTaken = { refused: boolean; msBeforeNext: number; until: number };

/** Takes one point for `key`: `refused` when it was over the limit already (rate-limiter-flexible rejects with its state); `until`: when the window ends. */
async function take(limiter: TRateLimiters['signInPerAccount'], key: string): Promise<TTaken> {
  try {
    const r = await limiter.consume(key, 1);
    return { refused: false, msBeforeNext: r.msBeforeNext, until: Date.now() + r.msBeforeNext };
  } catch (rejection) {
    if (rejection instanceof Error) throw rejection;
    const r = rejection as RateLimiterRes;
    return { refused: true, msBeforeNext: r.msBeforeNext, until: Date.now() + r.msBeforeNext };
  }
}

/**
 * The sign-in's email, lower-cased, from a JSON or a form body (better-auth
 * takes both, so the throttle must read both); '' when there is none.
 */
export function signInEmail(text: string, contentType: string | undefined): string {
  const form = contentType?.toLowerCase().startsWith('application/x-www-form-urlencoded');
  const email = form ? new URLSearchParams(text).get('email') : ZSignInSchema.safeParse(safeJson(text)).data?.email;
  return typeof email === 'string' && email.length <= 320 ? email.trim().toLowerCase() : '';
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
