'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { useFormatter, useTranslations } from 'use-intl';
import { useSocket } from '../_lib/realtime/socket-provider';
import { useTRPC } from '../_lib/trpc/react';
import { useNotificationText } from './use-notification-text';

type TPushed = { kind: string; data: unknown; link: string | null };
const TOAST_MS = 6000;

/**
 * The notification centre in the top bar: a bell with the unread count and
 * a panel with the latest 50, worded in the reader's language. Clicking one
 * marks it read and opens its link. Live: a `notification:new` pushed to
 * this user's private room shows a toast and refreshes the list at once.
 */
export function NotificationBell() {
  const t = useTranslations('notifications');
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const { socket } = useSocket();
  const text = useNotificationText();
  const list = useQuery(trpc.notification.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries(trpc.notification.list.queryFilter());
  const markRead = useMutation(trpc.notification.markRead.mutationOptions({ onSettled: refresh }));
  const markAll = useMutation(trpc.notification.markAllRead.mutationOptions({ onSettled: refresh }));
  const [open, setOpen] = useState(false);
  const [toast, setToast] = useState<TPushed | null>(null);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!socket) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onNew = (pushed: TPushed) => {
      void refresh();
      setToast(pushed);
      clearTimeout(timer);
      timer = setTimeout(() => setToast(null), TOAST_MS);
    };
    const onReconnect = () => void refresh();
    socket.on('notification:new', onNew);
    socket.on('connect', onReconnect);
    return () => {
      socket.off('notification:new', onNew);
      socket.off('connect', onReconnect);
      clearTimeout(timer);
    };
  }, [socket]);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    const onClick = (e: MouseEvent) => box.current && !box.current.contains(e.target as Node) && setOpen(false);
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open]);

  const unread = list.data?.unreadCount ?? 0;
  const go = (link: string | null) => {
    setOpen(false);
    if (link) router.push(link);
  };
  const now = new Date();
  return (
    <div className="bell" ref={box}>
      <button type="button" className="bell-button" onClick={() => setOpen((o) => !o)} aria-expanded={open} aria-haspopup="dialog" aria-label={t('open', { count: unread })} data-testid="bell">
        <svg aria-hidden width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
        {unread > 0 && <span className="bell-badge" data-testid="bell-badge">{unread > 99 ? '99+' : unread}</span>}
      </button>
      {open && (
        <div className="bell-panel" role="dialog" aria-label={t('title')} data-testid="bell-panel">
          <div className="bell-head">
            <h2>{t('title')}</h2>
            {unread > 0 && (
              <button type="button" className="btn btn-ghost" onClick={() => markAll.mutate()} disabled={markAll.isPending} data-testid="bell-mark-all">
                {t('markAllRead')}
              </button>
            )}
          </div>
          {list.data && list.data.items.length === 0 ? (
            <p className="bell-empty">{t('empty')}</p>
          ) : (
            <ul className="bell-list">
              {list.data?.items.map((n) => (
                <li key={n.id} className={n.readAt ? 'bell-item' : 'bell-item unread'} data-testid="bell-item">
                  <button
                    type="button"
                    className="bell-link"
                    onClick={() => {
                      if (!n.readAt) markRead.mutate({ ids: [n.id] });
                      go(n.link);
                    }}
                  >
                    <span className="bell-dot" aria-hidden />
                    <span className="bell-text">
                      {text(n)}
                      <time className="bell-time" dateTime={new Date(n.createdAt).toISOString()}>{format.relativeTime(new Date(n.createdAt), now)}</time>
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {toast && (
        <button type="button" className="bell-toast" role="status" data-testid="bell-toast" onClick={() => { setToast(null); setOpen(true); }}>
          {text(toast)}
        </button>
      )}
    </div>
  );
}
