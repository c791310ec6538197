import { fork } from 'node:child_process';
import { once } from 'node:events';

/** Methods a child process serves; inputs and results must be structured-cloneable. */
export type TRpcHandlers = Record<string, (input: any) => Promise<unknown>>;

type TRequest = { id: number; method: string; input: unknown };
type TReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; message: string };

/** Child side: answers the parent's requests; `onDisconnect` runs when the parent goes away. */
export function serveRpc(handlers: TRpcHandlers, onDisconnect: () => Promise<void>): void {
  process.on('message', (raw) => {
    const { id, method, input } = raw as TRequest;
    const handler = handlers[method];
    const reply = (answer: TReply) => process.send?.(answer);
    if (!handler) return reply({ id, ok: false, message: `Unknown method ${method}` });
    handler(input).then(
      (result) => reply({ id, ok: true, result }),
      (error: unknown) => reply({ id, ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    );
  });
  process.once('disconnect', () => void onDisconnect());
}

export type TRpcClient<H extends TRpcHandlers> = {
  call<K extends keyof H & string>(method: K, input: Parameters<H[K]>[0]): Promise<Awaited<ReturnType<H[K]>>>;
  /** Closes the channel and waits until the child has exited by itself. */
  stop(): Promise<void>;
};

/**
 * Forks `entry` as a separate Node process (inheriting tsx's loader flags) and
 * calls its handlers, with extra Node flags `execArgv` (e.g. --expose-gc).
 * Uses the "advanced" serialization so Dates survive.
 */
export function forkRpc<H extends TRpcHandlers>(entry: string, opts: { execArgv?: string[] } = {}): TRpcClient<H> {
  const child = fork(entry, [], { serialization: 'advanced', stdio: 'inherit', execArgv: [...process.execArgv, ...(opts.execArgv ?? [])] });
  const pending = new Map<number, { resolve: (v: any) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  child.on('message', (raw) => {
    const reply = raw as TReply;
    const waiter = pending.get(reply.id);
    pending.delete(reply.id);
    if (reply.ok) waiter?.resolve(reply.result);
    else waiter?.reject(new Error(`child: ${reply.message}`));
  });
  child.once('exit', (code) => {
    for (const waiter of pending.values()) waiter.reject(new Error(`Bench server process exited (code ${code})`));
    pending.clear();
  });
  return {
    call(method, input) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        child.send({ id, method, input } satisfies TRequest);
      });
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      if (child.connected) child.disconnect();
      await exited;
    },
  };
}
