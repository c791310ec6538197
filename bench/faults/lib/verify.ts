import { asc, eq } from 'drizzle-orm';
import type { Db } from '~/db/client';
import { boardSequences, opportunities, opportunityEvents } from '~/db/schema';
import type { TBoardCard } from '~/domain/board/card';
import type { TMoveRecord } from './moves';

/** What the database holds for one organization's board after a run. */
export type TBoardTruth = {
  seq: number;
  cards: { id: string; version: number; probability: number; status: string; rank: string }[];
  events: { opportunityId: string; version: number; clientMutationId: string | null }[];
};

/** Reads the organization's cards, their history events and the board sequence directly from the database. */
export async function readBoardTruth(db: Db, organizationId: string): Promise<TBoardTruth> {
  const cards = await db
    .select({ id: opportunities.id, version: opportunities.version, probability: opportunities.probability, status: opportunities.status, rank: opportunities.rank })
    .from(opportunities)
    .where(eq(opportunities.organizationId, organizationId));
  const events = await db
    .select({ opportunityId: opportunityEvents.opportunityId, version: opportunityEvents.version, clientMutationId: opportunityEvents.clientMutationId })
    .from(opportunityEvents)
    .where(eq(opportunityEvents.organizationId, organizationId))
    .orderBy(asc(opportunityEvents.opportunityId), asc(opportunityEvents.version));
  const [row] = await db.select({ seq: boardSequences.seq }).from(boardSequences).where(eq(boardSequences.organizationId, organizationId));
  return { seq: row?.seq ?? 0, cards, events };
}

/** What a board key reads of a card: an API card or a database row (whose status is plain text). */
type TKeyedCard = Pick<TBoardCard, 'id' | 'version' | 'probability' | 'rank'> & { status: string };

/** A board as `id → version:probability:rank` of its open cards: what two views must agree on. */
export function boardKey(cards: Iterable<TKeyedCard>): string {
  return [...cards]
    .filter((c) => c.status === 'open')
    .map((c) => `${c.id}:${c.version}:${c.probability}:${c.rank}`)
    .sort()
    .join(',');
}

/** A client's board at the end of a run, as its own sync logic left it. */
export type TClientBoard = { name: string; seq: number; cards: Iterable<TKeyedCard> };

/**
 * The clients whose board is not the database's: open cards (by `boardKey`)
 * or board sequence differ. One line per such client naming the first card
 * that differs; empty when every client equals the database.
 */
export function boardsVsDatabase(truth: TBoardTruth, clients: readonly TClientBoard[]): string[] {
  const expected = boardKey(truth.cards);
  const database = new Set(expected.split(','));
  const differences: string[] = [];
  for (const client of clients) {
    const key = boardKey(client.cards);
    if (key === expected && client.seq === truth.seq) continue;
    const own = new Set(key.split(','));
    const missing = [...database].filter((k) => !own.has(k));
    const extra = [...own].filter((k) => !database.has(k));
    const first = missing[0] ? `database has ${missing[0]}` : extra[0] ? `client has ${extra[0]}` : 'same cards';
    differences.push(`${client.name}: seq ${client.seq} vs ${truth.seq}, ${missing.length + extra.length} card entries differ (${first})`);
  }
  return differences;
}

/** Every way a run can be wrong; each list must be empty. */
export type TViolations = {
  /** Moves answered as successful whose event is not in the database (or not at the answered version). */
  lostWrites: string[];
  /** Refused moves not answered with CONFLICT and the current card. */
  badRefusals: string[];
  /** Cards whose history versions are not exactly initial+1 … current. */
  versionGaps: string[];
  /** Client mutation ids recorded more than once. */
  duplicates: string[];
};

/**
 * Checks the moves the clients made against the database: acknowledged
 * writes are there (exactly once), refusals were CONFLICT with a newer
 * card, and each card's history has no gap. `initialVersion` is the version
 * every card was seeded with.
 */
export function checkMoves(truth: TBoardTruth, moves: readonly TMoveRecord[], initialVersion = 1): TViolations {
  const byMutation = new Map<string, TBoardTruth['events']>();
  for (const event of truth.events) {
    if (!event.clientMutationId) continue;
    byMutation.set(event.clientMutationId, [...(byMutation.get(event.clientMutationId) ?? []), event]);
  }
  const violations: TViolations = { lostWrites: [], badRefusals: [], versionGaps: [], duplicates: [] };
  for (const [id, events] of byMutation) if (events.length > 1) violations.duplicates.push(id);
  for (const move of moves) {
    if (move.outcome === 'ok') {
      const [event] = byMutation.get(move.clientMutationId) ?? [];
      const atVersion = move.replayed || event?.version === move.ackVersion;
      if (!event || event.opportunityId !== move.cardId || !atVersion) violations.lostWrites.push(`${move.client} ${move.clientMutationId} v${move.ackVersion}`);
    } else if (move.outcome === 'conflict') {
      const card = move.conflictCard;
      const newer = card && card.id === move.cardId && (card.version > move.sentVersion || card.status !== 'open');
      if (!newer || byMutation.has(move.clientMutationId)) violations.badRefusals.push(`${move.client} ${move.clientMutationId}: ${move.message}`);
    } else if (move.outcome === 'refused') {
      violations.badRefusals.push(`${move.client} ${move.clientMutationId}: ${move.message}`);
    }
  }
  const versions = new Map<string, number[]>();
  for (const event of truth.events) versions.set(event.opportunityId, [...(versions.get(event.opportunityId) ?? []), event.version]);
  for (const card of truth.cards) {
    const history = versions.get(card.id) ?? [];
    const expected = Array.from({ length: card.version - initialVersion }, (_, i) => initialVersion + 1 + i);
    if (history.join() !== expected.join()) violations.versionGaps.push(`${card.id}: v${card.version}, history [${history.join()}]`);
  }
  return violations;
}

export const violationCount = (v: TViolations) => v.lostWrites.length + v.badRefusals.length + v.versionGaps.length + v.duplicates.length;
