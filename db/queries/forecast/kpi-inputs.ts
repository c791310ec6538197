import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { rowsOf } from '~/db/rows';
import type { TDocumentKpis } from '~/domain/forecast/closed-facts';
import { documentsTotal, NO_DOCUMENTS, type TDocumentCell } from '~/domain/forecast/document-groups';

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
 *
 * Everything is summed per owner, team and pipeline (`cells`; the
 * organization's figures are their sum): an order belongs to its owner
 * (the deal's when it has none), to the deal's team when that owner is the
 * deal's (else to the owner's first team) and to the deal's pipeline (none
 * without a deal); an invoice to its order's; an order with no owner and no
 * deal, and an invoice without an order, to the organization only.
 */
export async function loadDocumentKpis(
  db: DbOrTx,
  input: { organizationId: string; timeZone: string; currency: string } & TPeriods,
): Promise<Record<keyof TPeriods, TDocumentKpis> & { cells: TDocumentCell[] }> {
  const { organizationId: org, timeZone: tz, currency, current: cur, previous: prev } = input;
  // A day before the previous period's first local midnight: any instant whose local date can fall in either period is after it.
  const since = sql`(${prev.from}::timestamp at time zone ${tz}) - interval '1 day'`;
  const periodOf = (date: SQL) => sql`case when ${date} >= ${cur.from}::date and ${date} < ${cur.to}::date then 'current'
    when ${date} >= ${prev.from}::date and ${date} < ${prev.to}::date then 'previous' end`;
  const perPeriod = (c: string, p: string, build: (p: TKpiPeriod) => SQL) => sql`${build(cur)} as ${sql.raw(c)}, ${build(prev)} as ${sql.raw(p)}`;
  // [[owner, team, pipeline, period, days, count], …]; '[]' when there are none.
  const histogram = (period: SQL, days: SQL, from: SQL) => sql`coalesce((
      select jsonb_agg(jsonb_build_array(owner_id, team_id, pipeline_id, period, days, n)) from (
        select owner_id, team_id, pipeline_id, period, days, count(*)::int as n from (select owner_id, team_id, pipeline_id, ${period} as period, ${days} as days from ${from}) x
        where period is not null group by 1, 2, 3, 4, 5
      ) h), '[]'::jsonb)`;
  // [[owner, team, pipeline, current, previous], …] of the rows summed per owner, team and pipeline.
  const byCell = (c: string, p: string, from: SQL) => sql`coalesce((
      select jsonb_agg(jsonb_build_array(owner_id, team_id, pipeline_id, ${sql.raw(c)}, ${sql.raw(p)})) from (select owner_id, team_id, pipeline_id, ${from} group by 1, 2, 3) x
    ), '[]'::jsonb)`;
  // Who an order counts for: its owner (the deal's when it has none, as the order list shows it), that owner's team (the
  // deal's team when the owner is the deal's; else the owner's first team) and the deal's pipeline.
  const attribution = (order: string, deal: string) => {
    const [o, d] = [sql.raw(order), sql.raw(deal)];
    return sql`
    left join opportunities ${d} on ${d}.id = ${o}.opportunity_id and ${d}.organization_id = ${org}
    cross join lateral (select coalesce(${o}.owner_id, ${d}.owner_id) as owner_id, (${d}.id is not null and (${o}.owner_id is null or ${o}.owner_id = ${d}.owner_id)) as deal_team) w
    left join owner_team ot on not w.deal_team and ot.user_id = w.owner_id
    cross join lateral (select w.owner_id, case when w.deal_team then ${d}.team_id else ot.team_id end as team_id, ${d}.pipeline_id::text as pipeline_id) g`;
  };
  const [row] = rowsOf<
    Record<'orders' | 'invoices', [string | null, string | null, string | null, Record<string, number | string>, Record<string, number | string>][]> &
      Record<'qc' | 'qp', string> &
      Record<'delivery' | 'invoice_lead', [string | null, string | null, string | null, string, number, number][]> & { quota_by_owner: Record<string, [string, string]> | null }
  >(
    await db.execute(sql`
      with owner_team as (
        select distinct on (tm.user_id) tm.user_id, tm.team_id from team_members tm join teams t on t.id = tm.team_id
        where tm.organization_id = ${org} order by tm.user_id, t.position, t.name
      ), i as materialized (
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
        select o.gross_minor, o.order_date, o.promised_date, o.delivered_at, x.delivered_on, f.issued, g.owner_id, g.team_id, g.pipeline_id,
               o.currency = ${currency} and o.status <> 'cancelled' and o.order_date < ${cur.to}::date
                 and (o.order_date >= ${prev.from}::date or o.delivered_at is null or o.delivered_at >= ${since}) as kpi,
               o.status <> 'cancelled' and o.delivered_at >= ${since} as delivery
        from orders o left join first_invoice f on f.order_id = o.id
        cross join lateral (select (o.delivered_at at time zone ${tz})::date as delivered_on) x
        ${attribution('o', 'd')}
        where o.organization_id = ${org}
          and (f.issued is not null or (o.status <> 'cancelled' and (o.delivered_at >= ${since}
               or (o.currency = ${currency} and o.order_date < ${cur.to}::date and (o.order_date >= ${prev.from}::date or o.delivered_at is null)))))
      ), ik as (
        -- The KPI invoices with whom they count for (their order's).
        select i.*, g.owner_id, g.team_id, g.pipeline_id from i
        left join orders io on io.id = i.order_id and io.organization_id = ${org}
        ${attribution('io', 'd')}
        where i.kpi
      )
      select q.*, qo.*,
             ${byCell('oc', 'op', sql`${perPeriod('oc', 'op', (p) => sql`jsonb_build_object(
               'ordered', coalesce(sum(gross_minor) filter (where order_date >= ${p.from}::date and order_date < ${p.to}::date), 0),
               'delivered', coalesce(sum(gross_minor) filter (where order_date >= ${p.from}::date and order_date < ${p.to}::date and delivered_at is not null and delivered_on < ${p.to}::date), 0),
               'backlog', coalesce(sum(gross_minor) filter (where order_date < ${p.to}::date and (delivered_at is null or delivered_on >= ${p.to}::date)), 0),
               'deliveries', count(*) filter (where promised_date is not null and delivered_at is not null and delivered_on >= ${p.from}::date and delivered_on < ${p.to}::date),
               'onTime', count(*) filter (where promised_date is not null and delivered_at is not null and delivered_on >= ${p.from}::date and delivered_on < ${p.to}::date and delivered_on <= promised_date))`)}
               from o where kpi`)} as orders,
             ${byCell('ic', 'ip', sql`${perPeriod('ic', 'ip', (p) => sql`jsonb_build_object(
               'invoiced', coalesce(sum(gross_minor) filter (where issue_date >= ${p.from}::date and issue_date < ${p.to}::date), 0),
               'receivables', coalesce(sum(gross_minor) filter (where issue_date < ${p.to}::date and (paid_at is null or paid_on >= ${p.to}::date)), 0),
               'overdue', coalesce(sum(gross_minor) filter (where issue_date < ${p.to}::date and due_date < ${p.to}::date and (paid_at is null or paid_on >= ${p.to}::date)), 0),
               'overdueCount', count(*) filter (where issue_date < ${p.to}::date and due_date < ${p.to}::date and (paid_at is null or paid_on >= ${p.to}::date)))`)}
               from ik`)} as invoices,
             ${histogram(periodOf(sql`delivered_on`), sql`greatest(delivered_on - order_date, 0)`, sql`o where delivery`)} as delivery,
             ${histogram(periodOf(sql`issued`), sql`greatest(issued - order_date, 0)`, sql`o where issued is not null`)} as invoice_lead
      from (
        select ${perPeriod('qc', 'qp', (p) => sql`coalesce(sum(amount_minor) filter (where month >= ${p.from}::date and month < ${p.pipelineTo}::date), 0)::text`)}
        from quotas where organization_id = ${org} and currency = ${currency}
      ) q, (
        select coalesce(jsonb_object_agg(user_id, jsonb_build_array(c, p)), '{}'::jsonb) as quota_by_owner from (
          select user_id, ${perPeriod('c', 'p', (p) => sql`coalesce(sum(amount_minor) filter (where month >= ${p.from}::date and month < ${p.pipelineTo}::date), 0)::text`)}
          from quotas where organization_id = ${org} and currency = ${currency} group by user_id
        ) x
      ) qo`),
  );
  const cells = documentCells(row);
  const total = documentsTotal(cells);
  const quotas = (quotaKey: 'qc' | 'qp', period: keyof TPeriods) => ({
    quotaMinor: Number(row?.[quotaKey] ?? 0),
    quotaByOwnerMinor: Object.fromEntries(Object.entries(row?.quota_by_owner ?? {}).map(([owner, [c, p]]) => [owner, Number(period === 'current' ? c : p)])),
  });
  return { current: { ...total.current, ...quotas('qc', 'current') }, previous: { ...total.previous, ...quotas('qp', 'previous') }, cells };
}

