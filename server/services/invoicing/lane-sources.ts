import { sql, type SQL } from 'drizzle-orm';
import { customers, invoices, opportunities, orders, teamMembers, users } from '~/db/schema';
import type { TInvoicingLane } from '~/domain/schemas/invoicing';
import type { TBoardScope } from './board-scope';

/**
 * One row per document a lane shows, with the same columns for every lane:
 * id, title, "customerName", "ownerName", "amountMinor", currency, status,
 * date ('YYYY-MM-DD'), "dueDate", probability, version, month ('YYYY-MM').
 *
 * - opportunities: open deals by expected close month, plus won deals in the
 *   month they were won (closed_at in the organization's time zone), status
 *   'won'. Lost deals are not shown.
 * - orders: by order date; cancelled orders are not shown.
 * - invoices: by issue date; status is the board bucket (draft, pending,
 *   overdue = authorized and due before today, paid); cancelled not shown.
 *
 * Business dates are `date` columns and are bucketed by the date itself
 * (cast to timestamp without time zone, so the session time zone plays no
 * part). Every source filters by the organization and the period.
 * `currencyOnly` keeps only documents in the organization's currency (totals).
 */
export function laneSource(lane: TInvoicingLane, scope: TBoardScope, currencyOnly: boolean): SQL {
  switch (lane) {
    case 'opportunities':
      return opportunitySource(scope, currencyOnly);
    case 'orders':
      return orderSource(scope, currencyOnly);
    case 'invoices':
      return invoiceSource(scope, currencyOnly);
  }
}

const monthOf = (date: SQL) => sql`to_char(date_trunc('month', (${date})::timestamp), 'YYYY-MM')`;
const dayOf = (date: SQL) => sql`to_char((${date})::timestamp, 'YYYY-MM-DD')`;

function opportunitySource(scope: TBoardScope, currencyOnly: boolean): SQL {
  const { organizationId, timeZone, period, filter } = scope;
  const wonDate = sql`(o.closed_at at time zone ${timeZone})::date`;
  const common = sql.join(
    [
      sql`o.organization_id = ${organizationId}`,
      currencyOnly ? sql`o.currency = ${scope.currency}` : undefined,
      filter.owner ? sql`o.owner_id = ${filter.owner}` : undefined,
      filter.team ? sql`o.team_id = ${filter.team}` : undefined,
      filter.customer ? sql`o.customer_id = ${filter.customer}` : undefined,
    ].filter((x): x is SQL => !!x),
    sql` and `,
  );
  const columns = (date: SQL) => sql`
    o.id::text as id, o.title, c.legal_name as "customerName", u.name as "ownerName", o.amount_minor as "amountMinor",
    o.currency::text as currency, o.status::text as status, ${dayOf(date)} as date, null::text as "dueDate",
    o.probability, o.version, ${monthOf(date)} as month`;
  return sql`
    select ${columns(sql`o.expected_close_date`)}
    from ${opportunities} o join ${users} u on u.id = o.owner_id left join ${customers} c on c.id = o.customer_id
    where ${common} and o.status = 'open'
      and o.expected_close_date >= ${period.start}::date and o.expected_close_date < ${period.endExclusive}::date
    union all
    select ${columns(wonDate)}
    from ${opportunities} o join ${users} u on u.id = o.owner_id left join ${customers} c on c.id = o.customer_id
    where ${common} and o.status = 'won'
      and o.closed_at >= (${period.start}::timestamp at time zone ${timeZone})
      and o.closed_at < (${period.endExclusive}::timestamp at time zone ${timeZone})`;
}

/**
 * Owner and team of an order or invoice: the order's owner, else the linked
 * deal's owner; the team is the linked deal's team, else any team the owner
 * belongs to.
 */
function documentFilters(scope: TBoardScope, customerColumn: SQL): SQL[] {
  const { organizationId, filter } = scope;
  const owner = sql`coalesce(ord.owner_id, op.owner_id)`;
  return [
    filter.owner ? sql`${owner} = ${filter.owner}` : undefined,
    filter.team
      ? sql`coalesce(op.team_id = ${filter.team}, ${owner} in (select tm.user_id from ${teamMembers} tm where tm.team_id = ${filter.team} and tm.organization_id = ${organizationId}))`
      : undefined,
    filter.customer ? sql`${customerColumn} = ${filter.customer}` : undefined,
  ].filter((x): x is SQL => !!x);
}

function orderSource(scope: TBoardScope, currencyOnly: boolean): SQL {
  const { organizationId, period } = scope;
  const where = [
    sql`ord.organization_id = ${organizationId}`,
    sql`ord.status <> 'cancelled'`,
    sql`ord.order_date >= ${period.start}::date and ord.order_date < ${period.endExclusive}::date`,
    currencyOnly ? sql`ord.currency = ${scope.currency}` : undefined,
    ...documentFilters(scope, sql`ord.customer_id`),
  ].filter((x): x is SQL => !!x);
  return sql`
    select ord.id::text as id, ord.number as title, c.legal_name as "customerName", u.name as "ownerName",
      ord.net_minor as "amountMinor", ord.currency::text as currency, ord.status::text as status,
      ${dayOf(sql`ord.order_date`)} as date, null::text as "dueDate", null::int as probability, ord.version,
      ${monthOf(sql`ord.order_date`)} as month
    from ${orders} ord
    join ${customers} c on c.id = ord.customer_id
    left join ${opportunities} op on op.id = ord.opportunity_id
    left join ${users} u on u.id = coalesce(ord.owner_id, op.owner_id)
    where ${sql.join(where, sql` and `)}`;
}

/** The invoice bucket in SQL; mirrors domain/invoicing/invoice-bucket.ts. */
const invoiceBucketSql = (today: string) => sql`case inv.status
      when 'draft' then 'draft' when 'paid' then 'paid'
      else case when inv.due_date < ${today}::date then 'overdue' else 'pending' end end`;

function invoiceSource(scope: TBoardScope, currencyOnly: boolean): SQL {
  const { organizationId, period } = scope;
  const where = [
    sql`inv.organization_id = ${organizationId}`,
    sql`inv.status <> 'cancelled'`,
    sql`inv.issue_date >= ${period.start}::date and inv.issue_date < ${period.endExclusive}::date`,
    currencyOnly ? sql`inv.currency = ${scope.currency}` : undefined,
    ...documentFilters(scope, sql`inv.customer_id`),
  ].filter((x): x is SQL => !!x);
  return sql`
    select inv.id::text as id, inv.number as title, c.legal_name as "customerName", u.name as "ownerName",
      inv.net_minor as "amountMinor", inv.currency::text as currency, ${invoiceBucketSql(period.today)} as status,
      ${dayOf(sql`inv.issue_date`)} as date, ${dayOf(sql`inv.due_date`)} as "dueDate", null::int as probability, inv.version,
      ${monthOf(sql`inv.issue_date`)} as month
    from ${invoices} inv
    join ${customers} c on c.id = inv.customer_id
    left join ${orders} ord on ord.id = inv.order_id
    left join ${opportunities} op on op.id = ord.opportunity_id
    left join ${users} u on u.id = coalesce(ord.owner_id, op.owner_id)
    where ${sql.join(where, sql` and `)}`;
}
