import { serveRpc } from '../../lib/child-rpc';
import { soakServerHandlers } from './handlers';

/** Entry of the soak server process, forked by bench/soak/run.ts. */
serveRpc(soakServerHandlers, () => soakServerHandlers.close());
