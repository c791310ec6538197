import type postgres from 'postgres';

export type TVolume = { opportunities: number; orders: number; invoices: number; owners: number };

/**
 * Fills one organization with synthetic history in SQL (generate_series,
 * no JS round trips): `owners` extra reps, opportunities over the last
 * 36 months (≈ 10 % open over the next 12 months, the rest won or lost
 * with close dates and amounts that vary by month), orders and invoices
 * spread over the last 24 months in every state the KPIs look at. Then
 * VACUUM ANALYZE, so plans are realistic. Deterministic (hash-based, no random()).
 */
/**
 * A board history for a third of the closed deals: moved at 10 %, moved at
 * 50 %, then won or lost from 75 % (3 events each, as the board's moves
 * write them). Returns the number of events. VACUUM ANALYZE after, as above.
 */
export async function addClosedDealHistory(sql: postgres.Sql, organizationId: string): Promise<number> {
  const [row] = await sql<{ n: number }[]>`
    with added as (
      insert into opportunity_events (organization_id, opportunity_id, kind, "from", "to", version)
      select o.organization_id, o.id, k.kind::opportunity_event_kind, jsonb_build_object('stageId', o.stage_id, 'probability', k.probability, 'status', 'open'), '{}'::jsonb, k.version
      from opportunities o
      cross join lateral (values ('moved', 10, 1), ('moved', 50, 2), (o.status::text, 75, 3)) k(kind, probability, version)
      where o.organization_id = ${organizationId} and o.status in ('won', 'lost') and (hashtext(o.title) & 2147483647) % 3 = 0
      returning 1
    ) select count(*)::int as n from added`;
  await sql.unsafe('vacuum (analyze) opportunity_events');
  return row!.n;
}

export async function generateForecastData(sql: postgres.Sql, organizationId: string, v: TVolume): Promise<void> {
  const [ctx] = await sql<{ pipeline_id: string; stage_id: string; customer_id: string; currency: string }[]>`
    select p.id as pipeline_id, s.id as stage_id, c.id as customer_id, o.currency
    from organizations o join pipelines p on p.organization_id = o.id join stages s on s.pipeline_id = p.id
    join customers c on c.organization_id = o.id where o.id = ${organizationId} limit 1`;
  if (!ctx) throw new Error('bench organization has no pipeline, stage or customer');
  await sql`insert into users (id, name, email, email_verified)
    select 'bench-rep-' || g, 'Bench Rep ' || g, 'bench-rep-' || g || '@bench.invalid', false from generate_series(1, ${v.owners}) g`;
  await sql`insert into members (id, organization_id, user_id, role)
    select 'bench-member-' || g, ${organizationId}, 'bench-rep-' || g, 'rep' from generate_series(1, ${v.owners}) g`;
  await sql`
    insert into opportunities (organization_id, title, customer_id, owner_id, pipeline_id, stage_id, amount_minor, currency, probability,
                               expected_close_date, status, forecast_category, rank, closed_at, created_at)
    select ${organizationId}, 'Bench deal ' || g, ${ctx.customer_id}, 'bench-rep-' || (1 + g % ${v.owners}), ${ctx.pipeline_id}, ${ctx.stage_id},
           (50000 + (hashint4(g) & 2147483647) % 5000000)::bigint, ${ctx.currency},
           case when g % 10 = 0 then (array[10, 25, 50, 75, 90])[1 + g % 5] when g % 10 < 4 then 0 else 100 end,
           case when g % 10 = 0 then current_date + (g % 365) else current_date - (g % 1095) end,
           (case when g % 10 = 0 then 'open' when g % 10 < 4 then 'lost' else 'won' end)::opportunity_status,
           (case when g % 10 = 0 then (array['pipeline', 'best_case', 'commit', 'pipeline', 'omitted'])[1 + g % 5] when g % 10 < 4 then 'omitted' else 'closed' end)::forecast_category,
           'a' || lpad(g::text, 8, '0'),
           case when g % 10 = 0 then null else (current_date - (g % 1095))::timestamp + interval '12 hours' end,
           (current_date - (g % 1095) - 30 - g % 90)::timestamp
    from generate_series(1, ${v.opportunities}) g`;
  await sql`
    insert into orders (organization_id, number, customer_id, status, order_date, promised_date, delivered_at, owner_id, currency, net_minor, tax_minor, gross_minor)
    select ${organizationId}, 'O-B-' || g, ${ctx.customer_id},
           (case when g % 20 = 0 then 'cancelled' when g % 5 = 0 then 'confirmed' when g % 5 = 1 then 'invoiced' else 'delivered' end)::order_status,
           current_date - (g % 730), current_date - (g % 730) + 14,
           case when g % 5 in (0) or g % 20 = 0 then null else (current_date - (g % 730) + (g % 21))::timestamp + interval '10 hours' end,
           'bench-rep-' || (1 + g % ${v.owners}), ${ctx.currency}, 100000 + g % 900000, 21000, 121000 + g % 900000
    from generate_series(1, ${v.orders}) g`;
  await sql`
    insert into invoices (organization_id, number, order_id, customer_id, status, issue_date, due_date, paid_at, currency, net_minor, tax_minor, gross_minor)
    select ${organizationId}, 'F-B-' || g, null, ${ctx.customer_id},
           (case when g % 10 = 0 then 'authorized' when g % 50 = 1 then 'cancelled' else 'paid' end)::invoice_status,
           current_date - (g % 720), current_date - (g % 720) + 30,
           case when g % 10 = 0 or g % 50 = 1 then null else (current_date - (g % 720) + 20 + g % 25)::timestamp end,
           ${ctx.currency}, 100000 + g % 900000, 21000, 121000 + g % 900000
    from generate_series(1, ${v.invoices}) g`;
  // A third of the invoices belong to an order (lead times order → invoice).
  await sql`
    update invoices i set order_id = o.id from orders o
    where i.organization_id = ${organizationId} and o.organization_id = ${organizationId}
      and i.number like 'F-B-%' and o.number = 'O-B-' || substr(i.number, 5) and substr(i.number, 5)::int % 3 = 0`;
  // Half the orders come from a deal (the KPIs per owner, team and pipeline follow an order's deal). Analyzed first, or the
  // planner, which knows nothing of the fresh rows, joins them in a nested loop (minutes instead of seconds).
  await sql`analyze opportunities, orders`;
  await sql`
    update orders o set opportunity_id = d.id from opportunities d
    where o.organization_id = ${organizationId} and d.organization_id = ${organizationId}
      and o.number like 'O-B-%' and substr(o.number, 5)::int % 2 = 0 and d.title = 'Bench deal ' || (substr(o.number, 5)::int * 3)`;
  // VACUUM as well: a live table is kept all-visible by autovacuum, a freshly bulk-loaded one is not until autovacuum gets to
  // it (then in the middle of a measurement); index-only scans (the forecast's open deals) depend on it. One statement each:
  // VACUUM cannot run in the implicit transaction of a multi-statement query.
  for (const table of ['opportunities', 'orders', 'invoices', 'opportunity_events']) await sql.unsafe(`vacuum (analyze) ${table}`);
}
