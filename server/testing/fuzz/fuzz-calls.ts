import superjson from 'superjson';
import type WebSocket from 'ws';
import type { TFuzzAnswer } from './check-answer';
import type { TProcedureInfo } from './procedures';

type TErrorJson = { json?: { message?: unknown; data?: { code?: string; httpStatus?: number; stack?: unknown } } };

/** The input as the app's client would encode it (superjson), or plain JSON when superjson refuses it (hostile keys). */
function encode(input: unknown): unknown {
  try {
    return superjson.serialize(input);
  } catch {
    return { json: input };
  }
}

const answerOf = (status: number, error: TErrorJson | undefined): TFuzzAnswer => ({
  status,
  code: error?.json?.data?.code,
  message: error?.json?.message,
  stack: error?.json?.data?.stack,
});

/** Calls a procedure over HTTP as the browser does (GET for queries, POST for mutations). */
export async function httpCall(baseUrl: string, cookie: string, procedure: TProcedureInfo, input: unknown): Promise<TFuzzAnswer> {
  const headers: Record<string, string> = { 'content-type': 'application/json', origin: baseUrl, cookie };
  const encoded = JSON.stringify(encode(input));
  const res =
    procedure.type === 'query'
      ? await fetch(`${baseUrl}/api/trpc/${procedure.path}?input=${encodeURIComponent(encoded)}`, { headers })
      : await fetch(`${baseUrl}/api/trpc/${procedure.path}`, { method: 'POST', headers, body: encoded });
  const text = await res.text();
  let body: { error?: TErrorJson } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return { status: res.status, message: text.slice(0, 200) };
  }
  return answerOf(res.status, body.error);
}

let nextId = 1;

/** Calls a procedure over an open tRPC WebSocket (raw messages, so hostile inputs are sent as they are). */
export function wsCall(ws: WebSocket, procedure: TProcedureInfo, input: unknown, timeoutMs = 10_000): Promise<TFuzzAnswer> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      ws.off('message', onMessage);
      reject(new Error(`no answer over the WebSocket to ${procedure.path} within ${timeoutMs} ms`));
    }, timeoutMs);
    const onMessage = (data: WebSocket.RawData) => {
      const answer = JSON.parse(String(data)) as { id?: unknown; result?: unknown; error?: TErrorJson };
      if (answer.id !== id) return;
      clearTimeout(timer);
      ws.off('message', onMessage);
      resolve(answer.error ? answerOf(answer.error.json?.data?.httpStatus ?? 500, answer.error) : { status: 200 });
    };
    ws.on('message', onMessage);
    ws.send(JSON.stringify({ id, method: procedure.type, params: { path: procedure.path, input: encode(input) } }));
  });
}
