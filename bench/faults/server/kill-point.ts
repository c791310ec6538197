import type { TDbHandle } from '~/db/client';
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
export function installKillPoint(io: TIo, handle: TDbHandle, point: TKillPoint) {
  let armed = false;
  let count = 0;
  if (point.phase === 'before-commit') {
    killBeforeMoveStatement(handle, () => armed && ++count === point.at);
    return { arm: () => void (armed = true) };
  }
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

/** The move statement's first words (server/services/board/move-statement.ts): one statement, autocommit. */
const MOVE_STATEMENT = /^\s*with cur as \(/;

/**
 * SIGKILLs the process just before a move statement goes to the database
 * when `hit()` says so: the move was received and checked, and nothing of it
 * is written. Wraps the driver call queryPrepared makes: postgres.js
 * `unsafe`, or PGlite's `execute` of the statement it PREPAREd.
 */
function killBeforeMoveStatement(handle: TDbHandle, hit: () => boolean) {
  const die = () => process.kill(process.pid, 'SIGKILL');
  if (handle.sql) {
    const sql = handle.sql;
    const unsafe = sql.unsafe.bind(sql);
    sql.unsafe = ((text: string, ...rest: unknown[]) => {
      if (MOVE_STATEMENT.test(text) && hit()) die();
      return (unsafe as (...args: unknown[]) => unknown)(text, ...rest);
    }) as typeof sql.unsafe;
    return;
  }
  const pglite = handle.pglite!;
  const names = new Set<string>();
  const exec = pglite.exec.bind(pglite);
  const query = pglite.query.bind(pglite);
  pglite.exec = ((text: string, ...rest: unknown[]) => {
    const prepared = /^prepare (\w+) as ([\s\S]*)$/.exec(text);
    if (prepared && MOVE_STATEMENT.test(prepared[2]!)) names.add(prepared[1]!);
    return (exec as (...args: unknown[]) => unknown)(text, ...rest);
  }) as typeof pglite.exec;
  pglite.query = ((text: string, ...rest: unknown[]) => {
    const executed = /^execute (\w+)/.exec(text);
    if (executed && names.has(executed[1]!) && hit()) die();
    return (query as (...args: unknown[]) => unknown)(text, ...rest);
  }) as typeof pglite.query;
}
