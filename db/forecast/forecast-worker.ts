import { parentPort } from 'node:worker_threads';
import { startHeavy, updateHeavy, type THeavyState } from '~/domain/forecast/forecast-heavy';
import type { TWorkerRequest } from './heavy-runner';
import { lowerThreadPriority } from './thread-priority';

/**
 * Worker thread of the forecast job: runs the heavy math (calibration,
 * Monte Carlo, Holt-Winters) off the main event loop and keeps each
 * organization's simulation state between runs, so an incremental run
 * sends only the changed deals. Answers `{ id, ok: true, result }`
 * (result null: no state for an update) or `{ id, ok: false, message }`.
 */
lowerThreadPriority();
const states = new Map<string, THeavyState>();

parentPort?.on('message', (m: TWorkerRequest) => {
  try {
    // 'ready' (warmUp) only needs an answer once the modules are loaded: its result stays null.
    let result = null;
    if (m.op === 'start') {
      const started = startHeavy(m.input);
      states.set(m.key, started.state);
      result = started.result;
    } else if (m.op === 'update') {
      const state = states.get(m.key);
      result = state ? updateHeavy(state, m.delta) : null;
    }
    parentPort!.postMessage({ id: m.id, ok: true, result });
  } catch (error) {
    if (m.op === 'start' || m.op === 'update') states.delete(m.key);
    parentPort!.postMessage({ id: m.id, ok: false, message: error instanceof Error ? error.message : String(error), code: (error as { code?: string }).code });
  }
});
