import { randomUUID } from 'node:crypto';
import type { TBenchClient } from '../lib/trpc-client';
import type { TBenchCard } from './server/bench-org';

/** Two probabilities in different bands (≤50 and ≤75), so every move really changes the card. */
const BANDS = [40, 60] as const;

/** The key a card event is matched by: each committed move has a new version. */
export const cardKey = (card: { id: string; version: number }) => `${card.id}:${card.version}`;

/**
 * Moves one card back and forth between two bands through `opportunity.move`,
 * tracking its version. After a CONFLICT it adopts the server's version.
 */
export function createMover(client: TBenchClient, card: TBenchCard) {
  let version = card.version;
  return {
    card,
    /** Key of the event the next move will produce. */
    nextKey: () => cardKey({ id: card.id, version: version + 1 }),
    async move() {
      try {
        const result = await client.opportunity.move.mutate({
          id: card.id,
          version,
          target: { kind: 'band', probability: BANDS[version % 2]! },
          rank: card.rank,
          clientMutationId: randomUUID(),
        });
        version = result.card.version;
        return result;
      } catch (error) {
        const current = (error as { data?: { appData?: { card?: { version?: number } } } }).data?.appData?.card?.version;
        if (typeof current === 'number') version = current;
        throw error;
      }
    },
  };
}

export type TMover = ReturnType<typeof createMover>;
