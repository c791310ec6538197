'use client';

import { useFormatter, useTranslations } from 'use-intl';
import { messageParams } from '~/domain/notifications/message-params';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ORDER_STATES = new Set(['entered', 'confirmed', 'partially_delivered', 'delivered', 'invoiced', 'cancelled']);

/** Words a notification in the reader's language from its kind and data (dates and order states localized). */
export function useNotificationText() {
  const t = useTranslations('notifications');
  const format = useFormatter();
  return (n: { kind: string; data: unknown; actorName?: string | null }) => {
    const data = n.data && typeof n.data === 'object' ? (n.data as Record<string, unknown>) : {};
    const { key, params } = messageParams(n.kind, data, n.actorName ?? null, t('someone'));
    const values: Record<string, string> = { ...params };
    for (const name of ['to', 'due']) {
      const value = values[name];
      if (value && DATE.test(value)) values[name] = format.dateTime(new Date(`${value}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' });
    }
    if (key === 'order_status') values.status = t(`orderStatus.${ORDER_STATES.has(values.status ?? '') ? values.status : 'other'}` as 'orderStatus.other');
    return t(`kinds.${key}` as 'kinds.other', values);
  };
}
