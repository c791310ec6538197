import type { Db } from '~/db/client';
import { loadCalibrationVisits } from '~/db/queries/forecast/calibration-visits';
import { loadClosedDealFacts } from '~/db/queries/forecast/closed-deal-facts';
import { loadDocumentKpis } from '~/db/queries/forecast/kpi-inputs';
import { loadForecastOrg } from '~/db/queries/forecast/load-forecast-org';
import { boardSeqOf, loadChangedDeals, loadOpenDeals } from '~/db/queries/forecast/open-deals';
import { loadOverridesInForce } from '~/db/queries/forecast/overrides';
import { pastForecasts } from '~/db/queries/forecast/snapshots';
import { AppError } from '~/domain/app-error';
import { mergeVisits } from '~/domain/forecast/calibration-visits';
import { mergeFacts } from '~/domain/forecast/closed-facts';
import { createDealBook, fileDeals, ownershipOf, setDeal, type TPackedDeals, type TSlotChange } from '~/domain/forecast/open-deal-book';
import type { TForecastSnapshot } from '~/domain/forecast/snapshot';
import { forecastDates } from './forecast-dates';
import { heavyClosedInput, heavyFullInput, snapshotOf, type TForecastState, type TRunMeta } from './forecast-state';
import type { THeavyRunner } from './heavy-runner';

type THeavyOutcome = Awaited<ReturnType<THeavyRunner['start']>>;

/** Last run's state per organization (in the process), for incremental runs. */
export type TForecastStates = Map<string, TForecastState>;

export type TComputeInput = {
  organizationId: string;
  asOf: Date;
  runner: THeavyRunner;
  states?: TForecastStates;
  /** 'incremental' reuses the organization's state when it is still valid (same day, same settings); 'full' always reads everything. */
  mode?: 'full' | 'incremental';
  /** Orders or invoices changed: an incremental run re-reads the document KPIs too. */
  documentsChanged?: boolean;
  /** Test seam: runs between a full run's read of the open deals and of the closed ones (a board change landing mid-read). */
  midRead?: () => Promise<void>;
};

/**
 * Computes one organization's forecast as of `asOf`. A full run reads every
 * aggregate in SQL (see db/queries/forecast), starts the heavy math in the
 * worker thread, and keeps the state for later incremental runs when no
 * board change committed while it read (board sequence unchanged). An
 * incremental run reads only the deals with a newer board sequence number,
 * swaps them in the open-deal book and in the simulation, and adds the
 * closed facts of deals just won or lost; anything it cannot apply exactly
 * (a changed deal that was not open, a new day, changed settings, a lost
 * worker state) falls back to a full run.
 */
export async function computeForecast(db: Db, input: TComputeInput): Promise<TForecastSnapshot> {
  const started = performance.now();
  const state = input.mode === 'full' ? undefined : input.states?.get(input.organizationId);
  // What changed is read while the organization loads, with the last run's settings; used only if they are still the same.
  const reads = state ? incrementalReads(db, state, input.documentsChanged ?? false) : null;
  reads?.catch(() => {});
  const org = await loadForecastOrg(db, input.organizationId);
  if (!org) throw new AppError('NOT_FOUND', { message: `Organization ${input.organizationId} not found` });
  const dates = forecastDates(input.asOf, org.timeZone);
  // Team membership is in the key: teams' quotas (their sales KPIs) are summed from it in the cached closed-deal figures.
  const key = JSON.stringify([dates, org.currency, org.timeZone, org.probabilityBands, org.owners.map((o) => [o.id, o.teamId ?? null])]);
  const ctx = { db, org, dates, key, input, started };
  if (state && reads && state.key === key) {
    try {
      const snapshot = await incremental(ctx, state, await reads);
      if (snapshot) return snapshot;
    } catch (error) {
      // The book may be half updated: forget it, the next run is full.
      input.states?.delete(org.id);
      throw error;
    }
  }
  return full(ctx);
}

