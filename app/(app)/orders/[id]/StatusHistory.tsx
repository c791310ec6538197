'use client';

import { useLocale, useTranslations } from 'use-intl';
import { formatInstant } from '../../_documents/format';
import type { TOrderView } from './types';

/** Every state change of the order, newest first, with who made it and when. */
export function StatusHistory({ history }: { history: TOrderView['history'] }) {
  const t = useTranslations('documents.orders');
  const locale = useLocale();
  const status = (s: string) => t(`status.${s}` as never);
  return (
    <section className="card" data-testid="order-history">
      <h2 className="card-title">{t('history')}</h2>
      <ol className="doc-history">
        {history.map((h) => (
          <li key={h.id}>
            <span className="doc-history-what">
              {!h.fromStatus
                ? t('historyFirst', { to: status(h.toStatus) })
                : h.fromStatus === h.toStatus
                  ? t('historyDelivery')
                  : t('historyChange', { from: status(h.fromStatus), to: status(h.toStatus) })}
            </span>
            <span className="muted">
              {formatInstant(h.at, locale)} · {h.actorName ? t('by', { name: h.actorName }) : t('bySystem')}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
