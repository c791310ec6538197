'use client';

import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { io, type Socket } from 'socket.io-client';
import { keepReconnecting } from './keep-reconnecting';
import { SOCKET_RECONNECTION } from './reconnect-settings';

export type TSocketStatus = 'connecting' | 'connected' | 'offline';
type TSocketContext = { socket: Socket | null; status: TSocketStatus };

const SocketContext = createContext<TSocketContext>({ socket: null, status: 'connecting' });

/**
 * One socket.io connection per tab, shared by the live indicator and the
 * boards. The session cookie authenticates it; the server picks the rooms.
 */
export function SocketProvider({ children }: { children: ReactNode }) {
  const [value, setValue] = useState<TSocketContext>({ socket: null, status: 'connecting' });
  useEffect(() => {
    const socket = io({
      path: '/socket.io',
      withCredentials: true,
      transports: ['websocket', 'polling'],
      // Come back quickly after a drop: the board catches up as soon as we are connected.
      ...SOCKET_RECONNECTION,
    });
    const set = (status: TSocketStatus) => setValue({ socket, status });
    set('connecting');
    socket.on('connect', () => set('connected'));
    socket.on('disconnect', () => set('offline'));
    socket.on('connect_error', () => set('offline'));
    socket.io.on('reconnect_attempt', () => set('connecting'));
    const stopRetrying = keepReconnecting(socket);
    return () => {
      stopRetrying();
      socket.close();
    };
  }, []);
  return <SocketContext.Provider value={value}>{children}</SocketContext.Provider>;
}

export const useSocket = () => useContext(SocketContext);
