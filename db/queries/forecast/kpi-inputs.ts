import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { rowsOf } from '~/db/rows';
import type { TDocumentKpis } from '~/domain/forecast/closed-facts';

export type TKpiPeriod = {
  /** [from, to) as dates in the organization's time zone. */
  from: string;
  to: string;
  /** Open pipeline counts deals expected before this date (overdue included); quotas of months in [from, pipelineTo). */
  pipelineTo: string;
};

type TPeriods = { current: TKpiPeriod; previous: TKpiPeriod };

/**
 * The order, invoice and quota side of the KPIs for the current and the
 * previous period, in one scan of each table (FILTER per period). Gross
 * minor units (what the customer pays), so invoiced ÷ ordered and DSO
 * compare like with like. Ordered/delivered: orders placed in the period
 * and, of those, the ones delivered by its end. Receivables and overdue are
 * rebuilt at the period's end from paid_at. Lead times come back as
 * (period, days, count) histograms, so medians and p90 stay exact without
 * one row per order.
 */
export async function loadDocumentKpis(db: DbOrTx, input: { organizationId: string; timeZone: string; currency: string } & TPeriods): Promise<Record<keyof TPeriods, TDocumentKpis>> {
  const { organizationId: org, timeZone: tz, currency } = input;
  const local = (column: string) => sql`(${sql.raw(column)} at time zone ${tz})::date`;
  const periodOf = (date: SQL) => sql`case when ${date} >= ${input.current.from}::date and ${date} < ${input.current.to}::date then 'current'
    when ${date} >= ${input.previous.from}::date and ${date} < ${input.previous.to}::date then 'previous' end`;
  const perPeriod = (build: (p: TKpiPeriod) => SQL) => sql`${build(input.current)} as c, ${build(input.previous)} as p`;
  const [orders] = rowsOf<Record<string, string>>(
    await db.execute(sql`
      select ${perPeriod((p) => sql`jsonb_build_object(
               'ordered', coalesce(sum(gross_minor) filter (where order_date >= ${p.from}::date and order_date < ${p.to}::date), 0),
               'delivered', coalesce(sum(gross_minor) filter (where order_date >= ${p.from}::date and order_date < ${p.to}::date and delivered_at is not null and delivered_on < ${p.to}::date), 0),
               'deliveries', count(*) filter (where promised_date is not null and delivered_at is not null and delivered_on >= ${p.from}::date and delivered_on < ${p.to}::date),
               'onTime', count(*) filter (where promised_date is not null and delivered_at is not null and delivered_on >= ${p.from}::date and delivered_on < ${p.to}::date and delivered_on <= promised_date))`)}
      from orders cross join lateral (select (delivered_at at time zone ${tz})::date as delivered_on) x
      where organization_id = ${org} and currency = ${currency} and status <> 'cancelled' and order_date < ${input.current.to}::date
        and (order_date >= ${input.previous.from}::date or delivered_at >= (${input.previous.from}::timestamp at time zone ${tz}) - interval '1 day')`),
  );
  const [invoices] = rowsOf<Record<string, string>>(
    await db.execute(sql`
      select ${perPeriod((p) => sql`jsonb_build_object(
               'invoiced', coalesce(sum(gross_minor) filter (where issue_date >= ${p.from}::date and issue_date < ${p.to}::date), 0),
               'receivables', coalesce(sum(gross_minor) filter (where issue_date < ${p.to}::date and (paid_at is null or paid_on >= ${p.to}::date)), 0),
               'overdue', coalesce(sum(gross_minor) filter (where issue_date < ${p.to}::date and due_date < ${p.to}::date and (paid_at is null or paid_on >= ${p.to}::date)), 0),
               'overdueCount', count(*) filter (where issue_date < ${p.to}::date and due_date < ${p.to}::date and (paid_at is null or paid_on >= ${p.to}::date)))`)}
      from invoices cross join lateral (select (paid_at at time zone ${tz})::date as paid_on) x
      where organization_id = ${org} and currency = ${currency} and status not in ('draft', 'cancelled') and issue_date < ${input.current.to}::date
        and (issue_date >= ${input.previous.from}::date or paid_at is null or paid_at >= (${input.previous.from}::timestamp at time zone ${tz}) - interval '1 day')`),
  );
  const [quota] = rowsOf<Record<string, string>>(
    await db.execute(sql`
      select ${perPeriod((p) => sql`coalesce(sum(amount_minor) filter (where month >= ${p.from}::date and month < ${p.pipelineTo}::date), 0)::text`)}
      from quotas where organization_id = ${org} and currency = ${currency}`),
  );
  const delivery = rowsOf<{ period: 'current' | 'previous'; days: number; n: number }>(
    await db.execute(sql`
      select period, days, count(*)::int as n from (
        select ${periodOf(local('delivered_at'))} as period, greatest(${local('delivered_at')} - order_date, 0) as days
        from orders where organization_id = ${org} and status <> 'cancelled' and delivered_at is not null
          and delivered_at >= (${input.previous.from}::timestamp at time zone ${tz}) - interval '1 day'
      ) x where period is not null group by 1, 2`),
  );
  const invoiceLead = rowsOf<{ period: 'current' | 'previous'; days: number; n: number }>(
    await db.execute(sql`
      with first_invoice as (
        select order_id, min(issue_date) as issued from invoices
        where organization_id = ${org} and order_id is not null and status not in ('draft', 'cancelled') group by order_id
      )
      select period, days, count(*)::int as n from (
        select ${periodOf(sql`f.issued`)} as period, greatest(f.issued - o.order_date, 0) as days
        from first_invoice f join orders o on o.id = f.order_id
        where f.issued >= ${input.previous.from}::date
      ) x where period is not null group by 1, 2`),
  );
  const build = (key: 'c' | 'p', period: keyof TPeriods): TDocumentKpis => {
    const o = (orders![key] as unknown as Record<string, number>) ?? {};
    const i = (invoices![key] as unknown as Record<string, number>) ?? {};
    return {
      orderedMinor: Number(o.ordered ?? 0),
      deliveredMinor: Number(o.delivered ?? 0),
      deliveries: Number(o.deliveries ?? 0),
      onTimeDeliveries: Number(o.onTime ?? 0),
      invoicedMinor: Number(i.invoiced ?? 0),
      receivablesMinor: Number(i.receivables ?? 0),
      overdueMinor: Number(i.overdue ?? 0),
      overdueCount: Number(i.overdueCount ?? 0),
      quotaMinor: Number(quota?.[key] ?? 0),
      orderToDeliveryDays: delivery.filter((r) => r.period === period).map((r) => ({ days: Number(r.days), count: Number(r.n) })),
      orderToInvoiceDays: invoiceLead.filter((r) => r.period === period).map((r) => ({ days: Number(r.days), count: Number(r.n) })),
    };
  };
  return { current: build('c', 'current'), previous: build('p', 'previous') };
}
