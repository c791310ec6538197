import { getEnv } from '~/env';
import { BACKUP_USAGE, describeCliError, parseBackupArgs } from './backup-args';
import { runBackup } from './run-backup';

/** `npm run db:backup [-- --out FILE]`: backs up the configured database; exits 1 on failure. */
try {
  const args = parseBackupArgs(process.argv.slice(2));
  if (args.help) {
    console.log(BACKUP_USAGE);
  } else {
    const result = await runBackup(getEnv(), { out: args.out, now: new Date() });
    console.log(`[backup] ${result.driver} → ${result.file} (${result.detail})`);
  }
} catch (error) {
  console.error(describeCliError(error, BACKUP_USAGE, 'backup'));
  process.exit(1);
}