type TCellRow = [string | null, string | null, string | null];

/** The statement's per-cell JSON as cells (lead-time histograms sorted by days). */
function documentCells(
  row:
    | (Record<'orders' | 'invoices', [...TCellRow, Record<string, number | string>, Record<string, number | string>][]> &
        Record<'delivery' | 'invoice_lead', [...TCellRow, string, number, number][]>)
    | undefined,
): TDocumentCell[] {
  const cells = new Map<string, TDocumentCell>();
  const cellOf = ([ownerId, teamId, pipelineId]: TCellRow) => {
    const key = JSON.stringify([ownerId, teamId, pipelineId]);
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = { ownerId, teamId, pipelineId, current: { ...NO_DOCUMENTS }, previous: { ...NO_DOCUMENTS } }));
    return cell;
  };
  for (const [owner, team, pipeline, c, p] of row?.orders ?? []) {
    const cell = cellOf([owner, team, pipeline]);
    for (const [period, o] of [['current', c], ['previous', p]] as const) {
      Object.assign(cell[period], { orderedMinor: Number(o.ordered), deliveredMinor: Number(o.delivered), backlogMinor: Number(o.backlog), deliveries: Number(o.deliveries), onTimeDeliveries: Number(o.onTime) });
    }
  }
  for (const [owner, team, pipeline, c, p] of row?.invoices ?? []) {
    const cell = cellOf([owner, team, pipeline]);
    for (const [period, i] of [['current', c], ['previous', p]] as const) {
      Object.assign(cell[period], { invoicedMinor: Number(i.invoiced), receivablesMinor: Number(i.receivables), overdueMinor: Number(i.overdue), overdueCount: Number(i.overdueCount) });
    }
  }
  for (const [field, rows] of [['orderToDeliveryDays', row?.delivery], ['orderToInvoiceDays', row?.invoice_lead]] as const) {
    for (const [owner, team, pipeline, period, days, count] of rows ?? []) {
      if (period !== 'current' && period !== 'previous') continue;
      const documents = cellOf([owner, team, pipeline])[period];
      documents[field] = [...documents[field], { days: Number(days), count: Number(count) }].sort((a, b) => a.days - b.days);
    }
  }
  return [...cells.values()];
}
