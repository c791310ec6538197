/**
 * V8 flags the server process runs with: `npm start` passes them through
 * NODE_OPTIONS (package.json; a unit test keeps the two in step), and the
 * benchmarks start their server processes with them, so they measure what
 * production runs.
 *
 * `--max-semi-space-size=4` (MB, default 16): the young generation is
 * collected more often but each pause is short. On our 2-core machine a
 * default scavenge paused the server 4.3 ms at the median and up to 17.6 ms,
 * every ~250 moves, and every move in flight waited for it; with 4 MB the
 * pauses were 2.0 ms at the median and 2.8 ms at most, ~4× as often.
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=4'] as const;
