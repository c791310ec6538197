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
 * previous period, in ONE statement that reads orders once and invoices
 * once (FILTER per period; each table's rows in the window are kept in a
 * CTE that the order KPIs, the lead times and the first invoice per order
 * all read). Gross minor units (what the customer pays), so invoiced ÷
 * ordered and DSO compare like with like. Ordered/delivered: orders placed
 * in the period and, of those, the ones delivered by its end. Backlog: every
 * non-cancelled order placed before the period's end, whenever, and not yet
 * delivered at that end (so the orders still open from earlier periods count,
 * and the previous period's backlog is the one at its own end). Receivables
 * and overdue are rebuilt at the period's end from paid_at. Lead times come
 * back as (period, days, count) histograms, so medians and p90 stay exact
 * without one row per order.
 */
export async function loadDocumentKpis(db: DbOrTx, input: { organizationId: string; timeZone: string; currency: string } & TPeriods): Promise<Record<keyof TPeriods, TDocumentKpis>> {
  const { organizationId: org, timeZone: tz, currency, current: cur, previous: prev } = input;
  // A day before the previous period's first local midnight: any instant whose local date can fall in either period is after it.
  const since = sql`(${prev.from}::timestamp at time zone ${tz}) - interval '1 day'`;
  const periodOf = (date: SQL) => sql`case when ${date} >= ${cur.from}::date and ${date} < ${cur.to}::date then 'current'
    when ${date} >= ${prev.from}::date and ${date} < ${prev.to}::date then 'previous' end`;
  const perPeriod = (c: string, p: string, build: (p: TKpiPeriod) => SQL) => sql`${build(cur)} as ${sql.raw(c)}, ${build(prev)} as ${sql.raw(p)}`;
  // [[period, days, count], …] by period and days; '[]' when there are none.
  const histogram = (period: SQL, days: SQL, from: SQL) => sql`coalesce((
      select jsonb_agg(jsonb_build_array(period, days, n) order by period, days) from (
        select period, days, count(*)::int as n from (select ${period} as period, ${days} as days from ${from}) x where period is not null group by 1, 2
      ) h), '[]'::jsonb)`;
  const [row] = rowsOf<
    Record<'oc' | 'op' | 'ic' | 'ip', Record<string, number | string> | null> &
      Record<'qc' | 'qp', string> &
      Record<'delivery' | 'invoice_lead', [string, number, number][]> & { quota_by_owner: Record<string, [string, string]> | null }
  >(
    await db.execute(sql`
      with i as materialized (
        -- The invoices of the KPIs (kpi) and every issued invoice of an order (first invoice per order), in one scan.
        select order_id, issue_date, due_date, paid_at, (paid_at at time zone ${tz})::date as paid_on, gross_minor,
               currency = ${currency} and issue_date < ${cur.to}::date and (issue_date >= ${prev.from}::date or paid_at is null or paid_at >= ${since}) as kpi
        from invoices
        where organization_id = ${org} and status not in ('draft', 'cancelled')
          and (order_id is not null or (currency = ${currency} and issue_date < ${cur.to}::date and (issue_date >= ${prev.from}::date or paid_at is null or paid_at >= ${since})))
      ), first_invoice as (
        select order_id, min(issue_date) as issued from i where order_id is not null group by order_id having min(issue_date) >= ${prev.from}::date
      ), o as materialized (
        -- The orders of the KPIs (kpi: placed in the window, delivered in it, or still undelivered), those delivered in the window (delivery) and those first invoiced in it (issued), in one scan.
        select o.gross_minor, o.order_date, o.promised_date, o.delivered_at, x.delivered_on, f.issued,
               o.currency = ${currency} and o.status <> 'cancelled' and o.order_date < ${cur.to}::date
                 and (o.order_date >= ${prev.from}::date or o.delivered_at is null or o.delivered_at >= ${since}) as kpi,
               o.status <> 'cancelled' and o.delivered_at >= ${since} as delivery
        from orders o left join first_invoice f on f.order_id = o.id
        cross join lateral (select (o.delivered_at at time zone ${tz})::date as delivered_on) x
        where o.organization_id = ${org}
          and (f.issued is not null or (o.status <> 'cancelled' and (o.delivered_at >= ${since}
               or (o.currency = ${currency} and o.order_date < ${cur.to}::date and (o.order_date >= ${prev.from}::date or o.delivered_at is null)))))
      )
      select ok.*, ik.*, q.*, qo.*,
             ${histogram(periodOf(sql`delivered_on`), sql`greatest(delivered_on - order_date, 0)`, sql`o where delivery`)} as delivery,
             ${histogram(periodOf(sql`issued`), sql`greatest(issued - order_date, 0)`, sql`o where issued is not null`)} as invoice_lead
      from (
        select ${perPeriod('oc', 'op', (p) => sql`jsonb_build_object(
               'ordered', coalesce(sum(gross_minor) filter (where order_date >= ${p.from}::date and order_date < ${p.to}::date), 0),
               'delivered', coalesce(sum(gross_minor) filter (where order_date >= ${p.from}::date and order_date < ${p.to}::date and delivered_at is not null and delivered_on < ${p.to}::date), 0),
               'backlog', coalesce(sum(gross_minor) filter (where order_date < ${p.to}::date and (delivered_at is null or delivered_on >= ${p.to}::date)), 0),
               'deliveries', count(*) filter (where promised_date is not null and delivered_at is not null and delivered_on >= ${p.from}::date and delivered_on < ${p.to}::date),
               'onTime', count(*) filter (where promised_date is not null and delivered_at is not null and delivered_on >= ${p.from}::date and delivered_on < ${p.to}::date and delivered_on <= promised_date))`)}
        from o where kpi
      ) ok, (
        select ${perPeriod('ic', 'ip', (p) => sql`jsonb_build_object(
               'invoiced', coalesce(sum(gross_minor) filter (where issue_date >= ${p.from}::date and issue_date < ${p.to}::date), 0),
               'receivables', coalesce(sum(gross_minor) filter (where issue_date < ${p.to}::date and (paid_at is null or paid_on >= ${p.to}::date)), 0),
               'overdue', coalesce(sum(gross_minor) filter (where issue_date < ${p.to}::date and due_date < ${p.to}::date and (paid_at is null or paid_on >= ${p.to}::date)), 0),
               'overdueCount', count(*) filter (where issue_date < ${p.to}::date and due_date < ${p.to}::date and (paid_at is null or paid_on >= ${p.to}::date)))`)}
        from i where kpi
      ) ik, (
        select ${perPeriod('qc', 'qp', (p) => sql`coalesce(sum(amount_minor) filter (where month >= ${p.from}::date and month < ${p.pipelineTo}::date), 0)::text`)}
        from quotas where organization_id = ${org} and currency = ${currency}
      ) q, (
        select coalesce(jsonb_object_agg(user_id, jsonb_build_array(c, p)), '{}'::jsonb) as quota_by_owner from (
          select user_id, ${perPeriod('c', 'p', (p) => sql`coalesce(sum(amount_minor) filter (where month >= ${p.from}::date and month < ${p.pipelineTo}::date), 0)::text`)}
          from quotas where organization_id = ${org} and currency = ${currency} group by user_id
        ) x
      ) qo`),
  );
  const histogramOf = (rows: [string, number, number][] | undefined, period: keyof TPeriods) =>
    (rows ?? []).filter(([p]) => p === period).map(([, days, count]) => ({ days: Number(days), count: Number(count) }));
  const build = (orderKey: 'oc' | 'op', invoiceKey: 'ic' | 'ip', quotaKey: 'qc' | 'qp', period: keyof TPeriods): TDocumentKpis => {
    const o = row?.[orderKey] ?? {};
    const i = row?.[invoiceKey] ?? {};
    return {
      orderedMinor: Number(o.ordered ?? 0),
      deliveredMinor: Number(o.delivered ?? 0),
      backlogMinor: Number(o.backlog ?? 0),
      deliveries: Number(o.deliveries ?? 0),
      onTimeDeliveries: Number(o.onTime ?? 0),
      invoicedMinor: Number(i.invoiced ?? 0),
      receivablesMinor: Number(i.receivables ?? 0),
      overdueMinor: Number(i.overdue ?? 0),
      overdueCount: Number(i.overdueCount ?? 0),
      quotaMinor: Number(row?.[quotaKey] ?? 0),
      orderToDeliveryDays: histogramOf(row?.delivery, period),
      orderToInvoiceDays: histogramOf(row?.invoice_lead, period),
      quotaByOwnerMinor: Object.fromEntries(Object.entries(row?.quota_by_owner ?? {}).map(([owner, [c, p]]) => [owner, Number(period === 'current' ? c : p)])),
    };
  };
  return { current: build('oc', 'ic', 'qc', 'current'), previous: build('op', 'ip', 'qp', 'previous') };
}
