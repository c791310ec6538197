import { serveRpc } from '../../lib/child-rpc';
import { benchServerHandlers } from './handlers';

/** Entry of the bench server process, forked by bench/board/bench-server.ts. */
serveRpc(benchServerHandlers, () => benchServerHandlers.close());
