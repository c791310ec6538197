/**
 * Session settings of the forecast job's own Postgres connections (sent as
 * startup parameters: postgres.js passes URL query parameters it does not
 * know to the server).
 * - No parallel query workers: with them, each of the order and invoice
 *   KPI scans ran as a leader and two workers next to the closed-deal scan
 *   on the other connection, four busy backends on a 2-core machine, and
 *   board moves waited for a core (bench:forecast, issue 5). The job then
 *   keeps at most its two connections' backends busy.
 * - 64 MB work_mem: the job's few big groupings (closed deals, first
 *   invoice per order) stay in memory instead of spilling to disk.
 * - application_name, so the job's sessions are recognisable in
 *   pg_stat_activity (and their backends can be reniced, backend-priority.ts).
 * Parameters already in the URL are kept unless named here.
 */
/** application_name of the job's sessions (pg_stat_activity; see backend-priority.ts). */
export const JOB_APPLICATION_NAME = 'dealflow-forecast';

export function jobConnectionUrl(url: string): string {
  const withSettings = new URL(url);
  withSettings.searchParams.set('max_parallel_workers_per_gather', '0');
  withSettings.searchParams.set('work_mem', '64MB');
  withSettings.searchParams.set('application_name', JOB_APPLICATION_NAME);
  return withSettings.toString();
}
