import { serveRpc } from '../../lib/child-rpc';
import { probeHandlers } from './handlers';

/** Entry of the fuzz bench's probe process (the other client), forked by bench/fuzz/run.ts. */
serveRpc(probeHandlers, () => probeHandlers.close());
