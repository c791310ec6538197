import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const ENTRY = fileURLToPath(new URL('../server/node.ts', import.meta.url));
/** Inside the project, so the bundle's bare imports resolve to its node_modules. */
const OUT = path.join(ROOT, 'node_modules', '.cache', 'dealflow-faults', `server-${process.pid}.mjs`);

let bundled: Promise<string> | undefined;

/**
 * The fault-test server as one ES module (our code bundled, packages
 * external), built once per run: a process then starts in about a second
 * instead of transpiling hundreds of files through tsx on every restart.
 * `import.meta.url` keeps each source file's own location (migrations are
 * found next to db/migrate.ts).
 */
export function bundleServer(): Promise<string> {
  bundled ??= build({
    entryPoints: [ENTRY],
    outfile: OUT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    logLevel: 'warning',
    plugins: [
      {
        name: 'keep-import-meta-url',
        setup(b) {
          b.onLoad({ filter: /\.tsx?$/ }, async (args) => {
            const source = await readFile(args.path, 'utf8');
            const contents = source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href));
            return { contents, loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
          });
        },
      },
    ],
  }).then(() => OUT);
  return bundled;
}