type TCtx = { db: Db; org: NonNullable<Awaited<ReturnType<typeof loadForecastOrg>>>; dates: ReturnType<typeof forecastDates>; key: string; input: TComputeInput; started: number };

const scopeOf = ({ org, dates }: TCtx) => ({ organizationId: org.id, timeZone: org.timeZone, currency: org.currency, createdBefore: dates.kpi.previous.to });
const periodsOf = ({ dates }: TCtx) => ({ current: dates.kpi.current, previous: dates.kpi.previous });

async function full(ctx: TCtx): Promise<TForecastSnapshot> {
  const { db, org, dates, input } = ctx;
  const scope = scopeOf(ctx);
  // The worker's state is replaced below: an older book must not meet it if this run fails half way.
  input.states?.delete(org.id);
  const seqBefore = await boardSeqOf(db, org.id);
  // The reads run one after another: one of the job's queries at a time, so on a small machine the boards' queries always
  // find a core (with two at once, both cores were busy during the scans; bench:forecast, issue 5).
  const packed = await loadOpenDeals(db, scope);
  await input.midRead?.();
  const closed = await loadClosedDealFacts(db, { ...scope, ...periodsOf(ctx) });
  const visits = mergeVisits(await loadCalibrationVisits(db, { organizationId: org.id, bands: org.probabilityBands }));
  const rest = (async () => {
    const documents = await loadDocumentKpis(db, { ...scope, ...periodsOf(ctx) });
    return [documents, await loadOverridesInForce(db, org.id, dates.months[0]!), await pastForecasts(db, { ...scope, months: dates.accuracyMonths })] as const;
  })();
  rest.catch(() => {});
  // The heavy part needs only deals and closed facts: it starts while the other reads may still run.
  const book = await bookOf(packed);
  const facts = mergeFacts(closed);
  const heavy = input.runner.start(org.id, heavyFullInput({ facts, visits, book }, org, dates));
  heavy.catch(() => {});
  const [documents, overrides, past] = await rest;
  const seqAfter = await boardSeqOf(db, org.id);
  const state: TForecastState = { key: ctx.key, seq: seqAfter, reads: { scope, periods: periodsOf(ctx), firstMonth: dates.months[0]! }, facts, visits, derived: null, book, documents, past };
  // Board changes committed while reading may be half seen (a busy meeting board always has some): re-apply them.
  const outcome = seqBefore === seqAfter ? await heavy : await settleRace(ctx, state, seqBefore, await heavy);
  const { result, computedIn } = outcome ?? (await heavy);
  if (outcome) input.states?.set(org.id, state);
  else input.states?.delete(org.id);
  const meta: TRunMeta = { mode: 'full', changedDeals: 0, closedFacts: 'read', computedIn, started: ctx.started };
  return snapshotOf(db, { state, org, dates, overrides, heavy: result, asOf: input.asOf, meta });
}

/**
 * Deals changed on the board while a full run read (board sequence after
 * `seqBefore`) were read in whichever version each query saw. Re-reading
 * them now and putting each open deal's current version in the book (and
 * in the simulation) makes the book exact as of at least `state.seq`:
 * replacing a deal by its current row is the same whether the book held its
 * old or new version, and later changes have higher sequence numbers, which
 * the next incremental run reads. A deal that was won or lost meanwhile may
 * be in the closed facts or not; then nothing is settled (null): the run
 * keeps no state and the next one is full, as before.
 */
