import { randomUUID } from 'node:crypto';
import type { TDbHandle } from '~/db/client';
import { moveOpportunity } from '~/server/services/board/move-opportunity';
import { monoMs } from '../../lib/clock';

export type TServiceMovesInput = {
  viewer: { userId: string; memberId: string; organizationId: string; name: string };
  id: string;
  version: number;
  rank: string;
  iterations: number;
};

/**
 * The move service called in-process (its transaction only: no HTTP, no
 * session lookup, no broadcast), to split the HTTP round trip into
 * "database work" and "everything around it". Durations in milliseconds.
 */
export async function serviceMoves(handle: TDbHandle, input: TServiceMovesInput) {
  const viewer = { ...input.viewer, role: 'rep' as const };
  const ms: number[] = [];
  let version = input.version;
  for (let i = 0; i < input.iterations; i++) {
    const target = { kind: 'band' as const, probability: version % 2 === 0 ? 40 : 60 };
    const t0 = monoMs();
    const result = await moveOpportunity(handle.db, viewer, { id: input.id, version, target, rank: input.rank, clientMutationId: randomUUID() }, () => {});
    ms.push(monoMs() - t0);
    version = result.card.version;
  }
  return { ms, version };
}
