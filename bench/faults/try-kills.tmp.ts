import { createFaultTarget } from './lib/target';
import { runKills } from './scenarios/kills';
async function main() {
  const driver = (process.argv[2] ?? 'pglite') as 'pglite' | 'postgres';
  const target = await createFaultTarget({ driver, pgAdminUrl: 'postgres://postgres@127.0.0.1:5432/postgres', cards: 24 });
  const t = performance.now();
  try {
    const r = await runKills(target, { clients: 10, kills: Number(process.argv[3] ?? 5) });
    console.log(JSON.stringify(r, null, 1).slice(0, 3000), performance.now() - t);
  } finally { await target.dispose(); }
}
void main();
