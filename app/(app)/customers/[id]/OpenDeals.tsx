'use client';

import { useState } from 'react';
import { useFormatter, useTranslations } from 'use-intl';
import { Money } from '~/app/_components/Money';
import { OpportunityDrawer } from '../../boards/_board/OpportunityDrawer';
import type { TCustomer360 } from './types';

/** The customer's open deals; a click opens the same detail drawer as on the boards. */
export function OpenDeals({ data, onChanged }: { data: TCustomer360; onChanged: () => void }) {
  const t = useTranslations('customers');
  const format = useFormatter();
  const [openId, setOpenId] = useState<string | null>(null);
  const rows = data.opportunities.open;
  return (
    <div className="card card-flush">
      <h2 className="card-title card-pad">{t('opportunities')}</h2>
      {rows.length === 0 ? (
        <p className="muted card-pad">{t('noOpportunities')}</p>
      ) : (
        <table className="table" data-testid="c360-deals">
          <thead>
            <tr>
              <th>{t('deal')}</th>
              <th>{t('stage')}</th>
              <th>{t('owner')}</th>
              <th className="num">{t('amount')}</th>
              <th className="num">{t('probability')}</th>
              <th>{t('closeDate')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <tr key={d.id} className={d.expectedCloseDate < data.today ? 'row-late' : undefined}>
                <td className="cell-title">
                  <button type="button" className="link-button" onClick={() => setOpenId(d.id)}>{d.title}</button>
                  <div className="cell-sub">{d.pipelineName}</div>
                </td>
                <td>{d.stageName}</td>
                <td>{d.ownerName}</td>
                <td className="num"><Money minor={d.amountMinor} currency={d.currency} wholeUnits /></td>
                <td className="num">{d.probability} %</td>
                <td>{format.dateTime(new Date(`${d.expectedCloseDate}T12:00:00Z`), { dateStyle: 'medium' })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {openId && (
        <OpportunityDrawer
          opportunityId={openId}
          onClose={() => setOpenId(null)}
          onSaved={() => onChanged()}
        />
      )}
    </div>
  );
}
