import type { Socket } from 'socket.io-client';
import { connectSocket } from '~/server/testing/connect-socket';
import { createTestWsClient } from '~/server/testing/trpc-ws-client';
import { monoMs } from '../../lib/clock';
import { createProbe } from '../probe';

type TProbeInput = { baseUrl: string; cookie: string; card: { id: string; version: number; rank: string }; intervalMs: number };
type TState = { probe: ReturnType<typeof createProbe>; close: () => Promise<void>; running?: { stop: boolean; latencies: Promise<number[]> } };
let state: TState | undefined;

function current(): TState {
  if (!state) throw new Error('probe not started');
  return state;
}

/**
 * The "other client" of the fuzz bench, in its own process at normal
 * priority: a mover on the tRPC WebSocket and a watcher socket (see
 * ../probe.ts). Kept out of the fuzzing process so that the fuzzer's own CPU
 * (generating inputs, on the same 2 cores) does not delay the watcher's
 * event loop and count as the server's latency.
 */
export const probeHandlers = {
  async start(input: TProbeInput) {
    const mover = createTestWsClient(input.baseUrl, input.cookie);
    const watcher: Socket = await connectSocket(input.baseUrl, input.cookie);
    await watcher.emitWithAck('board:watch', { board: 'probability' });
    state = {
      probe: createProbe(mover.client, watcher, input.card, input.intervalMs),
      close: async () => {
        watcher.close();
        await mover.close();
      },
    };
  },
  /** Moves for `seconds`, then returns the latencies (ms). */
  async runFor(input: { seconds: number }) {
    const until = monoMs() + input.seconds * 1000;
    return current().probe.run(() => monoMs() > until);
  },
  /** Starts moving until `end`. */
  async begin() {
    const s = current();
    const running = { stop: false, latencies: Promise.resolve<number[]>([]) };
    running.latencies = s.probe.run(() => running.stop);
    s.running = running;
  },
  /** Stops the run `begin` started; its latencies and the moves whose event never came so far. */
  async end() {
    const s = current();
    if (!s.running) throw new Error('probe not running');
    s.running.stop = true;
    return { latencies: await s.running.latencies, lost: s.probe.lost };
  },
  async close() {
    await state?.close();
    state = undefined;
  },
};

export type TProbeHandlers = typeof probeHandlers;
