import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** A string that must never appear in what browsers download, with what it is. */
export type TNeedle = { label: string; value: string };
export type TLeak = { file: string; label: string };

/** Configuration values shorter than this are not searched for (too likely to match by chance). */
const MIN_SECRET_LENGTH = 12;

/**
 * Strings only server code contains: names of our secret settings (a client
 * module reading them means env.ts or server code was bundled) and markers
 * of server-only modules. Not BETTER_AUTH_SECRET: better-auth's client
 * bundles its generic env accessor, which names it (the name, never a value).
 */
export const SERVER_ONLY_MARKERS: TNeedle[] = [
  { label: 'the SESSION_SECRET setting (env.ts or auth code bundled)', value: 'SESSION_SECRET' },
  { label: 'the DATABASE_URL setting (db/ or env.ts bundled)', value: 'DATABASE_URL' },
  { label: 'the METRICS_TOKEN setting', value: 'METRICS_TOKEN' },
  { label: 'server/auth/find-membership.ts (prepared statement name)', value: 'find_membership' },
  { label: 'server/auth/session-secret.ts (secret file name)', value: 'session-secret' },
];

/** The secret values among `settings` (name → value), as needles; short or empty values are skipped. */
export function secretNeedles(settings: Record<string, string | undefined>): TNeedle[] {
  return Object.entries(settings)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].length >= MIN_SECRET_LENGTH)
    .map(([name, value]) => ({ label: `the value of ${name}`, value }));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/**
 * Every file under `dir` (the built client output, .next/static) that
 * contains one of the needles, also URL-encoded. An empty answer means no leak.
 */
export function scanForSecrets(dir: string, needles: TNeedle[]): TLeak[] {
  const leaks: TLeak[] = [];
  for (const file of filesUnder(dir)) {
    const text = readFileSync(file).toString('latin1');
    for (const needle of needles) {
      if (text.includes(needle.value) || text.includes(encodeURIComponent(needle.value))) leaks.push({ file: path.relative(dir, file), label: needle.label });
    }
  }
  return leaks;
}
