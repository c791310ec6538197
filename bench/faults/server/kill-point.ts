import type { TIo } from '~/server/realtime/io';
import { CARD_EVENT } from '~/server/services/board/move-opportunity';
import type { TKillPoint } from './config';

/**
 * Wraps the server's room emits so the process SIGKILLs itself at a chosen
 * `board:card` broadcast, counted from `arm()` (the harness arms it once every
 * client has reconnected and caught up, so each kill interrupts a server all
 * clients are on). The move service publishes after its statement committed
 * and before the mutation answers, so this lands exactly between commit and
 * reply. Test processes only: nothing in the app knows about it.
 */
export function installKillPoint(io: TIo, point: TKillPoint) {
  let armed = false;
  let count = 0;
  const to = io.to.bind(io);
  io.to = ((room: Parameters<TIo['to']>[0]) => {
    const operator = to(room);
    const emit = operator.emit.bind(operator);
    operator.emit = ((event: string, ...args: unknown[]) => {
      const hit = armed && event === CARD_EVENT && ++count === point.at;
      if (hit && point.phase === 'after-commit') process.kill(process.pid, 'SIGKILL');
      const result = emit(event as never, ...(args as never[]));
      if (hit) process.kill(process.pid, 'SIGKILL');
      return result;
    }) as typeof operator.emit;
    return operator;
  }) as typeof io.to;
  return {
    arm: () => {
      armed = true;
    },
  };
}
