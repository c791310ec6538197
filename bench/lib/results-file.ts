import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * Replaces the section between `<!-- bench:<name>:start -->` and
 * `<!-- bench:<name>:end -->` in a Markdown file, appending it when absent, so
 * several benchmarks can share one RESULTS.md without overwriting each other.
 */
export function writeSection(file: string, name: string, body: string): void {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const section = `${start}\n${body.trim()}\n${end}`;
  const before = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmark results\n';
  const from = before.indexOf(start);
  const to = before.indexOf(end);
  const after =
    from >= 0 && to > from ? before.slice(0, from) + section + before.slice(to + end.length) : `${before.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, after);
}
