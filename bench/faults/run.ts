import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { describeMachine, loadAverage } from '../lib/machine';
import { writeSection } from '../lib/results-file';
import { faultChecks } from './checks';
import { createFaultTarget, type TFaultDriver } from './lib/target';
import { faultPlanFor, type TFaultPlan } from './plan';
import { renderFaultReport } from './report';
import { loadDriverResults, saveScenarioResult, type TDriverFaults, type TScenarioKey } from './results';
import { runConvergence } from './scenarios/convergence';
import { runKills } from './scenarios/kills';
import { runPostgresRestart } from './scenarios/postgres-restart';
import { runReconnects } from './scenarios/reconnects';
import { runRedisLoss } from './scenarios/redis-loss';

/**
 * `npm run bench:faults [-- --quick] [-- --pg-url <url>] [-- --only postgres|pglite] [-- --scenarios kills,reconnects]`:
 * the fault runs of issue 6 (items 1–5) at full size on a scratch Postgres
 * database (plus a private cluster and a private Redis), then on a PGlite data
 * dir; writes the faults section of bench/RESULTS.md after each scenario
 * (not with --quick). Each driver's latest result per scenario is kept in
 * bench/faults/results.json (committed), so `--only` and `--scenarios` runs
 * combine into one report, each table naming the runs it comes from.
 * Exits 1 when a scenario of this run failed or one of its results misses a
 * goal of the issue (bench/faults/checks.ts).
 */
const RESULTS_FILE = fileURLToPath(new URL('../RESULTS.md', import.meta.url));
const log = (line: string) => console.error(`${new Date().toISOString().slice(11, 19)} ${line}`);

const ZArgsSchema = z.object({
  quick: z.boolean().default(false),
  pgUrl: z.string().regex(/^postgres(ql)?:\/\/\S+$/, 'must be a postgres:// URL').default('postgres://postgres@127.0.0.1:5432/postgres'),
  only: z.enum(['postgres', 'pglite']).optional(),
  redis: z.boolean().default(true),
  scenarios: z.array(z.enum(['convergence', 'kills', 'postgresRestart', 'redisLoss', 'reconnects'])).optional(),
});

type TPublish = <K extends Exclude<keyof TDriverFaults, 'driver' | 'runs'>>(driver: TFaultDriver, key: K, value: TDriverFaults[K]) => void;

async function onDriver(driver: TFaultDriver, plan: TFaultPlan, args: z.infer<typeof ZArgsSchema>, publish: TPublish) {
  let errors: string | undefined;
  /** Runs one scenario (unless --scenarios leaves it out); a failure is recorded and the next scenario still runs. */
  const step = async <K extends TScenarioKey>(key: K, name: string, run: () => Promise<TDriverFaults[K]>) => {
    if (args.scenarios && !args.scenarios.includes(key)) return;
    log(`[${driver}] ${name}`);
    try {
      const value = await run();
      log(`[${driver}] ${name}: ${JSON.stringify(value).slice(0, 400)}`);
      publish(driver, key, value);
    } catch (error) {
      errors = [errors, `${name}: ${error instanceof Error ? error.message : String(error)}`].filter(Boolean).join('; ');
      log(`[${driver}] ${name} failed: ${error instanceof Error ? error.stack : error}`);
      publish(driver, 'error', errors);
    }
  };
  const withTarget = async <T>(run: (target: Awaited<ReturnType<typeof createFaultTarget>>) => Promise<T>) => {
    const target = await createFaultTarget({ driver, pgAdminUrl: args.pgUrl, cards: plan.cards });
    try {
      return await run(target);
    } finally {
      await target.dispose();
    }
  };
  await step('convergence', `convergence: ${plan.convergence.clients} clients × ${plan.convergence.moves} moves`, () => withTarget((t) => runConvergence(t, plan.convergence)));
  await step('kills', `${plan.kills.kills} kills under load`, () => withTarget((t) => runKills(t, plan.kills)));
  if (driver === 'postgres') {
    await step('postgresRestart', 'Postgres restart', () => runPostgresRestart({ ...plan.postgresRestart, cards: plan.kills.hotCards }));
    if (args.redis) await step('redisLoss', 'Redis loss, two nodes', () => withTarget((t) => runRedisLoss(t, plan.redisLoss)));
  }
  await step('reconnects', `reconnect cases (${plan.reconnects.gapsMs.join(', ')} ms)`, () => withTarget((t) => runReconnects(t, plan.reconnects)));
}

/** Resolves true when this run passed: every scenario it ran finished and met the goals. */
async function main(): Promise<boolean> {
  const argv = process.argv.slice(2);
  const { values } = parseArgs({ args: argv, options: { quick: { type: 'boolean' }, 'pg-url': { type: 'string' }, only: { type: 'string' }, 'no-redis': { type: 'boolean' }, scenarios: { type: 'string' } }, strict: true });
  const args = ZArgsSchema.parse({ quick: values.quick, pgUrl: values['pg-url'], only: values.only, redis: !values['no-redis'], scenarios: values.scenarios?.split(',') });
  const plan = faultPlanFor(args.quick);
  const started = performance.now();
  const loadAtStart = loadAverage();
  const command = ['npm run bench:faults', ...(argv.length ? ['--', ...argv] : [])].join(' ');
  const drivers: TFaultDriver[] = args.only ? [args.only] : ['postgres', 'pglite'];
  const render = (complete: boolean) =>
    renderFaultReport({
      command,
      date: new Date().toISOString(),
      machine: describeMachine(),
      load: `${loadAtStart} at start, ${loadAverage()} now`,
      runtimeSeconds: (performance.now() - started) / 1000,
      complete,
      drivers: (['postgres', 'pglite'] as const).map((d) => (args.quick ? current.get(d) : loadDriverResults(d))).filter((r): r is TDriverFaults => !!r),
    });
  const current = new Map<TFaultDriver, TDriverFaults>();
  const publish: TPublish = (driver, key, value) => {
    current.set(driver, { ...(current.get(driver) ?? { driver }), [key]: value });
    if (args.quick) return;
    saveScenarioResult(driver, key, value, { command, date: new Date().toISOString(), load: `${loadAtStart} at the command's start, ${loadAverage()} when the scenario ended` });
    writeSection(RESULTS_FILE, 'faults', render(false));
  };
  for (const driver of drivers) await onDriver(driver, plan, args, publish);
  const report = render(true);
  console.log(report);
  if (!args.quick) writeSection(RESULTS_FILE, 'faults', report);
  const ran = [...current.values()];
  for (const check of faultChecks(ran)) log(`${check.pass === false ? 'FAIL' : 'PASS'} [${check.driver}] ${check.goal}: ${check.measured} (limit ${check.limit})`);
  for (const { driver, error } of ran) if (error) log(`FAIL [${driver}] ${error}`);
  return ran.every((d) => !d.error) && faultChecks(ran).every((c) => c.pass !== false);
}

// Exit even if a failed scenario left a client socket reconnecting.
main().then(
  (passed) => process.exit(passed ? 0 : 1),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
