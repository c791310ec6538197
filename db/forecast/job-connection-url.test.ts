import { describe, expect, it } from 'vitest';
import { jobConnectionUrl } from './job-connection-url';

describe('jobConnectionUrl', () => {
  it('adds the job session settings and keeps the rest of the URL', () => {
    const url = new URL(jobConnectionUrl('postgres://app:secret@db.internal:5433/dealflow?sslmode=require&work_mem=4MB'));
    expect(`${url.protocol}//${url.username}:${url.password}@${url.host}${url.pathname}`).toBe('postgres://app:secret@db.internal:5433/dealflow');
    expect(Object.fromEntries(url.searchParams)).toEqual({ sslmode: 'require', work_mem: '64MB', max_parallel_workers_per_gather: '0', application_name: 'dealflow-forecast' });
  });
});
