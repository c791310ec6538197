import { sql } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { rowsOf } from '~/db/rows';
import type { TKpiPeriodInput } from '~/domain/forecast/kpis';

export type TKpiPeriod = {
  /** [from, to) as dates in the organization's time zone. */
  from: string;
  to: string;
  /** Open pipeline counts deals expected before this date (overdue included); quotas of months in [from, pipelineTo). */
  pipelineTo: string;
};

/**
 * One period's KPI inputs (domain/forecast/kpis.ts), aggregated in SQL.
 * Orders and invoices in gross minor units (what the customer pays), so
 * invoiced ÷ ordered and DSO compare like with like. Ordered/delivered:
 * orders placed in the period and, of those, the ones delivered by its end.
 * Durations come back as (days, how many) histograms and are expanded, so
 * the medians and p90 are exact without shipping one row per order.
 * Point-in-time figures (receivables, overdue) are rebuilt at `to` from
 * paid_at; the open pipeline of a past period is approximated with today's
 * amounts and dates of the deals that were open then (no full history).
 */
export async function loadKpiInputs(db: DbOrTx, input: { organizationId: string; timeZone: string; currency: string; period: TKpiPeriod }): Promise<TKpiPeriodInput> {
  const { organizationId: org, timeZone: tz, currency } = input;
  const { from, to, pipelineTo } = input.period;
  const local = (column: string) => sql`(${sql.raw(column)} at time zone ${tz})::date`;
  const inPeriod = (date: SQLish) => sql`${date} >= ${from}::date and ${date} < ${to}::date`;
  const [r] = rowsOf<Record<string, string | number | null>>(
    await db.execute(sql`
      with ord as (
        select coalesce(sum(gross_minor), 0)::text as ordered,
               coalesce(sum(gross_minor) filter (where delivered_at is not null and ${local('delivered_at')} < ${to}::date), 0)::text as delivered
        from orders where organization_id = ${org} and currency = ${currency} and status <> 'cancelled' and ${inPeriod(sql`order_date`)}
      ), dlv as (
        select count(*) filter (where promised_date is not null)::int as deliveries,
               count(*) filter (where promised_date is not null and ${local('delivered_at')} <= promised_date)::int as on_time
        from orders where organization_id = ${org} and status <> 'cancelled' and delivered_at is not null and ${inPeriod(local('delivered_at'))}
      ), inv as (
        select coalesce(sum(gross_minor) filter (where issue_date >= ${from}::date), 0)::text as invoiced,
               coalesce(sum(gross_minor) filter (where paid_at is null or ${local('paid_at')} >= ${to}::date), 0)::text as receivables,
               coalesce(sum(gross_minor) filter (where (paid_at is null or ${local('paid_at')} >= ${to}::date) and due_date < ${to}::date), 0)::text as overdue,
               count(*) filter (where (paid_at is null or ${local('paid_at')} >= ${to}::date) and due_date < ${to}::date)::int as overdue_count
        from invoices where organization_id = ${org} and currency = ${currency} and status not in ('draft', 'cancelled') and issue_date < ${to}::date
      ), closed as (
        select count(*) filter (where status = 'won')::int as won, count(*) filter (where status = 'lost')::int as lost,
               coalesce(sum(amount_minor) filter (where status = 'won' and currency = ${currency}), 0)::text as won_amount
        from opportunities where organization_id = ${org} and status in ('won', 'lost') and closed_at is not null and ${inPeriod(local('closed_at'))}
      ), pipe as (
        select coalesce(sum(amount_minor), 0)::text as open_pipeline from opportunities
        where organization_id = ${org} and currency = ${currency} and forecast_category <> 'omitted' and expected_close_date < ${pipelineTo}::date
          and ${local('created_at')} < ${to}::date and (status = 'open' or closed_at is not null and ${local('closed_at')} >= ${to}::date)
      ), quota as (
        select coalesce(sum(amount_minor), 0)::text as quota from quotas
        where organization_id = ${org} and currency = ${currency} and month >= ${from}::date and month < ${pipelineTo}::date
      )
      select * from ord, dlv, inv, closed, pipe, quota`),
  );
  const histogram = async (query: ReturnType<typeof sql>) => expand(rowsOf<{ days: number; n: number }>(await db.execute(query)));
  const orderToDeliveryDays = await histogram(sql`
    select greatest(${local('delivered_at')} - order_date, 0) as days, count(*)::int as n from orders
    where organization_id = ${org} and status <> 'cancelled' and delivered_at is not null and ${inPeriod(local('delivered_at'))} group by 1`);
  const orderToInvoiceDays = await histogram(sql`
    with first_invoice as (
      select order_id, min(issue_date) as issued from invoices
      where organization_id = ${org} and order_id is not null and status not in ('draft', 'cancelled') group by order_id
    )
    select greatest(f.issued - o.order_date, 0) as days, count(*)::int as n
    from first_invoice f join orders o on o.id = f.order_id where ${inPeriod(sql`f.issued`)} group by 1`);
  const salesCycleDays = await histogram(sql`
    select greatest(${local('closed_at')} - coalesce(engage_date, ${local('created_at')}), 0) as days, count(*)::int as n from opportunities
    where organization_id = ${org} and status = 'won' and closed_at is not null and ${inPeriod(local('closed_at'))} group by 1`);
  const num = (v: string | number | null | undefined) => Number(v ?? 0);
  return {
    currency,
    periodDays: Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000),
    orderedMinor: num(r!.ordered),
    deliveredMinor: num(r!.delivered),
    invoicedMinor: num(r!.invoiced),
    receivablesMinor: num(r!.receivables),
    overdueMinor: num(r!.overdue),
    overdueCount: num(r!.overdue_count),
    deliveries: num(r!.deliveries),
    onTimeDeliveries: num(r!.on_time),
    orderToDeliveryDays,
    orderToInvoiceDays,
    wonCount: num(r!.won),
    lostCount: num(r!.lost),
    wonMinor: num(r!.won_amount),
    salesCycleDays,
    openPipelineMinor: num(r!.open_pipeline),
    quotaMinor: num(r!.quota),
  };
}

type SQLish = ReturnType<typeof sql>;

function expand(rows: { days: number; n: number }[]): number[] {
  const out: number[] = [];
  for (const r of rows) for (let i = 0; i < Number(r.n); i++) out.push(Number(r.days));
  return out;
}
