import type { TIo } from '~/server/realtime/io';
import { CARD_EVENT } from '~/server/services/board/move-opportunity';
import type { TKillPoint } from './config';

/**
 * Wraps the server's room emits so the process SIGKILLs itself at a chosen
 * `board:card` broadcast. The move service publishes after its statement
 * committed and before the mutation answers, so this lands exactly between
 * commit and reply. Test processes only: nothing in the app knows about it.
 */
export function installKillPoint(io: TIo, point: TKillPoint) {
  let count = 0;
  const to = io.to.bind(io);
  io.to = ((room: Parameters<TIo['to']>[0]) => {
    const operator = to(room);
    const emit = operator.emit.bind(operator);
    operator.emit = ((event: string, ...args: unknown[]) => {
      const hit = event === CARD_EVENT && ++count === point.at;
      if (hit && point.phase === 'after-commit') process.kill(process.pid, 'SIGKILL');
      const result = emit(event as never, ...(args as never[]));
      if (hit) process.kill(process.pid, 'SIGKILL');
      return result;
    }) as typeof operator.emit;
    return operator;
  }) as typeof io.to;
}
