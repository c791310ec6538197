import fc from 'fast-check';
import { problemWith, type TFuzzAnswer } from './check-answer';
import type { TIdPool } from './hostile-values';
import type { TProcedureInfo } from './procedures';
import { zodArbitrary } from './zod-arbitrary';

export type TFuzzFailure = { path: string; label: string; problem: string; input: string };
/**
 * What a fuzz run saw: calls made, answers by HTTP status, every bad answer,
 * and calls retried once because the connection failed before any answer.
 */
export type TFuzzTally = { cases: number; byStatus: Record<number, number>; failures: TFuzzFailure[]; retries: number };

export const emptyTally = (): TFuzzTally => ({ cases: 0, byStatus: {}, failures: [], retries: 0 });

/** Hostile inputs every procedure gets whatever its schema: nothing, wrong shapes, pollution keys, deep nesting. */
const FIXED_INPUTS: unknown[] = [
  JSON.parse('{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"isAdmin":true}}}'),
  JSON.parse(`${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}`),
  undefined,
  null,
  {},
  [],
  'text',
  -1,
];

/** A short, printable form of an input for a failure report. */
function describeInput(input: unknown): string {
  try {
    const text = JSON.stringify(input, (_k, v: unknown) => (typeof v === 'string' && v.length > 60 ? `${v.slice(0, 20)}…(${v.length} chars)` : v));
    return (text ?? String(input)).slice(0, 400);
  } catch {
    return String(input).slice(0, 400);
  }
}

/**
 * Sends the first `fixed` of the fixed hostile inputs plus `numRuns`
 * generated ones (seeded, so a run repeats) to one procedure through `call`,
 * and tallies the answers; an answer problemWith() objects to becomes a
 * failure, and the run goes on.
 */
export async function fuzzProcedure(opts: {
  procedure: TProcedureInfo;
  call: (input: unknown) => Promise<TFuzzAnswer>;
  ids: TIdPool;
  numRuns: number;
  fixed?: number;
  seed: number;
  label: string;
  tally: TFuzzTally;
  hugeChars: number;
}) {
  const { procedure, tally } = opts;
  const arbitrary = procedure.input
    ? zodArbitrary(procedure.input, { ids: opts.ids, hostileShare: 0.15, hugeChars: opts.hugeChars })
    : fc.anything({ maxDepth: 2 });
  const inputs = [...FIXED_INPUTS.slice(0, opts.fixed ?? FIXED_INPUTS.length), ...fc.sample(arbitrary, { numRuns: opts.numRuns, seed: opts.seed })];
  for (const input of inputs) {
    let answer: TFuzzAnswer;
    try {
      answer = await opts.call(input);
    } catch {
      // A pooled keep-alive connection the server closed as it was reused fails before any answer: retry once, and count it.
      tally.retries += 1;
      answer = await opts.call(input).catch((error: unknown) => ({ status: 599, message: `no answer: ${(error as Error).message}` }));
    }
    tally.cases += 1;
    tally.byStatus[answer.status] = (tally.byStatus[answer.status] ?? 0) + 1;
    const problem = problemWith(answer);
    if (problem) tally.failures.push({ path: procedure.path, label: opts.label, problem, input: describeInput(input) });
  }
}
