'use client';

import { useEffect, useState } from 'react';
import { io } from 'socket.io-client';
import { useTranslations } from 'use-intl';

type TStatus = 'connecting' | 'connected' | 'offline';

/** Shows whether this browser holds a live socket.io connection to the organization's room. */
export function LiveIndicator() {
  const t = useTranslations('live');
  const [status, setStatus] = useState<TStatus>('connecting');
  useEffect(() => {
    const socket = io({ path: '/socket.io', withCredentials: true });
    socket.on('connect', () => setStatus('connected'));
    socket.on('disconnect', () => setStatus('offline'));
    socket.on('connect_error', () => setStatus('offline'));
    socket.io.on('reconnect_attempt', () => setStatus('connecting'));
    return () => {
      socket.close();
    };
  }, []);
  return (
    <span className={`live live-${status}`} data-testid="live-indicator" data-status={status}>
      <span className="live-dot" aria-hidden />
      {t(status)}
    </span>
  );
}
