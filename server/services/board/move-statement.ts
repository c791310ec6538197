import { sql, type SQL } from 'drizzle-orm';
import type { TMoveInput, TMoveTarget } from '~/domain/schemas/board';

/** Columns of the answer, shaped like TBoardCard (snake_case; numbers as text where drivers differ). */
export type TMovedRow = {
  id: string;
  title: string;
  customer_id: string | null;
  customer_name: string | null;
  owner_id: string;
  owner_name: string;
  team_id: string | null;
  pipeline_id: string;
  stage_id: string;
  type: 'new_business' | 'upsell' | 'renewal';
  amount_minor: string | number;
  currency: string;
  probability: number;
  expected_close_date: string;
  status: 'open' | 'won' | 'lost';
  stage_entered_at: string;
  rank: string;
  version: number;
  board_seq: string | number;
  notification: Record<string, unknown> | null;
};

/**
 * What a drop on each kind of target sets: the new stage, probability,
 * status and lost reason, as a one-row SELECT over `cur` (the locked card).
 * It yields no row when the target is not valid for the card (a stage of
 * another pipeline or organization), and then nothing is written.
 */
function targetRow(organizationId: string, target: TMoveTarget): SQL {
  switch (target.kind) {
    case 'band':
      return sql`select cur.stage_id, ${target.probability}::int as probability, 'open'::opportunity_status as status, null::text as lost_reason from cur`;
    case 'reorder':
      return sql`select cur.stage_id, cur.probability, 'open'::opportunity_status as status, null::text as lost_reason from cur`;
    case 'won':
      return sql`select cur.stage_id, 100 as probability, 'won'::opportunity_status as status, null::text as lost_reason from cur`;
    case 'lost':
      return sql`select cur.stage_id, 0 as probability, 'lost'::opportunity_status as status, ${target.reason}::text as lost_reason from cur`;
    case 'stage':
      return sql`
        select s.id as stage_id,
               -- Only a change of stage takes the stage's default: a drop in its own stage keeps a probability set by hand.
               case when org.stage_sets_probability and s.id <> cur.stage_id then s.default_probability else cur.probability end as probability,
               'open'::opportunity_status as status, null::text as lost_reason
        from cur
        join stages s on s.id = ${target.stageId} and s.organization_id = ${organizationId} and s.pipeline_id = cur.pipeline_id
        join organizations org on org.id = ${organizationId}`;
  }
}

/** The history record's `to` object, built from the updated row. */
function historyTo(target: TMoveTarget): SQL {
  switch (target.kind) {
    case 'band':
      return sql`jsonb_build_object('probability', upd.probability)`;
    case 'reorder':
      return sql`'{}'::jsonb`;
    case 'stage':
      return sql`jsonb_build_object('stageId', upd.stage_id, 'probability', upd.probability)`;
    case 'won':
      return sql`jsonb_build_object('status', 'won', 'probability', 100)`;
    case 'lost':
      return sql`jsonb_build_object('status', 'lost', 'probability', 0, 'lostReason', upd.lost_reason)`;
  }
}

export const eventKindOf = (target: TMoveTarget) => (target.kind === 'won' || target.kind === 'lost' ? target.kind : target.kind === 'reorder' ? 'reordered' : 'moved');

/**
 * A whole move as ONE statement (one round trip, autocommit, atomic):
 * 1. `cur` locks the card if it is still at the version the client saw and open;
 * 2. `tgt` computes what the drop changes (empty if the target is invalid);
 * 3. `next` takes the organization's next board sequence number — only when
 *    there is something to change, so failed moves leave no gaps. Its row
 *    lock is held until the statement commits, so sequence numbers follow
 *    commit order (catch-up by "everything after N" never skips a change);
 * 4. `upd` applies the change, bumps the version and stamps the sequence;
 * 5. `ev` records the history event (a reused client mutation id violates
 *    the unique index and aborts everything);
 * 6. `notif` tells the owner when someone else moved their deal (not when
 *    it only changed place within its column).
 * The answer is the new card, or no row when nothing was changed (stale
 * version, closed card, invalid target, unknown id): the caller finds out which.
 */
export function moveStatement(organizationId: string, actor: { userId: string; name: string }, input: TMoveInput): SQL {
  const kind = eventKindOf(input.target);
  return sql`
    with cur as (
      select o.id, o.version, o.status, o.stage_id, o.probability, o.pipeline_id, o.title
      from opportunities o
      where o.id = ${input.id} and o.organization_id = ${organizationId} and o.version = ${input.version} and o.status = 'open'
      for update
    ),
    tgt as (${targetRow(organizationId, input.target)}),
    next as (
      insert into board_sequences (organization_id, seq)
      select ${organizationId}, 1 from tgt
      on conflict (organization_id) do update set seq = board_sequences.seq + 1
      returning seq
    ),
    upd as (
      update opportunities o set
        stage_id = tgt.stage_id,
        probability = tgt.probability,
        status = tgt.status,
        lost_reason = coalesce(tgt.lost_reason, o.lost_reason),
        forecast_category = case tgt.status when 'won' then 'closed'::forecast_category when 'lost' then 'omitted'::forecast_category else o.forecast_category end,
        closed_at = case when tgt.status <> 'open' then now() else o.closed_at end,
        stage_entered_at = case when tgt.stage_id <> o.stage_id then now() else o.stage_entered_at end,
        rank = ${input.rank},
        version = o.version + 1,
        board_seq = next.seq,
        updated_at = now()
      from tgt, next
      where o.id = ${input.id} and o.organization_id = ${organizationId} and o.version = ${input.version}
      returning o.*
    ),
    ev as (
      insert into opportunity_events (organization_id, opportunity_id, actor_id, kind, "from", "to", version, client_mutation_id)
      select ${organizationId}, upd.id, ${actor.userId}, ${kind}::opportunity_event_kind,
             jsonb_build_object('stageId', cur.stage_id, 'probability', cur.probability, 'status', cur.status),
             ${historyTo(input.target)}, upd.version, ${input.clientMutationId}
      from upd, cur
    ),
    notif as (
      insert into notifications (organization_id, user_id, kind, data, link, actor_id)
      select ${organizationId}, upd.owner_id, 'deal_changed',
             jsonb_build_object('opportunityId', upd.id, 'title', upd.title, 'actorName', ${actor.name}::text, 'change', ${kind}::text,
                                'probability', upd.probability, 'stageId', upd.stage_id),
             '/boards/probability?card=' || upd.id, ${actor.userId}
      from upd where upd.owner_id <> ${actor.userId}${input.target.kind === 'reorder' ? sql` and false` : sql``}
      returning *
    )
    select upd.id, upd.title, upd.customer_id, c.legal_name as customer_name, upd.owner_id, u.name as owner_name, upd.team_id,
           upd.pipeline_id, upd.stage_id, upd.type, upd.amount_minor::text as amount_minor, upd.currency, upd.probability,
           upd.expected_close_date::text as expected_close_date, upd.status,
           to_char(upd.stage_entered_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as stage_entered_at,
           upd.rank, upd.version, upd.board_seq::text as board_seq,
           (select to_jsonb(n) from notif n) as notification
    from upd
    join users u on u.id = upd.owner_id
    left join customers c on c.id = upd.customer_id`;
}