async function settleRace(ctx: TCtx, state: TForecastState, seqBefore: number, computed: THeavyOutcome): Promise<THeavyOutcome | null> {
  const changed = await loadChangedDeals(ctx.db, { ...scopeOf(ctx), sinceSeq: seqBefore });
  if (changed.some((c) => c.status !== 'open')) return null;
  const changes = changed.map((c) => setDeal(state.book, c.id, c.row)).filter((c): c is TSlotChange => c !== null);
  state.seq = changed.reduce((seq, c) => Math.max(seq, c.seq), state.seq);
  if (changes.length === 0) return computed;
  // The book has changed: a worker that lost its state must compute everything again from it, not answer the old result.
  return (await ctx.input.runner.update(ctx.org.id, { deals: changes })) ?? ctx.input.runner.start(ctx.org.id, heavyFullInput(state, ctx.org, ctx.dates));
}

/** An incremental run's reads: deals changed since the state's board sequence number, overrides, and the document KPIs if documents changed. */
function incrementalReads(db: Db, state: TForecastState, documentsChanged: boolean) {
  const { scope, periods, firstMonth } = state.reads;
  return Promise.all([
    loadChangedDeals(db, { ...scope, sinceSeq: state.seq }),
    loadOverridesInForce(db, scope.organizationId, firstMonth),
    documentsChanged ? loadDocumentKpis(db, { ...scope, ...periods }) : null,
  ]);
}

async function incremental(ctx: TCtx, state: TForecastState, [changed, overrides, documentsRead]: Awaited<ReturnType<typeof incrementalReads>>): Promise<TForecastSnapshot | null> {
  const { db, org, dates, input } = ctx;
  const scope = scopeOf(ctx);
  // Closed deals never change (no edits, no reopening): a changed deal that is closed now and was not open in the book cannot be applied as a delta.
  if (changed.some((c) => c.status !== 'open' && !state.book.slotOf.has(c.id))) return null;
  const justClosed = changed.filter((c) => c.status !== 'open').map((c) => c.id);
  // A deal given to another owner or team takes its orders (those without an owner of their own) with it: re-read the document KPIs.
  const reassigned = changed.some((c) => {
    const before = ownershipOf(state.book, c.id);
    return before !== null && c.row !== null && (before.ownerId !== c.row.ownerId || before.teamId !== c.row.teamId);
  });
  const documents = documentsRead ?? (reassigned ? await loadDocumentKpis(db, { ...scope, ...periodsOf(ctx) }) : null);
  const added = justClosed.length > 0 ? await loadClosedDealFacts(db, { ...scope, ...periodsOf(ctx), ids: justClosed }) : [];
  const addedVisits = justClosed.length > 0 ? await loadCalibrationVisits(db, { organizationId: org.id, bands: org.probabilityBands, ids: justClosed }) : [];
  const changes: TSlotChange[] = [];
  for (const c of changed) {
    const change = setDeal(state.book, c.id, c.row);
    if (change) changes.push(change);
  }
  if (added.length > 0) state.facts = mergeFacts(state.facts, added);
  if (addedVisits.length > 0) state.visits = mergeVisits(state.visits, addedVisits);
  if (documents) state.documents = documents;
  if (added.length > 0 || addedVisits.length > 0 || documents) state.derived = null;
  state.seq = changed.reduce((seq, c) => Math.max(seq, c.seq), state.seq);
  const outcome = await input.runner.update(org.id, { deals: changes, closed: justClosed.length > 0 ? heavyClosedInput(state, dates) : undefined });
  if (!outcome) {
    input.states?.delete(org.id);
    return null;
  }
  const meta: TRunMeta = { mode: 'incremental', changedDeals: changed.length, closedFacts: justClosed.length > 0 ? 'delta' : 'unchanged', computedIn: outcome.computedIn, started: ctx.started };
  return snapshotOf(db, { state, org, dates, overrides, heavy: outcome.result, asOf: input.asOf, meta });
}

/** The open-deal book, filed in chunks that give the event loop back (boards keep moving while 100k+ deals are filed). */
async function bookOf(packed: TPackedDeals) {
  const book = createDealBook(packed);
  for (let from = 0; from < packed.ids.length; from += 2_500) {
    fileDeals(book, packed, from, from + 2_500);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return book;
}
