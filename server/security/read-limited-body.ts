import type http from 'node:http';

/**
 * Reads a request body of at most `maxBytes`: a Content-Length over the limit
 * is refused before reading, a chunked body as soon as it passes the limit.
 * Resolves null when too large (the rest of the body is discarded, never
 * held), so the caller answers 413.
 */
export async function readLimitedBody(req: http.IncomingMessage, maxBytes: number): Promise<Buffer | null> {
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) {
    req.resume();
    return null;
  }
  return new Promise<Buffer | null>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) return void chunks.push(chunk);
      req.off('data', onData);
      req.resume();
      chunks.length = 0;
      resolve(null);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}
