'use client';

import { useLocale, useTranslations } from 'use-intl';
import { Money } from '~/app/_components/Money';
import { formatQuantity } from '../../_documents/format';
import type { TOrderView } from './types';

/** The order's lines: ordered, delivered and still-to-invoice quantities, prices and totals. */
export function OrderLines({ view }: { view: TOrderView }) {
  const t = useTranslations('documents.orders');
  const locale = useLocale();
  const { order } = view;
  const q = (value: string) => formatQuantity(value, locale);
  return (
    <section className="card card-flush">
      <table className="table doc-lines" data-testid="order-lines">
        <thead>
          <tr>
            <th>{t('position')}</th>
            <th>{t('description')}</th>
            <th className="num">{t('ordered')}</th>
            <th className="num">{t('delivered')}</th>
            <th className="num">{t('toInvoice')}</th>
            <th className="num">{t('unitPrice')}</th>
            <th className="num">{t('discount')}</th>
            <th className="num">{t('tax')}</th>
            <th className="num">{t('net')}</th>
            <th className="num">{t('gross')}</th>
          </tr>
        </thead>
        <tbody>
          {view.lines.map((l) => {
            const complete = Number(l.deliveredQuantity) >= Number(l.quantity);
            return (
              <tr key={l.id}>
                <td>{l.position}</td>
                <td className="cell-title">{l.description}</td>
                <td className="num">{q(l.quantity)}</td>
                <td className={`num ${complete ? 'ok' : Number(l.deliveredQuantity) > 0 ? 'doc-partial' : 'muted'}`}>{q(l.deliveredQuantity)}</td>
                <td className="num">{q(l.remainingToInvoice)}</td>
                <td className="num"><Money minor={l.unitPriceMinor} currency={order.currency} /></td>
                <td className="num">{l.discountBps ? `${l.discountBps / 100} %` : '—'}</td>
                <td className="num">{l.taxRateBps / 100} %</td>
                <td className="num"><Money minor={l.netMinor} currency={order.currency} /></td>
                <td className="num"><Money minor={l.grossMinor} currency={order.currency} /></td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={8} className="num muted">{t('totals')}</td>
            <td className="num"><Money minor={order.netMinor} currency={order.currency} /></td>
            <td className="num cell-title"><Money minor={order.grossMinor} currency={order.currency} /></td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
