import net from 'node:net';

export type TStreamedAnswer = { status: number; body: string; sentBytes: number };

/**
 * POSTs a body of `totalBytes` over a raw TCP connection, made of one reused
 * 64 KiB chunk (so a 200 MB body never takes 200 MB of memory), chunked or
 * with a declared Content-Length, respecting back-pressure, and stops sending
 * as soon as the answer starts (with `ignoreAnswer` it goes on until the
 * whole body is sent or the server closes the connection, as a hostile
 * client would). A raw socket keeps the answer even when the
 * server closes the connection while the client is still writing (an HTTP
 * client would report only EPIPE). `sentBytes` tells how much got through first;
 * status 0 means the server closed the connection without an answer the
 * client could read (a reset while it was still sending).
 */
export function streamBody(url: string, headers: Record<string, string>, totalBytes: number, opts: { declareLength?: boolean; ignoreAnswer?: boolean } = {}): Promise<TStreamedAnswer> {
  const { hostname, port, pathname, search } = new URL(url);
  const chunked = !opts.declareLength;
  const chunk = Buffer.alloc(64 * 1024, 'a,b,c\n');
  const framed = (part: Buffer) => (chunked ? Buffer.concat([Buffer.from(`${part.length.toString(16)}\r\n`), part, Buffer.from('\r\n')]) : part);
  const head = [
    `POST ${pathname}${search} HTTP/1.1`,
    `host: ${hostname}:${port}`,
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
    chunked ? 'transfer-encoding: chunked' : `content-length: ${totalBytes}`,
    '',
    '',
  ].join('\r\n');
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), hostname);
    let received = '';
    let sentBytes = 0;
    const answered = () => !opts.ignoreAnswer && received.length > 0;
    const finish = () => {
      const match = /^HTTP\/1\.1 (\d{3})/.exec(received);
      if (!match) return resolve({ status: 0, body: '', sentBytes }); // closed (reset) without an answer
      const body = received.slice(received.indexOf('\r\n\r\n') + 4);
      const isChunked = /transfer-encoding: chunked/i.test(received.slice(0, received.indexOf('\r\n\r\n')));
      resolve({ status: Number(match[1]), body: isChunked ? body.replace(/^[0-9a-f]+\r\n/i, '').replace(/\r\n0\r\n\r\n$/, '').replace(/\r\n$/, '') : body, sentBytes });
    };
    socket.setEncoding('utf8');
    socket.on('data', (data: string) => {
      received += data;
      if (/\r\n\r\n/.test(received)) {
        const headerEnd = received.indexOf('\r\n\r\n');
        const length = /content-length: (\d+)/i.exec(received.slice(0, headerEnd));
        if (!opts.ignoreAnswer && ((length && received.length - headerEnd - 4 >= Number(length[1])) || /\r\n0\r\n\r\n$/.test(received))) {
          socket.destroy();
          finish();
        }
      }
    });
    socket.on('error', () => {}); // EPIPE / ECONNRESET once the server has answered and closed
    socket.on('close', () => finish());
    const pump = () => {
      while (!answered() && sentBytes < totalBytes && !socket.destroyed) {
        const part = totalBytes - sentBytes >= chunk.length ? chunk : chunk.subarray(0, totalBytes - sentBytes);
        sentBytes += part.length;
        if (!socket.write(framed(part))) return void socket.once('drain', pump);
      }
      if (!answered() && !socket.destroyed && chunked) socket.write('0\r\n\r\n');
      // Everything sent and the connection still open: the server read it all. Give its answer a moment, then hang up.
      if (opts.ignoreAnswer && sentBytes >= totalBytes && !socket.destroyed) setTimeout(() => socket.destroy(), 500);
    };
    socket.once('connect', () => {
      socket.write(head);
      pump();
    });
  });
}
