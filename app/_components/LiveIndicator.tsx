'use client';

import { useTranslations } from 'use-intl';
import { useSocket } from '../_lib/realtime/socket-provider';

/** Shows whether this browser holds a live socket.io connection to the organization's room. */
export function LiveIndicator() {
  const t = useTranslations('live');
  const { status } = useSocket();
  return (
    <span className={`live live-${status}`} data-testid="live-indicator" data-status={status}>
      <span className="live-dot" aria-hidden />
      {t(status)}
    </span>
  );
}
