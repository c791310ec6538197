import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

/**
 * A fresh, empty database `dealflow_bench_<random>` on the server of
 * `adminUrl`, created from the admin connection and dropped (forcibly) by
 * `drop()`.
 */
export async function createBenchDatabase(adminUrl: string) {
  const name = `dealflow_bench_${randomBytes(5).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async drop() {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
