import { randomUUID } from 'node:crypto';
import { TRPCClientError } from '@trpc/client';
import type { TBoardCard } from '~/domain/board/card';
import type { TFaultClient } from './fault-client';

/** The bands moves pick from (the default probability bands). */
const BANDS = [10, 25, 50, 75, 90] as const;
/** Retry delays after a network failure or 5xx, as use-move.ts, then every 1 s until `RETRY_FOR_MS`. */
const RETRY_DELAYS_MS = [300, 1000, 2500];
const RETRY_FOR_MS = 60_000;
/** An attempt with no answer by then is treated as lost in transit and retried (same client mutation id). */
const ATTEMPT_TIMEOUT_MS = 8000;

/** What happened to one move, from the client's side. */
export type TMoveRecord = {
  client: string;
  clientMutationId: string;
  cardId: string;
  sentVersion: number;
  attempts: number;
  outcome: 'ok' | 'conflict' | 'refused' | 'gave-up';
  /** ok: the version the answer carried; conflict: the current card the server sent. */
  ackVersion?: number;
  replayed?: boolean;
  conflictCard?: TBoardCard;
  message?: string;
  /** Failed attempts before the answer: `<tRPC code or "network">: <message>`. */
  failures: string[];
  /** When each failed attempt was answered (performance.now() ms), in the order of `failures`. */
  failedAt: number[];
  /** When the answer arrived (performance.now() ms). */
  answeredAt?: number;
};

/** A failure (as in `failures`) that is the clear, retryable answer to a database outage: 503 SERVICE_UNAVAILABLE with its message. */
export const isRetryableAnswer = (failure: string) => failure.startsWith('SERVICE_UNAVAILABLE: The database is unavailable');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer')), ms).unref())]);
}

/**
 * Moves a random card of the client's own board (among `hot` when given) to a random band, as a rep
 * would: with the version the client holds and one client mutation id reused
 * across retries. Network failures and 5xx are retried (like use-move.ts,
 * but for up to a minute, to prove exactly-once across restarts); CONFLICT
 * applies the server's current card; any other 4xx is recorded as refused.
 */
export async function randomMove(client: TFaultClient, random: () => number, hot?: ReadonlySet<string>): Promise<TMoveRecord | null> {
  const cards = [...client.state.cards.values()].filter((c) => !hot || hot.has(c.id));
  if (cards.length === 0) return null;
  const card = cards[Math.floor(random() * cards.length)]!;
  const probability = BANDS[Math.floor(random() * BANDS.length)]!;
  const record: TMoveRecord = { client: client.name, clientMutationId: randomUUID(), cardId: card.id, sentVersion: card.version, attempts: 0, outcome: 'gave-up', failures: [], failedAt: [] };
  const started = performance.now();
  for (;;) {
    record.attempts += 1;
    try {
      const input = { id: card.id, version: card.version, target: { kind: 'band' as const, probability }, rank: card.rank, clientMutationId: record.clientMutationId };
      const result = await withTimeout(client.trpc.opportunity.move.mutate(input), ATTEMPT_TIMEOUT_MS);
      client.apply(result.card);
      return { ...record, outcome: 'ok', ackVersion: result.card.version, replayed: result.replayed, answeredAt: performance.now() };
    } catch (error) {
      const data = error instanceof TRPCClientError ? (error.data as { code?: string; httpStatus?: number; appData?: { card?: TBoardCard } } | undefined) : undefined;
      if (data?.code === 'CONFLICT') {
        const current = data.appData?.card;
        if (current) client.apply(current);
        return { ...record, outcome: 'conflict', conflictCard: current, message: (error as Error).message };
      }
      if (data?.httpStatus !== undefined && data.httpStatus < 500) return { ...record, outcome: 'refused', message: `${data.code}: ${(error as Error).message}` };
      record.message = (error as Error).message;
      record.failures.push(`${data?.code ?? 'network'}: ${record.message}`);
      record.failedAt.push(performance.now());
      if (performance.now() - started > RETRY_FOR_MS) return record;
      await sleep(RETRY_DELAYS_MS[record.attempts - 1] ?? 1000);
    }
  }
}
