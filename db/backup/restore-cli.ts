import { getEnv } from '~/env';
import { describeCliError, parseRestoreArgs, RESTORE_USAGE } from './backup-args';
import { runRestore } from './run-backup';

/** `npm run db:restore -- FILE [--force]`: restores a db:backup file into the configured database; exits 1 on failure. */
try {
  const args = parseRestoreArgs(process.argv.slice(2));
  if (args.help) {
    console.log(RESTORE_USAGE);
  } else {
    const result = await runRestore(getEnv(), { file: args.file, force: args.force, now: new Date() });
    console.log(`[restore] ${result.driver}: restored ${args.file} (${result.detail})`);
  }
} catch (error) {
  console.error(describeCliError(error, RESTORE_USAGE, 'restore'));
  process.exit(1);
}
