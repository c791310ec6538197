import { io as connect, type Socket } from 'socket.io-client';

/** A socket.io client over websocket with the given session cookie, resolved once connected (rejects on a refused handshake). */
export async function connectSocket(baseUrl: string, cookie?: string): Promise<Socket> {
  const socket = connect(baseUrl, { transports: ['websocket'], reconnection: false, extraHeaders: cookie ? { cookie } : {} });
  await new Promise<void>((resolve, reject) => {
    socket.on('connect', () => resolve());
    socket.on('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
  return socket;
}
