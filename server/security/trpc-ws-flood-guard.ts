import { randomUUID } from 'node:crypto';
import type { WebSocket } from 'ws';
import { shouldDisconnect, tryConsumeBoth, type TRateLimiters } from './rate-limit';
import { rateLimitedShape } from './trpc-rate-limited';

/** Close code and reason of a connection that keeps flooding (1008: policy violation). */
export const TRPC_WS_FLOOD_CLOSE = { code: 1008, reason: 'Too many messages' } as const;

/** The ids and paths of the calls in a tRPC WebSocket message (one call, or an array of them). */
function callsOf(raw: string): { id: unknown; path?: string }[] {
  try {
    const parsed: unknown = JSON.parse(raw);
    const calls = Array.isArray(parsed) ? parsed : [parsed];
    return calls.map((c: { id?: unknown; params?: { path?: unknown } }) => ({ id: c?.id ?? null, path: typeof c?.params?.path === 'string' ? c.params.path : undefined }));
  } catch {
    return [{ id: null }];
  }
}

/**
 * Rate limits the messages of one tRPC WebSocket connection, per connection
 * and per user, before tRPC parses them: each message goes through the
 * limiters (one microtask) and then on to tRPC's own listener. A message
 * over the limit is dropped and each of its calls answered TOO_MANY_REQUESTS;
 * a connection that keeps flooding is closed with TRPC_WS_FLOOD_CLOSE.
 * Call it on 'connection', before any message can arrive.
 */
export function guardTrpcWsMessages(ws: WebSocket, userId: string, limiters: TRateLimiters) {
  const emit = ws.emit.bind(ws);
  const connectionKey = randomUUID();
  ws.emit = (event: string | symbol, ...args: unknown[]): boolean => {
    if (event !== 'message') return emit(event, ...args);
    const raw = String(args[0]);
    // A batch costs one point per call: a JSON array of calls starts with "[".
    const points = raw.charCodeAt(0) === 91 ? Math.max(1, callsOf(raw).length) : 1;
    tryConsumeBoth([limiters.trpcWsMessages, connectionKey], [limiters.trpcWsMessagesPerUser, userId], points)
      .then(async (allowed) => {
        if (allowed) return void emit('message', ...args);
        for (const call of callsOf(raw)) ws.send(JSON.stringify({ id: call.id, error: rateLimitedShape(call.path) }));
        if (await shouldDisconnect(limiters, `ws:${connectionKey}`)) ws.close(TRPC_WS_FLOOD_CLOSE.code, TRPC_WS_FLOOD_CLOSE.reason);
      })
      .catch(() => emit('message', ...args));
    return true;
  };
}
