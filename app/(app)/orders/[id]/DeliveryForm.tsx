'use client';

import { useTranslations } from 'use-intl';
import { LineQuantityForm } from './LineQuantityForm';
import type { TOrderView } from './types';

/** "Record a delivery": the quantity delivered now per open line (empty = 0). */
export function DeliveryForm({
  view,
  busy,
  onDeliver,
  onClose,
}: {
  view: TOrderView;
  busy: boolean;
  onDeliver: (lines: { orderLineId: string; quantity: string }[]) => void;
  onClose: () => void;
}) {
  const t = useTranslations('documents.orders');
  const open = (l: TOrderView['lines'][number]) => (Number(l.quantity) - Number(l.deliveredQuantity)).toFixed(3);
  return (
    <LineQuantityForm
      testId="delivery-form"
      title={t('delivery.title')}
      hint={t('delivery.hint')}
      column={t('delivery.deliverNow')}
      lines={view.lines.filter((l) => Number(open(l)) > 0)}
      initial={() => '0'}
      max={open}
      submitLabel={t('delivery.save')}
      busy={busy}
      onClose={onClose}
      onSubmit={onDeliver}
    />
  );
}
