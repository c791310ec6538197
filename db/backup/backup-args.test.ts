import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseBackupArgs, parseRestoreArgs } from './backup-args';

describe('backup and restore arguments', () => {
  it('reads --out and the restore file with --force', () => {
    expect(parseBackupArgs([])).toEqual({ help: false });
    expect(parseBackupArgs(['--out', 'x.dump'])).toEqual({ out: 'x.dump', help: false });
    expect(parseRestoreArgs(['x.dump'])).toEqual({ file: 'x.dump', force: false, help: false });
    expect(parseRestoreArgs(['--force', 'x.dump'])).toEqual({ file: 'x.dump', force: true, help: false });
  });

  it.each([
    [() => parseBackupArgs(['--out', ' ']), z.ZodError],
    [() => parseBackupArgs(['--force']), TypeError],
    [() => parseRestoreArgs([]), z.ZodError],
    [() => parseRestoreArgs(['a.dump', 'b.dump']), z.ZodError],
    [() => parseRestoreArgs(['a.dump', '--yes']), TypeError],
  ])('refuses bad arguments (%#)', (parse, kind) => {
    expect(parse).toThrow(kind);
  });
});
