import { parentPort } from 'node:worker_threads';
import { computeHeavy, type THeavyInput } from '~/domain/forecast/forecast-heavy';

/**
 * Worker thread of the forecast job: runs the heavy math (calibration,
 * Monte Carlo, Holt-Winters) off the main event loop. Messages are
 * `{ id, input }`; answers `{ id, ok: true, result }` or `{ id, ok: false, message }`.
 */
parentPort?.on('message', (message: { id: number; input: THeavyInput }) => {
  try {
    parentPort!.postMessage({ id: message.id, ok: true, result: computeHeavy(message.input) });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, ok: false, message: error instanceof Error ? error.message : String(error), code: (error as { code?: string }).code });
  }
});
