import { serveRpc } from '../../lib/child-rpc';
import { fuzzServerHandlers } from './handlers';

/** Entry of the fuzz bench's server process, forked by bench/fuzz/run.ts. */
serveRpc(fuzzServerHandlers, () => fuzzServerHandlers.close());
